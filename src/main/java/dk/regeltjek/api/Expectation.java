package dk.regeltjek.api;

import dk.regeltjek.rules.Outcome.Status;
import java.util.List;

/** A case's {@code expect} block. {@code verdict} may be null when only outcomes are stated. */
public record Expectation(
        Status verdict,
        List<ExpectedOutcome> outcomes,
        List<String> fired,
        List<String> notFired,
        SourceLocation location) {
}
