package dk.regeltjek.model;

import dk.regeltjek.model.Status;
import java.util.List;

/**
 * The checked case: its verdict (the most severe status of all outcomes), every outcome in
 * criterion order, and the names of the rules that fired.
 */
public record CaseResult(CaseInfo info, Status verdict, List<OutcomeRecord> outcomes, List<String> firedRules) {

    public boolean passed() {
        return verdict == Status.MET || verdict == Status.WARNING;
    }
}
