package dk.regeltjek.model;

import dk.regeltjek.model.Status;
import java.util.List;

/** A case's {@code expect} block. {@code verdict} may be null when only outcomes are stated. */
public record Expectation(
        Status verdict,
        List<ExpectedOutcome> outcomes,
        List<String> fired,
        List<String> notFired,
        SourceLocation location) {
}
