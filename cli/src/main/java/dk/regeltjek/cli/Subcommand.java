package dk.regeltjek.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every {@code regeltjek} command gets from picocli: its streams and the invocation it runs for. */
abstract class Subcommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** The working directory, environment and console of the user who ran the command. */
    Invocation invocation() {
        return main.invocation;
    }
}
