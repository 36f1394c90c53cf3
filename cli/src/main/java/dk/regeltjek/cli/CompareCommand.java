package dk.regeltjek.cli;

import dk.regeltjek.model.CaseResult;
import dk.regeltjek.api.Checker;
import dk.regeltjek.model.Problem;
import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.model.SourceLocation;
import dk.regeltjek.compare.ScenarioComparison;
import dk.regeltjek.facts.RawCase;
import dk.regeltjek.report.ComparisonReporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code regeltjek compare --scenario A --scenario B PATH...}: what a scenario (e.g. a proposal) changes, case by case. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Run each case under two scenarios and show the cases whose outcome changes, which criteria "
                + "change and the evidence under each scenario. Exit 0 unless the input is bad.")
final class CompareCommand extends Subcommand {
    @Mixin
    CommonOptions options;

    @Option(names = "--scenario", required = true, paramLabel = "NAME",
            description = "A scenario from the packs' pack.yaml; give exactly two, e.g. --scenario gældende --scenario forslag.")
    List<String> scenarios;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Case files or folders.")
    List<Path> paths;

    @Override
    public Integer call() {
        if (scenarios.size() != 2) {
            throw new ParameterException(spec.commandLine(), "give --scenario exactly twice (got " + scenarios.size() + ")");
        }
        PrintWriter stdout = out();
        PrintWriter stderr = err();
        Set<Problem> problems = new LinkedHashSet<>();
        try {
            Invocation invocation = invocation();
            Checker checker = options.checker(invocation);
            List<Path> files = CaseFiles.expand(paths.stream().map(invocation::resolve).toList(), checker);
            try (Writer out = options.out == null ? new NonClosing(stdout)
                    : Files.newBufferedWriter(invocation.resolve(options.out), StandardCharsets.UTF_8)) {
                ComparisonReporter reporter = options.format == CommonOptions.Format.json
                        ? ComparisonReporter.json(out, scenarios.get(0), scenarios.get(1), Version.current())
                        : ComparisonReporter.text(out instanceof PrintWriter p ? p : new PrintWriter(out), scenarios.get(0), scenarios.get(1));
                CaseFiles.loadPacksAhead(checker, files);
                for (Path file : files) {
                    List<RawCase> cases;
                    try {
                        cases = checker.read(file);
                    } catch (RegeltjekException e) {
                        problems.addAll(e.problems());
                        continue;
                    }
                    // each scenario checks the file's cases in shared sessions; a case that cannot be
                    // checked under either is reported and left out of the comparison
                    List<CaseResult> before = checker.checkAll(cases, scenarios.get(0), e -> problems.addAll(e.problems()));
                    Map<SourceLocation, CaseResult> after = new HashMap<>();
                    for (CaseResult result : checker.checkAll(cases, scenarios.get(1), e -> problems.addAll(e.problems()))) {
                        after.put(result.info().location(), result);
                    }
                    for (CaseResult result : before) {
                        CaseResult other = after.get(result.info().location());
                        if (other != null) {
                            reporter.compared(ScenarioComparison.of(result, other));
                        }
                    }
                }
                reporter.finish();
            }
        } catch (RegeltjekException e) {
            problems.addAll(e.problems());
        } catch (IOException e) {
            stderr.println("cannot write the report: " + invocation().shown(e.getMessage(), options.out));
            return ExitCode.BAD_INPUT.code();
        }
        if (!problems.isEmpty()) {
            return Problems.report(stderr, problems);
        }
        return ExitCode.OK.code();
    }
}
