package dk.regeltjek.report;

import dk.regeltjek.compare.ScenarioComparison;
import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.OutcomeRecord;
import dk.regeltjek.model.Problem;
import dk.regeltjek.model.RuleInfo;
import dk.regeltjek.model.SourceLocation;
import dk.regeltjek.model.Status;
import dk.regeltjek.testing.Mismatch;
import dk.regeltjek.testing.PackCoverage;
import dk.regeltjek.testing.TestResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The GitHub Actions reporters: annotations at the place in the case file (capped per level, see
 * {@link GithubAnnotations}), the closing line in the log, and the Markdown job summary when
 * GITHUB_STEP_SUMMARY is set. Problems in the input or rules are error annotations too.
 */
final class GithubReporters {
    private static final String FULL_REPORT = "every one is in the job summary and in --format json, sarif or html";

    private GithubReporters() {
    }

    /** What the three reporters share: the log, the annotations and the job summary. */
    private abstract static class Base {
        final PrintWriter out;
        final GithubAnnotations annotations;
        final Writer stepSummary;

        Base(Writer out, ReportSettings settings) {
            this.out = out instanceof PrintWriter p ? p : new PrintWriter(out);
            this.annotations = new GithubAnnotations(settings.maxAnnotations());
            this.stepSummary = settings.stepSummary();
        }

        void problems(Summary summary) {
            for (Problem p : summary.problems()) {
                annotations.add(0, GithubAnnotations.Level.ERROR, p.where(), "regeltjek: bad input or rules",
                        p.message() + (p.hint() == null ? "" : " (hint: " + p.hint() + ")"));
            }
        }

        void close(List<String> lines, String markdown) throws IOException {
            annotations.write(out, FULL_REPORT);
            lines.forEach(line -> out.println(Safe.terminal(line)));
            out.flush();
            if (stepSummary != null) {
                stepSummary.write(markdown);
                stepSummary.flush();
            }
        }

        static SourceLocation placeOf(OutcomeRecord o, CaseResult result) {
            return o.subject() != null && o.subject().location() != null ? o.subject().location() : result.info().location();
        }
    }

    /** run: an error per outcome not met, a warning per undetermined outcome or warning (derived verdicts left out: their causes are annotated). */
    static final class Run extends Base implements Reporter<CaseResult, RunSummary> {
        private final List<CaseResult> results = new ArrayList<>();

        Run(Writer out, ReportSettings settings) {
            super(out, settings);
        }

        @Override
        public void add(CaseResult result, Duration time) {
            if (stepSummary != null) {
                results.add(result);
            }
            for (OutcomeRecord o : result.outcomes()) {
                if (o.status() != Status.MET && !o.verdict()) {
                    annotations.add(o.status() == Status.NOT_MET ? 1 : 2,
                            o.status() == Status.NOT_MET ? GithubAnnotations.Level.ERROR : GithubAnnotations.Level.WARNING,
                            placeOf(o, result), o.criterion() + " " + o.status().danish(), o.message());
                }
            }
        }

        @Override
        public void finish(RunSummary summary) throws IOException {
            problems(summary);
            close(TextRunReporter.lines(summary), stepSummary == null ? "" : new GithubMarkdown().run(summary, results));
        }
    }

    /** test: an error per failed expectation, a warning per rule no example made fire, an error per pack below the coverage minimum. */
    static final class Test extends Base implements Reporter<TestResult, TestSummary> {
        private final List<TestResult> tests = new ArrayList<>();

        Test(Writer out, ReportSettings settings) {
            super(out, settings);
        }

        @Override
        public void add(TestResult test, Duration time) {
            if (stepSummary != null) {
                tests.add(test);
            }
            for (Mismatch m : test.mismatches()) {
                annotations.add(1, GithubAnnotations.Level.ERROR, m.where(), "regeltjek: " + test.result().info().name(),
                        m.what() + ": expected " + m.expected() + ", got " + m.actual());
            }
        }

        @Override
        public void finish(TestSummary summary) throws IOException {
            problems(summary);
            for (PackCoverage c : summary.belowMinimum()) {
                annotations.add(0, GithubAnnotations.Level.ERROR, null, "regeltjek: coverage of " + c.pack(),
                        "rules fired " + c.rulesPercent() + " %, criteria seen met and not met " + c.criteriaPercent()
                                + " %: below --min-coverage " + summary.gate().minCoverage() + " %");
            }
            GithubAnnotations.Level unfired = summary.gate().failOnWarn() ? GithubAnnotations.Level.ERROR
                    : GithubAnnotations.Level.WARNING;
            for (PackCoverage c : summary.coverage()) {
                for (RuleInfo rule : c.unfired()) {
                    annotations.add(2, unfired, new SourceLocation(rule.file(), rule.line(), 0), "regeltjek: rule never fired",
                            "no example made the rule \"" + rule.name() + "\" fire");
                }
            }
            List<String> lines = new ArrayList<>();
            for (PackCoverage c : summary.coverage()) {
                lines.add("coverage " + c.pack() + ": rules " + c.rulesFired() + "/" + c.rules().size() + " ("
                        + c.rulesPercent() + " %), criteria met and not met " + c.criteriaOnBothSides().size() + "/"
                        + c.criteria().size() + " (" + c.criteriaPercent() + " %)");
            }
            lines.add(summary.passed() + " passed, " + summary.failed() + " failed");
            close(lines, stepSummary == null ? "" : new GithubMarkdown().test(summary, tests));
        }
    }

    /** compare: a notice per case whose outcome changes (information, not a failure). */
    static final class Compare extends Base implements Reporter<ScenarioComparison, ComparisonSummary> {
        private final List<ScenarioComparison> changed = new ArrayList<>();

        Compare(Writer out, ReportSettings settings) {
            super(out, settings);
        }

        @Override
        public void add(ScenarioComparison c, Duration time) {
            if (!c.changed()) {
                return;
            }
            if (stepSummary != null) {
                changed.add(c);
            }
            String changes = String.join("; ", c.changes().stream().map(ch -> ch.criterion() + " " + ch.subject() + ": "
                    + (ch.first() == null ? "intet udfald" : ch.first().status().danish()) + " → "
                    + (ch.second() == null ? "intet udfald" : ch.second().status().danish())).toList());
            annotations.add(1, GithubAnnotations.Level.NOTICE, c.first().info().location(),
                    "changes under " + c.second().info().scenario() + ": " + c.first().info().name(),
                    "verdict " + c.first().verdict().danish() + " → " + c.second().verdict().danish()
                            + (changes.isEmpty() ? "" : "; " + changes));
        }

        @Override
        public void finish(ComparisonSummary summary) throws IOException {
            problems(summary);
            close(List.of(summary.changed() + " af " + Danish.Noun.SAG.count(summary.cases()) + " får et andet udfald under "
                    + summary.after() + " end under " + summary.before()),
                    stepSummary == null ? "" : new GithubMarkdown().compare(summary, changed));
        }
    }
}
