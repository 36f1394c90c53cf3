package dk.regeltjek.cli;

import dk.regeltjek.report.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code regeltjek daemon status|stop|start}: listed here for {@code --help}. The launcher
 * (bin/regeltjek) hands these to the daemon client before this command line is parsed, so
 * reaching this class means regeltjek was started some other way (java -jar).
 */
@Command(name = "daemon", mixinStandardHelpOptions = true,
        description = {"Control the warm background process bin/regeltjek uses for fast repeated runs: status, stop, start.",
            "  status  whether it runs: pid, uptime, requests, socket (exit 1 when not running)",
            "  stop    stop it (the next run starts a new one)",
            "  start   start it and wait until it is warm",
            "Only through bin/regeltjek; REGELTJEK_DAEMON=off never uses one."})
final class DaemonCommand extends Subcommand<String> {
    enum Action { status, stop, start }

    @Parameters(arity = "1", paramLabel = "ACTION", description = "${COMPLETION-CANDIDATES}")
    Action action;

    @Override
    String configure() {
        return action.name();
    }

    @Override
    ExitCode execute(String action) {
        err().println("error: daemon " + action + " works only through the launcher");
        err().println("  hint: run bin/regeltjek daemon " + action);
        err().flush();
        return ExitCode.BAD_INPUT;
    }
}
