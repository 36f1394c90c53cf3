package dk.regeltjek.report;

import dk.regeltjek.model.CaseResult;
import dk.regeltjek.testing.TestResult;
import java.util.List;

/**
 * A whole {@code run} or {@code test} report as records: what {@link JsonResults#read} gives back
 * and {@link JsonResults#write} writes.
 *
 * @param summary the counts, problems, skipped cases and provenance; a {@link TestSummary} for a test
 * @param detail  which outcomes the cases carry: {@code all}, or only those not met ({@code fails}),
 *                or none ({@code summary})
 * @param cases   run: every case checked; test: the cases of {@code tests}
 * @param tests   test: every case with its mismatches; empty for a run
 */
public record Results(Summary summary, Detail detail, List<CaseResult> cases, List<TestResult> tests) {

    public Results {
        cases = List.copyOf(cases);
        tests = List.copyOf(tests);
    }

    public static Results ofRun(RunSummary summary, Detail detail, List<CaseResult> cases) {
        return new Results(summary, detail, cases, List.of());
    }

    public static Results ofTest(TestSummary summary, Detail detail, List<TestResult> tests) {
        return new Results(summary, detail, tests.stream().map(TestResult::result).toList(), tests);
    }

    public Command command() {
        return summary instanceof TestSummary ? Command.TEST : Command.RUN;
    }
}
