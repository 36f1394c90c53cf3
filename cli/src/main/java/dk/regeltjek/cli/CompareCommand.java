package dk.regeltjek.cli;

import dk.regeltjek.compare.ScenarioComparison;
import dk.regeltjek.api.Case;
import dk.regeltjek.api.Checker;
import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.Problem;
import dk.regeltjek.model.SourceLocation;
import dk.regeltjek.report.ComparisonSummary;
import dk.regeltjek.report.Detail;
import dk.regeltjek.report.ExitCode;
import dk.regeltjek.report.Format;
import dk.regeltjek.report.Reporter;
import dk.regeltjek.report.Reporters;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code regeltjek compare --scenario A --scenario B PATH...}: what a scenario (e.g. a proposal) changes, case by case. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run each case under two scenarios and show the cases whose outcome changes, which criteria "
                + "change and the evidence under each scenario. Exit 0 unless the input is bad.")
final class CompareCommand extends Subcommand<CompareCommand.Config> {

    /** A validated compare command line. */
    record Config(CheckerConfig checker, ReportConfig report, List<Path> paths, String before, String after) {
    }

    @Option(names = "--scenario", required = true, paramLabel = "NAME",
            description = "A scenario from the packs' pack.yaml; give exactly two, e.g. --scenario gældende --scenario forslag.")
    List<String> scenarios;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Case files or folders; - reads one case file from standard input.")
    List<Path> paths;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT", converter = Formats.Compare.class,
            completionCandidates = Formats.CompareCandidates.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    ReportOptions report;

    @Mixin
    CheckOptions check;

    @Override
    Config configure() {
        if (scenarios.size() != 2) {
            throw usage("give --scenario exactly twice (got " + scenarios.size() + ")",
                    "e.g. --scenario gældende --scenario forslag: the first is compared with the second");
        }
        report.validate(commandLine());
        Inputs.validateStdin(this, paths, false);
        return new Config(check.configure(commandLine(), invocation()), ReportConfig.of(format, report, Detail.all, invocation()),
                List.copyOf(paths), scenarios.get(0), scenarios.get(1));
    }

    @Override
    ExitCode execute(Config config) {
        return Execution.run(this, config.checker(), config.report(), config.paths(), (checking, out, settings, started) -> {
            Reporter<ScenarioComparison, ComparisonSummary> reporter = Reporters.compare(config.report().format(), out, settings);
            int[] casesChanged = new int[2];
            checking.forEachFile((cases, problems) -> compare(checking.checker(), cases, problems, config),
                    comparison -> comparison.first().info().location(),
                    checked -> checked.results().forEach(comparison -> {
                        casesChanged[0]++;
                        casesChanged[1] += comparison.changed() ? 1 : 0;
                        CaseChecking.unchecked(() -> reporter.add(comparison, checked.timePerCase()));
                    }));
            checking.requireCases(casesChanged[0]);
            var provenance = checking.provenance(started.at());
            ComparisonSummary summary = new ComparisonSummary(provenance, config.before(), config.after(), casesChanged[0],
                    casesChanged[1], checking.problems(), checking.skipped(), started.elapsed());
            reporter.finish(summary);
            return summary;
        });
    }

    /**
     * Each scenario checks the file's cases in shared sessions; a case that cannot be checked under
     * either is reported and left out of the comparison.
     */
    private static List<ScenarioComparison> compare(Checker checker, List<Case> cases, List<Problem> problems, Config config) {
        List<CaseResult> before = checker.checkAll(cases, config.before(), e -> problems.addAll(e.problems()));
        Map<SourceLocation, CaseResult> after = new HashMap<>();
        for (CaseResult result : checker.checkAll(cases, config.after(), e -> problems.addAll(e.problems()))) {
            after.put(result.info().location(), result);
        }
        List<ScenarioComparison> comparisons = new ArrayList<>();
        for (CaseResult result : before) {
            CaseResult other = after.get(result.info().location());
            if (other != null) {
                comparisons.add(ScenarioComparison.of(result, other));
            }
        }
        return comparisons;
    }
}
