package dk.regeltjek.daemon;

import java.util.Map;

/**
 * Which command lines the daemon runs: the short ones whose start-up it saves (run, test, compare,
 * packs), when REGELTJEK_DAEMON is on, or auto (the default) outside CI. Not bench (it times fresh
 * JVMs), not --watch (a long-lived loop belongs to its terminal), not {@code -} (standard input
 * is read where it is typed), not daemon itself. The client decides; the server checks again.
 */
final class Eligible {
    private Eligible() {
    }

    /** Whether the client should hand {@code args} to a daemon, given the user's environment. */
    static boolean useDaemon(Map<String, String> env, String[] args) {
        String mode = env.getOrDefault("REGELTJEK_DAEMON", "auto");
        boolean on = mode.equals("on") || mode.equals("auto") && (env.get("CI") == null || env.get("CI").isEmpty());
        return on && inDaemon(args);
    }

    static boolean inDaemon(String[] args) {
        if (args.length == 0) {
            return false;
        }
        switch (args[0]) {
            case "run", "test", "compare", "packs" -> {
            }
            default -> {
                return false;
            }
        }
        for (String arg : args) {
            if (arg.equals("--watch") || arg.startsWith("--watch=") || arg.equals("-")) {
                return false;
            }
            if (arg.equals("--")) {
                break;
            }
        }
        return true;
    }
}
