package dk.regeltjek.report;

import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.Danish;
import dk.regeltjek.model.Status;
import dk.regeltjek.testing.Mismatch;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts over a run or a test, kept while the cases stream past. */
public final class Summary {
    private final String command;
    private final Map<Status, Integer> verdicts = new EnumMap<>(Status.class);
    private int cases;
    private int passed;
    private int failed;
    private final List<String> uncoveredRules = new ArrayList<>();

    public Summary(String command) {
        this.command = command;
    }

    public void add(CaseResult result, List<Mismatch> mismatches) {
        cases++;
        verdicts.merge(result.verdict(), 1, Integer::sum);
        if (mismatches != null) {
            if (mismatches.isEmpty()) {
                passed++;
            } else {
                failed++;
            }
        }
    }

    public void uncovered(List<String> rules) {
        uncoveredRules.addAll(rules);
    }

    public String command() {
        return command;
    }

    public boolean isTest() {
        return "test".equals(command);
    }

    public int cases() {
        return cases;
    }

    public int count(Status verdict) {
        return verdicts.getOrDefault(verdict, 0);
    }

    public int passed() {
        return passed;
    }

    public int failed() {
        return failed;
    }

    public List<String> uncoveredRules() {
        return uncoveredRules;
    }

    /** The closing line: "N passed, M failed" for test (the form CI log readers count), verdict counts for run. */
    public String closingLine() {
        if (isTest()) {
            return passed + " passed, " + failed + " failed";
        }
        return Danish.count(cases, "sag", "sager") + ": " + count(Status.MET) + " opfyldt, " + count(Status.WARNING) + " med advarsler, "
                + count(Status.NOT_MET) + " ikke opfyldt, " + count(Status.UNDETERMINED) + " uafgjort";
    }

    /** Whether the run met every criterion (run) or every expectation held (test). */
    public boolean success() {
        return isTest() ? failed == 0 : count(Status.NOT_MET) + count(Status.UNDETERMINED) == 0;
    }
}
