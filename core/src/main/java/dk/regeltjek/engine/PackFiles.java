package dk.regeltjek.engine;

import dk.regeltjek.model.PackInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A pack folder: its {@code pack.yaml} read, and the checksums a result records so a decision can
 * be re-run and audited later — of every file in the folder (and of the packs it includes from),
 * and of the source document.
 */
final class PackFiles {
    private PackFiles() {
    }

    static PackInfo read(Path dir, String shownDir, String id, PackIncludes.Packs packs) {
        PackInfo pack = PackYaml.read(dir.resolve("pack.yaml"), shownDir + "/pack.yaml", id, null, null, packs);
        Path source = pack.source() == null ? null : dir.resolve(pack.source()).normalize();
        return pack.withChecksums(contentHash(pack, folderHash(dir), packs),
                source != null && Files.isRegularFile(source) ? fileHash(source) : null);
    }

    /**
     * The folder's hash; for a pack that includes, a hash of it and of each included pack's checksums
     * (which cover that pack's own includes), so an edit of an included rule or of the document it
     * quotes is a change of this pack too — the reload of a service and an audit both see it.
     */
    private static String contentHash(PackInfo pack, String folderHash, PackIncludes.Packs packs) {
        if (pack.includes().isEmpty() || folderHash == null) {
            return folderHash;
        }
        MessageDigest sha = sha256();
        update(sha, folderHash);
        for (String id : pack.includes().stream().map(PackInfo.Include::pack).distinct().sorted().toList()) {
            PackInfo included = packs.pack(id, pack.location());
            if (included.contentHash() == null) {
                return null; // unreadable: never equal to an earlier hash, so the pack counts as changed
            }
            update(sha, id);
            update(sha, included.contentHash());
            update(sha, String.valueOf(included.sourceChecksum()));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    /** SHA-256 over every file below {@code dir}: its path inside the folder and its content. */
    static String folderHash(Path dir) {
        MessageDigest sha = sha256();
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            for (Path file : files) {
                sha.update(dir.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(file));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            return null; // an unreadable file surfaces where the pack is compiled
        }
    }

    static String fileHash(Path file) {
        MessageDigest sha = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            return null;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
