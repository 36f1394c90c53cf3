package dk.regeltjek.compare;

import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.OutcomeRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One case checked under two scenarios, and the criteria whose outcome differs between them. */
public record ScenarioComparison(CaseResult first, CaseResult second, List<Change> changes) {

    /** A criterion for one subject whose status differs; either side may be absent. */
    public record Change(String criterion, String subject, OutcomeRecord first, OutcomeRecord second) {
    }

    public static ScenarioComparison of(CaseResult first, CaseResult second) {
        Map<String, OutcomeRecord[]> pairs = new LinkedHashMap<>();
        for (OutcomeRecord o : first.outcomes()) {
            pairs.computeIfAbsent(key(o), k -> new OutcomeRecord[2])[0] = o;
        }
        for (OutcomeRecord o : second.outcomes()) {
            pairs.computeIfAbsent(key(o), k -> new OutcomeRecord[2])[1] = o;
        }
        List<Change> changes = new ArrayList<>();
        for (OutcomeRecord[] pair : pairs.values()) {
            OutcomeRecord a = pair[0];
            OutcomeRecord b = pair[1];
            if (a == null || b == null || a.status() != b.status()) {
                OutcomeRecord any = a != null ? a : b;
                changes.add(new Change(any.criterion(), any.subject() == null ? "" : any.subject().name(), a, b));
            }
        }
        return new ScenarioComparison(first, second, changes);
    }

    private static String key(OutcomeRecord o) {
        return o.criterion() + "\u0000" + (o.subject() == null ? "" : o.subject().type() + "\u0000" + o.subject().name());
    }

    /** Whether the proposal changes anything a reader would notice: the verdict or any criterion. */
    public boolean changed() {
        return first.verdict() != second.verdict() || !changes.isEmpty();
    }
}
