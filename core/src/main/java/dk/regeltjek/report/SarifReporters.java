package dk.regeltjek.report;

import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.OutcomeRecord;
import dk.regeltjek.model.SourceLocation;
import dk.regeltjek.model.Status;
import dk.regeltjek.testing.Mismatch;
import dk.regeltjek.testing.TestResult;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * SARIF 2.1.0 for code-scanning tools: run reports each outcome not met (error), undetermined or a
 * warning (warning) — derived verdicts left out, as their causes are reported — test reports each
 * failed expectation; both report every problem in the input or rules, and every case that could
 * not be checked, located in the files.
 */
final class SarifReporters {
    private SarifReporters() {
    }

    /** Results are kept until the summary names the packs (the rules of the log). */
    private abstract static class Base<T, S extends Summary> implements Reporter<T, S> {
        private final Writer out;
        private final boolean pretty;
        private final List<Consumer<SarifLog>> pending = new ArrayList<>();

        Base(Writer out, ReportSettings settings) {
            this.out = out;
            this.pretty = settings.pretty();
        }

        void later(Consumer<SarifLog> result) {
            pending.add(result);
        }

        void write(S summary, Command command) throws IOException {
            SarifLog log = new SarifLog(summary.provenance());
            pending.forEach(p -> p.accept(log));
            summary.problems().forEach(log::problem);
            for (Skipped s : summary.skipped()) {
                if (s.cause() == null) {
                    log.result(SarifLog.PROBLEM_RULE, "note", "not checked: a problem outside the case stopped it — " + s.name(),
                            s.location(), JsonShapes.ordered("case", s.name(), "pack", s.pack()));
                }
            }
            log.write(out, summary, command, pretty);
        }
    }

    static final class Run extends Base<CaseResult, RunSummary> {
        Run(Writer out, ReportSettings settings) {
            super(out, settings);
        }

        @Override
        public void add(CaseResult result, Duration time) {
            for (OutcomeRecord o : result.outcomes()) {
                if (o.status() != Status.MET && !o.verdict()) {
                    later(log -> log.result(SarifLog.ruleId(result.info().pack(), o.criterion()),
                            o.status() == Status.NOT_MET ? "error" : "warning", message(o), placeOf(o, result),
                            properties(result, o)));
                }
            }
        }

        @Override
        public void finish(RunSummary summary) throws IOException {
            write(summary, Command.RUN);
        }
    }

    static final class Test extends Base<TestResult, TestSummary> {
        Test(Writer out, ReportSettings settings) {
            super(out, settings);
        }

        @Override
        public void add(TestResult test, Duration time) {
            CaseResult result = test.result();
            for (Mismatch m : test.mismatches()) {
                later(log -> log.result(SarifLog.EXPECTATION_RULE, "error",
                        m.what() + ": expected " + m.expected() + ", got " + m.actual(), m.where(),
                        JsonShapes.ordered("case", result.info().name(), "pack", result.info().pack(),
                                "criterion", m.criterionIn(log.criteria(result.info().pack())),
                                "expected", m.expected(), "actual", m.actual())));
            }
        }

        @Override
        public void finish(TestSummary summary) throws IOException {
            write(summary, Command.TEST);
        }
    }

    private static String message(OutcomeRecord o) {
        String values = o.values().stream().map(v -> v.label() + " = " + v.text()).collect(Collectors.joining("; "));
        return o.criterion() + " " + o.status().danish() + (o.subject() == null ? "" : " · " + o.subject().type() + " \""
                + o.subject().name() + "\"") + ": " + o.message() + (values.isEmpty() ? "" : " [" + values + "]");
    }

    private static SourceLocation placeOf(OutcomeRecord o, CaseResult result) {
        return o.subject() != null && o.subject().location() != null ? o.subject().location() : result.info().location();
    }

    private static Map<String, Object> properties(CaseResult result, OutcomeRecord o) {
        return JsonShapes.ordered("case", result.info().name(), "caseLocation", result.info().location().toString(),
                "pack", result.info().pack(), "scenario", result.info().scenario(), "status", o.status().key(),
                "rule", o.rule(), "citation", JsonShapes.citation(o.citation()));
    }
}
