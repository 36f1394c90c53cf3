package dk.regeltjek.daemon;

/**
 * Which command lines the daemon runs: the short ones whose start-up it saves (run, test, compare,
 * packs). Not bench (it times fresh JVMs), not --watch (a long-lived loop belongs to its terminal),
 * not daemon itself. The launcher decides the same; the server checks again.
 */
final class Eligible {
    private Eligible() {
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
            if (arg.equals("--watch") || arg.startsWith("--watch=")) {
                return false;
            }
            if (arg.equals("--")) {
                break;
            }
        }
        return true;
    }
}
