package dk.regeltjek.cli;

import dk.regeltjek.model.CaseResult;
import dk.regeltjek.report.Detail;
import dk.regeltjek.report.ExitCode;
import dk.regeltjek.report.Format;
import dk.regeltjek.report.Reporter;
import dk.regeltjek.report.Reporters;
import dk.regeltjek.report.RunSummary;
import dk.regeltjek.report.VerdictTally;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code regeltjek run PATH...}: checks cases and explains every outcome. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Check cases and explain every outcome with the passage of the document it comes from.")
final class RunCommand extends Subcommand<RunCommand.Config> {

    /** A validated run command line. */
    record Config(CheckerConfig checker, ReportConfig report, List<Path> paths, String scenario, boolean failOnWarn,
                  boolean watch) {
    }

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Case files (.yaml, .yml, .json), bulk files (.jsonl, .csv: many cases each, read in constant memory) or folders of case files; - reads one case file from standard input.")
    List<Path> paths;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT", converter = Formats.Run.class,
            completionCandidates = Formats.RunCandidates.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--explain", paramLabel = "WHAT",
            description = "How much of each case to explain: ${COMPLETION-CANDIDATES}. Default: compact (the verdict and "
                    + "each outcome not met, a warning or undetermined, in one line) — all when one case file is named. "
                    + "fails and summary also thin out the outcomes in json; junit, sarif and html are always complete.")
    Detail explain;

    @Option(names = "--scenario", paramLabel = "NAME",
            description = "Check every case under this scenario of its pack instead of the one it names.")
    String scenario;

    @Option(names = "--fail-on-warn", description = "Exit 1 also when a case's verdict is a warning.")
    boolean failOnWarn;

    @Option(names = "--watch", description = "After the first run, run again whenever a rule or case file changes (Ctrl-C stops).")
    boolean watch;

    @Mixin
    ReportOptions report;

    @Mixin
    CheckOptions check;

    @Override
    Config configure() {
        report.validate(commandLine());
        Inputs.validateStdin(this, paths, watch);
        Detail detail = explain != null ? explain : Inputs.oneFileNamed(invocation(), paths) ? Detail.all : Detail.compact;
        return new Config(check.configure(commandLine(), invocation()), ReportConfig.of(format, report, detail, invocation()),
                List.copyOf(paths), scenario, failOnWarn, watch);
    }

    @Override
    ExitCode execute(Config config) {
        if (!config.watch()) {
            return once(config);
        }
        List<Path> roots = new ArrayList<>(config.paths());
        roots.add(config.checker().rules().rulesDir());
        return Watcher.watch(roots.stream().map(invocation()::resolve).toList(), err(), () -> once(config));
    }

    private ExitCode once(Config config) {
        return Execution.run(this, config.checker(), config.report(), config.paths(), (checking, out, settings, started) -> {
            Reporter<CaseResult, RunSummary> reporter = Reporters.run(config.report().format(), out, settings);
            VerdictTally tally = new VerdictTally();
            checking.forEachFile((cases, problems) ->
                            checking.checker().checkAll(cases, config.scenario(), e -> problems.addAll(e.problems())),
                    result -> result.info().location(),
                    checked -> {
                        for (CaseResult result : checked.results()) {
                            tally.add(result);
                            CaseChecking.unchecked(() -> reporter.add(result, checked.timePerCase()));
                        }
                    });
            checking.requireCases(tally.cases());
            var provenance = checking.provenance(started.at());
            RunSummary summary = new RunSummary(provenance, tally.verdicts(), tally.byPack(), checking.problems(),
                    checking.skipped(), started.elapsed(), config.failOnWarn());
            reporter.finish(summary);
            return summary;
        });
    }
}
