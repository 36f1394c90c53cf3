package dk.regeltjek.cli;

import dk.regeltjek.api.Batch;
import dk.regeltjek.model.CaseResult;
import dk.regeltjek.api.Checker;
import dk.regeltjek.model.Problem;
import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.model.RuleInfo;
import dk.regeltjek.report.GithubReporter;
import dk.regeltjek.report.JsonReporter;
import dk.regeltjek.report.JunitReporter;
import dk.regeltjek.report.Reporter;
import dk.regeltjek.report.Summary;
import dk.regeltjek.report.TextReporter;
import dk.regeltjek.testing.ExpectationCheck;
import dk.regeltjek.testing.HiddenUndetermined;
import dk.regeltjek.testing.Mismatch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * What {@code run} and {@code test} share: load the rules, check every case file, report each
 * case as it is done, collect the problems of bad files (and go on with the others), pick the exit code.
 */
final class CheckRun {
    private final CommonOptions options;
    private final Invocation invocation;
    private final boolean test;
    private final PrintWriter stdout;
    private final PrintWriter stderr;
    private String scenario;
    private TextReporter.Detail detail = TextReporter.Detail.all;
    private Consumer<Batch.FileResult> fileChecked = file -> { };

    CheckRun(CommonOptions options, Invocation invocation, boolean test, PrintWriter stdout, PrintWriter stderr) {
        this.options = options;
        this.invocation = invocation;
        this.test = test;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Check every case under this scenario (null: the one each case names). */
    CheckRun scenario(String scenario) {
        this.scenario = scenario;
        return this;
    }

    CheckRun detail(TextReporter.Detail detail) {
        this.detail = detail;
        return this;
    }

    /** Also hands every checked file's results to {@code listener} (test --update collects them). */
    CheckRun onFileChecked(Consumer<Batch.FileResult> listener) {
        this.fileChecked = listener;
        return this;
    }

    int execute(List<Path> paths) {
        Set<Problem> problems = new LinkedHashSet<>();
        Summary summary = new Summary(test ? "test" : "run");
        try {
            Checker checker = options.checker(invocation);
            List<Path> files = CaseFiles.expand(paths.stream().map(invocation::resolve).toList(), checker);
            CaseFiles.loadPacksAhead(checker, files);
            try (Writer out = output()) {
                Reporter reporter = reporter(out);
                Set<String> packsUsed = new TreeSet<>();
                Set<String> fired = new java.util.HashSet<>();
                List<String> warnings = new ArrayList<>();
                Progress progress = Progress.start(stderr, files.size(), invocation);
                Batch.run(checker, files, scenario, options.threads(), fileResult -> {
                    problems.addAll(fileResult.problems());
                    for (CaseResult result : fileResult.results()) {
                        List<Mismatch> mismatches = test ? ExpectationCheck.check(result) : null;
                        if (test) {
                            HiddenUndetermined.warning(result).ifPresent(warnings::add);
                        }
                        summary.add(result, mismatches);
                        report(reporter, result, mismatches);
                        packsUsed.add(result.info().pack());
                        result.firedRules().forEach(r -> fired.add(result.info().pack() + "\u0000" + r));
                    }
                    fileChecked.accept(fileResult);
                    progress.fileDone(summary.cases());
                });
                progress.finish();
                warnings.forEach(w -> stderr.println("advarsel: " + w));
                if (test) {
                    summary.uncovered(uncovered(checker, packsUsed, fired, problems));
                }
                reporter.finish(summary);
            }
        } catch (RegeltjekException e) {
            problems.addAll(e.problems());
        } catch (IOException | UncheckedIOException e) {
            stderr.println("cannot write the report: " + invocation.shown(e.getMessage(), options.out));
            return ExitCode.BAD_INPUT.code();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.INTERNAL_ERROR.code();
        }
        if (!problems.isEmpty()) {
            return Problems.report(stderr, problems);
        }
        if (summary.cases() == 0) {
            stderr.println("error: no cases found in " + paths);
            stderr.println("  hint: give case files (.yaml, .yml, .json) or folders holding them");
            return ExitCode.BAD_INPUT.code();
        }
        return summary.success() ? ExitCode.OK.code() : ExitCode.FAILED.code();
    }

    private static void report(Reporter reporter, CaseResult result, List<Mismatch> mismatches) {
        try {
            reporter.caseChecked(result, mismatches);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> uncovered(Checker checker, Set<String> packs, Set<String> fired, Set<Problem> problems) {
        List<String> uncovered = new ArrayList<>();
        for (String pack : packs) {
            try {
                for (RuleInfo rule : checker.rules(pack)) {
                    if (!fired.contains(pack + "\u0000" + rule.name())) {
                        uncovered.add(rule.where() + ": \"" + rule.name() + "\"");
                    }
                }
            } catch (RegeltjekException e) {
                problems.addAll(e.problems());
            }
        }
        return uncovered;
    }

    private Writer output() throws IOException {
        if (options.out == null) {
            return new NonClosing(stdout);
        }
        return Files.newBufferedWriter(invocation.resolve(options.out), StandardCharsets.UTF_8);
    }

    private Reporter reporter(Writer out) throws IOException {
        return switch (options.format) {
            case text -> new TextReporter(out instanceof PrintWriter p ? p : new PrintWriter(out),
                    Console.color(options.color, options.out != null, invocation), detail);
            case json -> new JsonReporter(out, test ? "test" : "run", Version.current(),
                    options.out == null && invocation.console()).detail(detail);
            case junit -> new JunitReporter(out);
            case github -> new GithubReporter(out instanceof PrintWriter p ? p : new PrintWriter(out));
        };
    }
}
