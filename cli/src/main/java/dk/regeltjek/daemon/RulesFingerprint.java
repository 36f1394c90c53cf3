package dk.regeltjek.daemon;

import dk.regeltjek.model.PackInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Hashes of everything a loaded rule set depends on: every file below the rules folder (DRL,
 * pack.yaml, anything else), by path and content — in all and per pack folder — and the source
 * documents the packs check their quotes against. Content, not file times: an edit within the
 * same clock tick, or one that keeps the size, must count too.
 */
final class RulesFingerprint {
    /** The hash of the whole rules folder, and of each pack folder in it (by folder name). */
    record Rules(String all, Map<String, String> packs) {
    }

    private RulesFingerprint() {
    }

    /** The files below {@code rulesDir}; null when it cannot be read (then nothing is reused). */
    static Rules ofRules(Path rulesDir) {
        try (Stream<Path> walk = Files.walk(rulesDir)) {
            MessageDigest all = sha();
            Map<String, MessageDigest> packs = new HashMap<>();
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                Path relative = rulesDir.relativize(file);
                byte[] content = Files.readAllBytes(file);
                add(all, relative, content);
                if (relative.getNameCount() > 1) {
                    add(packs.computeIfAbsent(relative.getName(0).toString(), p -> sha()), relative, content);
                }
            }
            Map<String, String> packHashes = new HashMap<>();
            packs.forEach((pack, sha) -> packHashes.put(pack, HexFormat.of().formatHex(sha.digest())));
            return new Rules(HexFormat.of().formatHex(all.digest()), packHashes);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The source documents named by the packs' {@code source:}, by pack. */
    static Map<String, Path> sources(Path rulesDir, Collection<PackInfo> packs) {
        Map<String, Path> files = new HashMap<>();
        for (PackInfo pack : packs) {
            if (pack.source() != null) {
                files.put(pack.id(), rulesDir.resolve(pack.id()).resolve(pack.source()).normalize());
            }
        }
        return files;
    }

    /** A hash of these files' paths and contents (a missing file hashes as missing). */
    static String of(Path base, Collection<Path> files) {
        MessageDigest sha = sha();
        for (Path file : new ArrayList<>(files).stream().sorted().toList()) {
            byte[] content;
            try {
                content = Files.readAllBytes(file);
            } catch (IOException e) {
                content = ("\u0000missing " + e.getClass().getName()).getBytes(StandardCharsets.UTF_8);
            }
            add(sha, base.relativize(file), content);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void add(MessageDigest sha, Path relative, byte[] content) {
        sha.update(relative.toString().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(Integer.toString(content.length).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(content);
    }

    private static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
