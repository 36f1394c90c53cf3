package dk.regeltjek.testing;

import dk.regeltjek.model.CaseResult;
import java.util.List;

/** One case of a test: the checked case and every expectation of its expect block it did not meet. */
public record TestResult(CaseResult result, List<Mismatch> mismatches) {

    public TestResult {
        mismatches = List.copyOf(mismatches);
    }

    /** Checks {@code result} against its expect block. */
    public static TestResult of(CaseResult result) {
        return new TestResult(result, ExpectationCheck.check(result));
    }

    public boolean passed() {
        return mismatches.isEmpty();
    }
}
