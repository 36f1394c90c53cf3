package dk.regeltjek.cli;

import dk.regeltjek.report.ExitCode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Every {@code regeltjek} command in three steps: validate its options into an immutable
 * configuration (bad usage throws {@link UsageError}: exit 2 with a hint), execute it (results go to
 * a reporter; the runner prints nothing), and return the exit code the results decide.
 *
 * @param <C> the command's configuration
 */
abstract class Subcommand<C> implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Override
    public final Integer call() {
        C configuration = configure();
        return execute(configuration).code();
    }

    /** Validates the options and builds the configuration. */
    abstract C configure();

    abstract ExitCode execute(C configuration);

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    CommandLine commandLine() {
        return spec.commandLine();
    }

    /** The working directory, environment and console of the user who ran the command. */
    Invocation invocation() {
        return main.invocation;
    }

    UsageError usage(String message, String hint) {
        return new UsageError(commandLine(), message, hint);
    }
}
