package dk.regeltjek.cli;

import dk.regeltjek.report.ExitCode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code regeltjek}: turns flags into a configuration and hands it to a command. */
@Command(name = "regeltjek", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Checks cases against the criteria of Danish public-sector documents, written as Drools rules, "
                + "and explains every outcome with the passage it comes from.",
        subcommands = {RunCommand.class, TestCommand.class, CompareCommand.class, PacksCommand.class, ServeCommand.class, DaemonCommand.class,
            CompletionCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    /** The user's working directory, environment and console for this command line. */
    final Invocation invocation;

    private Main(Invocation invocation) {
        this.invocation = invocation;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line on the standard streams and returns the exit code. */
    public static int run(String[] args) {
        return execute(args, Console.stdout(), Console.stderr());
    }

    /** Runs the command line and returns the exit code, writing to the given streams. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, out, err, Invocation.LOCAL);
    }

    /** As {@link #execute(String[], PrintWriter, PrintWriter)}, for a user in another folder, environment and terminal (the daemon). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, Invocation invocation) {
        // Drools builds accessor names with the JVM's default locale: in Turkish, "indsendt" becomes
        // "getİndsendt" and the rules do not compile. This JVM is the CLI's (or the daemon's) own.
        Locale.setDefault(Locale.ROOT);
        CommandLine cli = new CommandLine(new Main(invocation));
        cli.setOut(out);
        cli.setErr(err);
        if (!invocation.isLocal()) {
            // picocli would decide colour from the daemon's own environment and (absent) terminal
            cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.valueOf(invocation.helpInColour())));
        }
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        exitCodesInHelp(cli);
        cli.setParameterExceptionHandler((e, a) -> {
            if (a.length == 0) {
                err.print(e.getCommandLine().getUsageMessage());
            }
            err.println("usage: " + e.getMessage());
            String command = e.getCommandLine().getCommandName();
            String hint = e instanceof UsageError u && u.hint() != null ? u.hint()
                    : "regeltjek " + (command.equals("regeltjek") ? "" : command + " ") + "--help";
            err.println("  hint: " + hint);
            err.flush();
            return ExitCode.BAD_INPUT.code();
        });
        cli.setExecutionExceptionHandler((e, c, p) -> internalError(e, err));
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The exit codes in every command's --help, from the one enum that defines them. */
    private static void exitCodesInHelp(CommandLine cli) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (ExitCode code : ExitCode.values()) {
            codes.put(String.valueOf(code.code()), code.meaning());
        }
        cli.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
        cli.getSubcommands().values().forEach(sub ->
                sub.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes));
    }

    /** Reports a fault in regeltjek itself (never the user's input) and returns its exit code. */
    public static int internalError(Throwable e, PrintWriter err) {
        err.println("internal error: " + e);
        err.println("  hint: this is a fault in regeltjek; please report it with the command you ran");
        err.flush();
        return ExitCode.INTERNAL_ERROR.code();
    }
}
