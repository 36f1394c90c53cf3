package dk.regeltjek.model;

import dk.regeltjek.model.Status;
import java.util.List;

/** The outcome of one criterion for one subject, with everything needed to explain it. */
public record OutcomeRecord(
        String criterion,
        String criterionTitle,
        boolean verdict,
        Status status,
        String rating,
        FactRef subject,
        String message,
        List<NamedValue> values,
        String rule,
        Citation citation,
        List<FactRef> matched) {
}
