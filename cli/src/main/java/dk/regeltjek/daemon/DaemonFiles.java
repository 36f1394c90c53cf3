package dk.regeltjek.daemon;

import dk.regeltjek.io.BuildIdentity;
import dk.regeltjek.io.PrivateFiles;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where a daemon lives: {@code ${XDG_CACHE_HOME:-~/.cache}/regeltjek/daemon/<build>.sock} (plus
 * {@code .lock} and {@code .log}), in a folder only its user may enter. The build id covers the
 * jar (path, size, time) and the Java runtime, so a client only ever talks to a daemon running
 * exactly its own code. A folder someone else owns or may enter is not used at all: a daemon
 * there could be theirs (and see every command line and file), or be handed their commands.
 */
final class DaemonFiles {
    /** The folder (or socket) may have been made by someone else; nothing is read or written there. */
    static final class Untrusted extends IOException {
        Untrusted(String problem) {
            super(problem);
        }
    }

    final Path dir;
    final String build;

    DaemonFiles(Path dir, String build) {
        this.dir = dir;
        this.build = build;
    }

    /** The daemon files for this JVM's build, in the cache folder the environment names. */
    static DaemonFiles forThisBuild(Map<String, String> env) {
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new DaemonFiles(base.resolve("regeltjek").resolve("daemon").toAbsolutePath(), buildId());
    }

    Path socket() {
        return dir.resolve(build + ".sock");
    }

    Path lock() {
        return dir.resolve(build + ".lock");
    }

    Path log() {
        return dir.resolve(build + ".log");
    }

    /**
     * Creates the folder, and the parents it lacks, for this user only ({@code rwx------}): the socket
     * runs commands as this user. One that exists is refused, not repaired, when it is someone
     * else's or open to others: what they left in it stays there.
     */
    void createDir(PrivateFiles trust) throws IOException {
        PrivateFiles.createFolder(dir);
        String problem = problem(trust);
        if (problem != null) {
            throw new Untrusted(problem);
        }
    }

    /** Why the folder must not be used, or null (also when it does not exist yet: it is then made private). */
    String problem(PrivateFiles trust) throws IOException {
        return Files.isDirectory(dir) ? trust.problemIfOthersCanUse(dir) : null;
    }

    /** The jar (or class folder) this code runs from. */
    static Path code() {
        Path code = BuildIdentity.codeOf(DaemonFiles.class);
        return code == null ? Path.of(".") : code;
    }

    /** A short name for this build ({@link BuildIdentity}), for the socket, lock and log files. */
    static String buildId() {
        String identity = BuildIdentity.of(DaemonFiles.class);
        // FNV-1a: MessageDigest would load the security providers, which costs the client milliseconds
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < identity.length(); i++) {
            hash ^= identity.charAt(i);
            hash *= 0x100000001b3L;
        }
        return "build-" + Long.toHexString(hash);
    }
}
