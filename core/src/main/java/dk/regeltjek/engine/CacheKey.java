package dk.regeltjek.engine;

import dk.regeltjek.io.PrivateFiles;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;

/**
 * The user's secret that authenticates cache entries: 32 random bytes in
 * {@code ${XDG_CONFIG_HOME:-~/.config}/regeltjek/cache.key}, made on first use ({@code rw-------} in a
 * {@code rwx------} folder). It lives outside every cache folder, so a cache that is restored, shared
 * or written by someone else cannot bring a key that vouches for its entries.
 */
final class CacheKey {
    static final int LENGTH = 32;

    /** The key file cannot be trusted (someone else's, or open to others): worth a warning, unlike a missing home. */
    static final class Refused extends IOException {
        Refused(String problem) {
            super(problem);
        }
    }

    private CacheKey() {
    }

    /** Where this user's key lives, by the XDG base directory rules. */
    static Path defaultFile(Map<String, String> env, String userHome) {
        String config = env.get("XDG_CONFIG_HOME");
        Path base = config != null && !config.isBlank() ? Path.of(config) : Path.of(userHome, ".config");
        return base.resolve("regeltjek").resolve("cache.key").toAbsolutePath();
    }

    /** The key in {@code file}, made first when there is none. */
    static byte[] loadOrCreate(Path file, PrivateFiles trust) throws IOException {
        Path dir = file.getParent();
        if (!Files.exists(file)) {
            PrivateFiles.createFolder(dir);
            refuseIf(trust.problemIfOthersCanWrite(dir));
            create(file);
        }
        refuseIf(trust.problemIfOthersCanWrite(dir));
        refuseIf(trust.problemIfOthersCanUse(file));
        byte[] key = Files.readAllBytes(file);
        if (key.length != LENGTH) {
            throw new IOException(file + " holds " + key.length + " bytes, not a " + LENGTH + "-byte key");
        }
        return key;
    }

    private static void refuseIf(String problem) throws Refused {
        if (problem != null) {
            throw new Refused(problem);
        }
    }

    /** Writes a fresh key in full beside the file, then links it into place: a process racing this one reads either none or a whole key. */
    private static void create(Path file) throws IOException {
        byte[] key = new byte[LENGTH];
        new SecureRandom().nextBytes(key);
        Path tmp = Files.createTempFile(file.getParent(), "cache.key", ".tmp"); // rw------- on POSIX
        try {
            Files.write(tmp, key);
            try {
                Files.createLink(file, tmp);
            } catch (FileAlreadyExistsException e) {
                // another process made the key first: everyone uses that one
            } catch (UnsupportedOperationException | IOException noHardLinks) {
                moveUnlessPresent(tmp, file);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void moveUnlessPresent(Path tmp, Path file) throws IOException {
        try {
            Files.move(tmp, file);
        } catch (FileAlreadyExistsException e) {
            // another process made the key first
        }
    }
}
