package dk.regeltjek.daemon;

import dk.regeltjek.engine.PackDescriptor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A hash of everything a loaded rule set depends on: every file below the rules folder (DRL,
 * pack.yaml, anything else), by path and content, and the source documents the packs check their
 * quotes against. Content, not file times: an edit within the same clock tick must count too.
 */
final class RulesFingerprint {
    private RulesFingerprint() {
    }

    /** The files below {@code rulesDir}; null when it cannot be read (then nothing is reused). */
    static String ofRules(Path rulesDir) {
        try (Stream<Path> walk = Files.walk(rulesDir)) {
            return hash(rulesDir, walk.filter(Files::isRegularFile).sorted().toList());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The source documents named by the packs' {@code source:} (a missing one hashes as missing). */
    static List<Path> sources(Path rulesDir, Collection<PackDescriptor> packs) {
        List<Path> files = new ArrayList<>();
        for (PackDescriptor pack : packs) {
            if (pack.source() != null) {
                files.add(rulesDir.resolve(pack.id()).resolve(pack.source()).normalize());
            }
        }
        return files;
    }

    static String of(Path base, List<Path> files) {
        return hash(base, files);
    }

    private static String hash(Path base, List<Path> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : files) {
                sha.update(base.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                byte[] content;
                try {
                    content = Files.readAllBytes(file);
                } catch (IOException e) {
                    content = ("\u0000missing " + e.getClass().getName()).getBytes(StandardCharsets.UTF_8);
                }
                sha.update(Integer.toString(content.length).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(content);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
