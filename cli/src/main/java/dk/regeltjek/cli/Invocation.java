package dk.regeltjek.cli;

import dk.regeltjek.api.Checker;
import dk.regeltjek.warm.CheckerLoader;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where one command line runs: the working directory, environment and console of the user who
 * typed it. In-process that is this JVM's own ({@link #LOCAL}, behaviour as before); in the daemon
 * it is the client's, carried per request, so that many requests can run at once without touching
 * global state (System.setOut, user.dir, System.getenv).
 */
public final class Invocation {
    /** This JVM's own working directory, environment and console. */
    public static final Invocation LOCAL = new Invocation(null, Map.of(), false, null, null, null);

    private final Path workingDir;
    private final Map<String, String> env;
    private final boolean console;
    private final String home;
    private final String userHome;
    private final CheckerLoader loader;

    private Invocation(Path workingDir, Map<String, String> env, boolean console, String home, String userHome,
                       CheckerLoader loader) {
        this.workingDir = workingDir;
        this.env = env;
        this.console = console;
        this.home = home;
        this.userHome = userHome;
        this.loader = loader;
    }

    /**
     * A client's invocation.
     *
     * @param workingDir the client's working directory
     * @param env        the client's environment (the variables regeltjek reads; others count as unset)
     * @param console    whether the client has a console ({@code System.console() != null} there)
     * @param home       the client's regeltjek.home (the installation with the bundled rules), or null
     * @param userHome   the client's user.home
     */
    public static Invocation remote(Path workingDir, Map<String, String> env, boolean console, String home,
                                    String userHome, CheckerLoader loader) {
        return new Invocation(workingDir.toAbsolutePath().normalize(), Map.copyOf(env), console, home, userHome, loader);
    }

    boolean isLocal() {
        return workingDir == null;
    }

    /** A path the user typed, for file access: relative ones against the user's working directory. */
    Path resolve(Path typed) {
        return typed == null || isLocal() ? typed : workingDir.resolve(typed);
    }

    /**
     * A path as the user's messages show it: relative to the user's working directory when inside
     * it, else in full (a path typed relative shows as typed).
     */
    String show(Path path) {
        Path cwd = isLocal() ? Path.of("").toAbsolutePath() : workingDir;
        Path abs = cwd.resolve(path).normalize();
        String shown = abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
        return shown.isEmpty() ? "." : shown.replace('\\', '/');
    }

    /** A message about {@code resolved} showing the path as the user typed it (I/O errors name the file). */
    String shown(String message, Path typed) {
        if (isLocal() || message == null || typed == null || typed.isAbsolute()) {
            return message;
        }
        return message.replace(workingDir.resolve(typed).toString(), typed.toString());
    }

    String env(String name) {
        return isLocal() ? System.getenv(name) : env.get(name);
    }

    boolean console() {
        return isLocal() ? System.console() != null : console;
    }

    String home() {
        return isLocal() ? System.getProperty("regeltjek.home") : home;
    }

    String userHome() {
        return isLocal() ? System.getProperty("user.home") : userHome;
    }

    Checker checker(Path rulesDir, Path cacheDir) {
        return isLocal() ? Checker.builder(rulesDir).cacheDir(cacheDir).build()
                : loader.load(resolve(rulesDir), show(rulesDir), cacheDir);
    }

    /**
     * Whether picocli would colour help for this user: its AUTO rule on Unix (NO_COLOR off,
     * CLICOLOR_FORCE on, CLICOLOR=0 off, else when there is a console), from the client's
     * environment rather than the daemon's.
     */
    boolean helpInColour() {
        if (env("NO_COLOR") != null) {
            return false;
        }
        String force = env("CLICOLOR_FORCE");
        if (force != null && !"0".equals(force)) {
            return true;
        }
        return !"0".equals(env("CLICOLOR")) && console();
    }
}
