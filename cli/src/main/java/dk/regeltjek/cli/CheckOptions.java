package dk.regeltjek.cli;

import dk.regeltjek.api.Checker;
import java.time.Duration;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** How cases are checked: the rules, the limits on a case's rules and the parallelism (run, test, compare). */
final class CheckOptions {
    @Mixin
    RulesOptions rules;

    @Option(names = "--firing-limit", defaultValue = "" + Checker.DEFAULT_FIRING_LIMIT, paramLabel = "N",
            description = "Rule firings per case after which the rules are taken to loop (default: ${DEFAULT-VALUE}).")
    int firingLimit;

    @Option(names = "--batch-size", defaultValue = "" + Checker.DEFAULT_BATCH_SIZE, paramLabel = "N",
            description = "Cases of one pack checked together in one rule session (default: ${DEFAULT-VALUE}); "
                    + "1 gives each case its own session. Changes speed, never results.")
    int batchSize;

    @Option(names = "--timeout", defaultValue = "10s", paramLabel = "TIME", converter = DurationConverter.class,
            description = "Stop a case's rules after this much firing, with an error naming the rule (default: 10s; "
                    + "e.g. 500ms, 30s, 2m).")
    Duration timeout;

    @Option(names = "--threads", paramLabel = "N",
            description = "Check case files on N threads (default: the number of cores); output order never changes.")
    Integer threads;

    /** Validates the numbers (each at least 1) and gives the configuration. */
    CheckerConfig configure(CommandLine commandLine, Invocation invocation) {
        atLeastOne(commandLine, "--firing-limit", firingLimit,
                "give the number of rule firings per case after which the rules are taken to loop, e.g. --firing-limit 100000");
        atLeastOne(commandLine, "--batch-size", batchSize, "give --batch-size 1 to check each case in its own session");
        if (threads != null) {
            atLeastOne(commandLine, "--threads", threads, "give --threads 1 to check one file at a time");
        }
        return new CheckerConfig(rules.configure(invocation), firingLimit, batchSize, timeout,
                threads != null ? threads : Runtime.getRuntime().availableProcessors());
    }

    /** A default path (e.g. examples) relative to the working directory, else to the installation. */
    static java.nio.file.Path bundled(String name, Invocation invocation) {
        java.nio.file.Path local = java.nio.file.Path.of(name);
        String home = invocation.home();
        return java.nio.file.Files.exists(invocation.resolve(local)) || home == null ? local : java.nio.file.Path.of(home, name);
    }

    private static void atLeastOne(CommandLine commandLine, String option, int value, String hint) {
        if (value < 1) {
            throw new UsageError(commandLine, option + " must be at least 1, not " + value, hint);
        }
    }
}
