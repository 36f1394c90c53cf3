package dk.regeltjek.cli;

import dk.regeltjek.model.PackInfo;
import dk.regeltjek.report.ExitCode;
import dk.regeltjek.report.Format;
import dk.regeltjek.report.Reporter;
import dk.regeltjek.report.Reporters;
import dk.regeltjek.report.TestSummary;
import dk.regeltjek.report.Safe;
import dk.regeltjek.report.VerdictTally;
import dk.regeltjek.testing.CoverageCounter;
import dk.regeltjek.testing.HiddenUndetermined;
import dk.regeltjek.testing.PackCoverage;
import dk.regeltjek.testing.TestResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code regeltjek test [PATH...]}: checks every case's expect block, and how well the examples
 * cover each pack (rules fired, criteria seen both met and not met), optionally as a gate.
 */
@Command(name = "test", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Check each case's expect block, show expected vs actual for every failure, and how well the "
                + "examples cover each pack: the rules they make fire and the criteria seen both met and not met.")
final class TestCommand extends Subcommand<TestCommand.Config> {

    /** A validated test command line. */
    record Config(CheckerConfig checker, ReportConfig report, List<Path> paths, TestSummary.Gate gate, boolean watch,
                  boolean update) {
    }

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Case files or folders (default: examples); - reads one case file from standard input.")
    List<Path> paths;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT", converter = Formats.Test.class,
            completionCandidates = Formats.TestCandidates.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--min-coverage", paramLabel = "PERCENT",
            description = "Fail (exit 1) when, in any pack, fewer than PERCENT % of the rules fire in some example or "
                    + "fewer than PERCENT % of the criteria are seen both met and not met.")
    Integer minCoverage;

    @Option(names = "--fail-on-warn", description = "Exit 1 also when a rule fires in no example (the test's warnings).")
    boolean failOnWarn;

    @Option(names = "--watch", description = "After the first run, run again whenever a rule or case file changes (Ctrl-C stops).")
    boolean watch;

    @Option(names = "--update", description = "Approve what the rules now give: rewrite the expect blocks of failing cases "
            + "(only what they state) and show a diff of each change. The one option that changes case files.")
    boolean update;

    @Mixin
    ReportOptions report;

    @Mixin
    CheckOptions check;

    @Override
    Config configure() {
        report.validate(commandLine());
        if (minCoverage != null && (minCoverage < 0 || minCoverage > 100)) {
            throw usage("--min-coverage must be a percentage from 0 to 100, not " + minCoverage, "e.g. --min-coverage 80");
        }
        List<Path> targets = paths == null || paths.isEmpty() ? List.of(CheckOptions.bundled("examples", invocation()))
                : List.copyOf(paths);
        Inputs.validateStdin(this, targets, watch);
        if (update && watch) {
            throw usage("--update and --watch cannot be combined", "approve once with --update, then watch");
        }
        return new Config(check.configure(commandLine(), invocation()),
                ReportConfig.of(format, report, dk.regeltjek.report.Detail.all, invocation()), targets,
                new TestSummary.Gate(failOnWarn, minCoverage), watch, update);
    }

    @Override
    ExitCode execute(Config config) {
        if (config.update()) {
            ExpectApproval approval = new ExpectApproval();
            ExitCode tested = once(config, approval);
            // the diffs go with a text report; beside a JSON, JUnit or other report (or one in a file) to stderr
            boolean textOnStdout = config.report().format() == Format.TEXT && config.report().out() == null;
            return approval.finish(tested, textOnStdout ? out() : err(), err());
        }
        if (!config.watch()) {
            return once(config, null);
        }
        List<Path> roots = new ArrayList<>(config.paths());
        roots.add(config.checker().rules().rulesDir());
        return Watcher.watch(roots.stream().map(invocation()::resolve).toList(), err(), () -> once(config, null));
    }

    /** One test run; {@code approval} (may be null) is handed every checked file, for --update. */
    private ExitCode once(Config config, ExpectApproval approval) {
        return Execution.run(this, config.checker(), config.report(), config.paths(), (checking, out, settings, started) -> {
            Reporter<TestResult, TestSummary> reporter = Reporters.test(config.report().format(), out, settings);
            VerdictTally tally = new VerdictTally();
            CoverageCounter coverage = new CoverageCounter();
            int[] passedFailed = new int[2];
            List<String> warnings = new ArrayList<>();
            checking.forEachFile((cases, problems) ->
                            checking.checker().checkAll(cases, null, e -> problems.addAll(e.problems())),
                    result -> result.info().location(),
                    checked -> {
                        checked.results().forEach(result -> {
                            TestResult test = TestResult.of(result);
                            tally.add(result);
                            coverage.add(result);
                            passedFailed[test.passed() ? 0 : 1]++;
                            HiddenUndetermined.warning(result).ifPresent(warnings::add);
                            CaseChecking.unchecked(() -> reporter.add(test, checked.timePerCase()));
                        });
                        if (approval != null) {
                            if (checked.file() instanceof CaseFile.Piece) {
                                approval.bulkChecked(checked.results());
                            } else {
                                checked.file().onDisk().ifPresent(path -> approval.fileChecked(path, checked.results()));
                            }
                        }
                    });
            checking.requireCases(tally.cases());
            var provenance = checking.provenance(started.at());
            List<PackCoverage> packs = new ArrayList<>();
            for (String pack : checking.packsUsed()) {
                PackInfo info = checking.checker().packs().get(pack);
                if (info != null) {
                    packs.add(coverage.coverage(pack, checking.rules(pack), List.copyOf(info.criteria().keySet())));
                }
            }
            TestSummary summary = new TestSummary(provenance, tally.verdicts(), passedFailed[0], passedFailed[1], packs,
                    config.gate(), checking.problems(), checking.skipped(), started.elapsed());
            reporter.finish(summary);
            warnings.forEach(w -> err().println("advarsel: " + Safe.terminal(w)));
            if (!summary.belowMinimum().isEmpty()) {
                summary.belowMinimum().forEach(c -> err().println("error: coverage of the pack " + c.pack() + " is below "
                        + "--min-coverage " + config.gate().minCoverage() + " %: rules fired " + c.rulesPercent()
                        + " %, criteria seen met and not met " + c.criteriaPercent() + " %"));
                err().println("  hint: add examples that make the missing rules fire and show each criterion both met "
                        + "and not met (see the coverage lines of the report)");
                err().flush();
            }
            return summary;
        });
    }
}
