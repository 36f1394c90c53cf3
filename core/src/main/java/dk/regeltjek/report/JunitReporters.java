package dk.regeltjek.report;

import dk.regeltjek.compare.ScenarioComparison;
import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.OutcomeRecord;
import dk.regeltjek.model.Status;
import dk.regeltjek.testing.Mismatch;
import dk.regeltjek.testing.PackCoverage;
import dk.regeltjek.testing.TestResult;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The JUnit reporters of run, test and compare: each turns its results into {@link JunitXml} testcases. */
final class JunitReporters {
    private JunitReporters() {
    }

    /** A run: a case fails when its verdict is not met or undetermined (or a warning, with --fail-on-warn). */
    static final class Run implements Reporter<CaseResult, RunSummary> {
        private final Writer out;
        private final List<CaseResult> results = new ArrayList<>();
        private final List<Duration> times = new ArrayList<>();

        Run(Writer out, ReportSettings settings) {
            this.out = out;
        }

        @Override
        public void add(CaseResult result, Duration time) {
            results.add(result);
            times.add(time);
        }

        @Override
        public void finish(RunSummary summary) throws IOException {
            List<JunitXml.TestCase> cases = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                CaseResult r = results.get(i);
                boolean fails = r.verdict() == Status.NOT_MET || r.verdict() == Status.UNDETERMINED
                        || summary.failOnWarn() && r.verdict() == Status.WARNING;
                cases.add(new JunitXml.TestCase(r.info().pack(), r.info().name(), r.info().location(), times.get(i),
                        fails ? failure(r) : null, null, null));
            }
            cases.addAll(JunitXml.skipped(summary));
            cases.addAll(JunitXml.problems(summary));
            JunitXml.write(out, Command.RUN, summary, cases, Map.of());
        }

        private static JunitXml.Failure failure(CaseResult r) {
            List<String> lines = r.outcomes().stream().filter(o -> o.status() != Status.MET).map(Run::line).toList();
            return new JunitXml.Failure("criteria", "verdict " + r.verdict().key() + ": "
                    + (lines.isEmpty() ? "" : lines.get(0)), String.join("\n", lines));
        }

        private static String line(OutcomeRecord o) {
            String values = o.values().stream().map(v -> v.label() + " = " + v.text()).collect(Collectors.joining("; "));
            return o.criterion() + " " + o.status().danish() + (o.subject() == null ? "" : " · " + o.subject().describe())
                    + ": " + o.message() + (values.isEmpty() ? "" : " [" + values + "]")
                    + (o.citation() == null || o.citation().lines() == null ? "" : " (" + o.citation().lines() + ")");
        }
    }

    /** A test: a case fails when an expectation does not hold; coverage per pack as suite properties. */
    static final class Test implements Reporter<TestResult, TestSummary> {
        private final Writer out;
        private final List<JunitXml.TestCase> cases = new ArrayList<>();

        Test(Writer out, ReportSettings settings) {
            this.out = out;
        }

        @Override
        public void add(TestResult test, Duration time) {
            CaseResult r = test.result();
            JunitXml.Failure failure = test.passed() ? null : new JunitXml.Failure("expectation",
                    test.mismatches().get(0).toString(),
                    test.mismatches().stream().map(Mismatch::toString).collect(Collectors.joining("\n")));
            cases.add(new JunitXml.TestCase(r.info().pack(), r.info().name(), r.info().location(), time, failure, null, null));
        }

        @Override
        public void finish(TestSummary summary) throws IOException {
            cases.addAll(JunitXml.skipped(summary));
            cases.addAll(JunitXml.problems(summary));
            Map<String, Map<String, String>> properties = new LinkedHashMap<>();
            for (PackCoverage c : summary.coverage()) {
                Map<String, String> p = new LinkedHashMap<>();
                p.put("coverage.rules.percent", c.rulesPercent().toPlainString());
                p.put("coverage.rules.fired", c.rulesFired() + "/" + c.rules().size());
                p.put("coverage.criteria.percent", c.criteriaPercent().toPlainString());
                p.put("coverage.criteria.bothSides", c.criteriaOnBothSides().size() + "/" + c.criteria().size());
                if (summary.gate().minCoverage() != null) {
                    p.put("coverage.minimum", String.valueOf(summary.gate().minCoverage()));
                    p.put("coverage.belowMinimum", String.valueOf(c.below(summary.gate().minCoverage())));
                }
                properties.put(c.pack(), p);
            }
            JunitXml.write(out, Command.TEST, summary, cases, properties);
        }
    }

    /**
     * A comparison: a case whose outcome changes is a failure of type "changed", so CI test views
     * list exactly those cases; the exit code stays 0 (a comparison is information, not a verdict).
     */
    static final class Compare implements Reporter<ScenarioComparison, ComparisonSummary> {
        private final Writer out;
        private final List<JunitXml.TestCase> cases = new ArrayList<>();

        Compare(Writer out, ReportSettings settings) {
            this.out = out;
        }

        @Override
        public void add(ScenarioComparison c, Duration time) {
            CaseResult r = c.first();
            JunitXml.Failure failure = null;
            if (c.changed()) {
                String head = "verdict " + r.info().scenario() + " " + r.verdict().key() + " → " + c.second().info().scenario()
                        + " " + c.second().verdict().key();
                String text = head + "\n" + c.changes().stream().map(ch -> ch.criterion() + " " + ch.subject() + ": "
                        + (ch.first() == null ? "(no outcome)" : ch.first().status().key() + " — " + ch.first().message()) + " → "
                        + (ch.second() == null ? "(no outcome)" : ch.second().status().key() + " — " + ch.second().message()))
                        .collect(Collectors.joining("\n"));
                failure = new JunitXml.Failure("changed", head, text);
            }
            cases.add(new JunitXml.TestCase(r.info().pack(), r.info().name(), r.info().location(), time, failure, null, null));
        }

        @Override
        public void finish(ComparisonSummary summary) throws IOException {
            cases.addAll(JunitXml.skipped(summary));
            cases.addAll(JunitXml.problems(summary));
            Map<String, Map<String, String>> properties = new LinkedHashMap<>();
            for (PackUsed pack : summary.provenance().packs()) {
                Map<String, String> p = new LinkedHashMap<>();
                p.put("compare.before", summary.before());
                p.put("compare.after", summary.after());
                properties.put(pack.id(), p);
            }
            JunitXml.write(out, Command.COMPARE, summary, cases, properties);
        }
    }
}
