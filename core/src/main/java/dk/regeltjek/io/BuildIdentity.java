package dk.regeltjek.io;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which build of regeltjek is running: the jar (or class folder) holding a class, by path, size and
 * time, and the Java runtime running it. The compiled-rules cache keys its entries on it and each
 * build gets a daemon of its own, so neither ever serves what another build made.
 */
public final class BuildIdentity {
    private BuildIdentity() {
    }

    /** The jar or class folder {@code anchor} was loaded from, or null when it cannot be told. */
    public static Path codeOf(Class<?> anchor) {
        try {
            return Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** The version in the manifest of the jar holding {@code anchor}, or "dev" when run from classes. */
    public static String version(Class<?> anchor) {
        String v = anchor.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /**
     * One line naming the build that holds {@code anchor}; when the code cannot be found, a line that
     * never matches another process's, so nothing made by an unknown build is reused.
     */
    public static String of(Class<?> anchor) {
        Path code = codeOf(anchor);
        // the properties, not Runtime.version(): parsing that costs the daemon client milliseconds
        String runtime = "|" + System.getProperty("java.home") + "|" + System.getProperty("java.runtime.version");
        if (code == null) {
            return "unknown build " + System.nanoTime() + runtime;
        }
        Path probe = Files.isDirectory(code) ? code.resolve(anchor.getName().replace('.', '/') + ".class") : code;
        try {
            return probe.toAbsolutePath() + "|" + Files.size(probe) + "|" + Files.getLastModifiedTime(probe).toMillis() + runtime;
        } catch (IOException e) {
            return "unknown build " + System.nanoTime() + runtime;
        }
    }
}
