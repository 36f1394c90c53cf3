package dk.regeltjek.daemon;

import dk.regeltjek.cli.Invocation;
import java.io.PrintWriter;

/** How the daemon runs a command line: {@code Main.execute}, or a stand-in when a test needs one. */
@FunctionalInterface
interface CommandRunner {
    int run(String[] args, PrintWriter out, PrintWriter err, Invocation invocation);
}
