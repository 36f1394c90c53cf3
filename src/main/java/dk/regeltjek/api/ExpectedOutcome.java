package dk.regeltjek.api;

import dk.regeltjek.rules.Outcome.Status;

/** One expected outcome; {@code subject} null means every subject of the criterion. */
public record ExpectedOutcome(String criterion, String subject, Status status, SourceLocation location) {
}
