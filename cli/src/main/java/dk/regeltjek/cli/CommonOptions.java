package dk.regeltjek.cli;

import dk.regeltjek.api.Checker;
import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.model.SourceLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The options {@code run} and {@code test} share. */
public final class CommonOptions {
    enum Format { text, json, junit, github }

    enum ColorMode { auto, always, never }

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rule packs directory (default: ./rules, else the bundled rules).")
    Path rules;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path out;

    @Option(names = "--color", defaultValue = "auto", paramLabel = "WHEN",
            description = "Colour text output: ${COMPLETION-CANDIDATES} (default: auto, off when NO_COLOR is set).")
    ColorMode color;

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

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Keep compiled rule packs here between runs (default: $REGELTJEK_CACHE, else ~/.cache/regeltjek).")
    Path cacheDir;

    @Option(names = "--no-cache", description = "Compile the rules on every run.")
    boolean noCache;

    @Option(names = "--threads", paramLabel = "N",
            description = "Check case files on N threads (default: the number of cores); output order never changes.")
    Integer threads;

    int threads() {
        return threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
    }

    /** Where compiled packs are cached, or null for none. */
    Path cache(Invocation invocation) {
        if (noCache) {
            return null;
        }
        if (cacheDir != null) {
            return invocation.resolve(cacheDir);
        }
        String env = invocation.env("REGELTJEK_CACHE");
        if (env != null && !env.isBlank()) {
            return invocation.resolve(Path.of(env));
        }
        String xdg = invocation.env("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? invocation.resolve(Path.of(xdg)) : Path.of(invocation.userHome(), ".cache");
        return base.resolve("regeltjek");
    }

    /** --rules, else ./rules, else the rules shipped beside the launcher (as typed: the checker resolves it). */
    Path rulesDir(Invocation invocation) {
        if (rules != null) {
            return rules;
        }
        Path local = Path.of("rules");
        if (Files.isDirectory(invocation.resolve(local))) {
            return local;
        }
        String home = invocation.home();
        return home == null ? local : Path.of(home, "rules");
    }

    /** Loads the rules for this command line. */
    /** The checker these options describe: rules, firing limit, cache and batch size. */
    Checker checker(Invocation invocation) {
        if (batchSize < 1) {
            throw RegeltjekException.badInput(SourceLocation.of("--batch-size"), "must be at least 1, not " + batchSize,
                    "give --batch-size 1 to check each case in its own session");
        }
        if (firingLimit < 1) {
            throw RegeltjekException.badInput(SourceLocation.of("--firing-limit"), "must be at least 1, not " + firingLimit,
                    "give the number of rule firings per case after which the rules are taken to loop");
        }
        return invocation.checker(rulesDir(invocation), cache(invocation)).withBatchSize(batchSize)
                .withFiringLimit(firingLimit).withTimeout(timeout);
    }

    /** A default path (e.g. examples) relative to the working directory, else to the installation. */
    static Path bundled(String name, Invocation invocation) {
        Path local = Path.of(name);
        String home = invocation.home();
        return Files.exists(invocation.resolve(local)) || home == null ? local : Path.of(home, name);
    }
}
