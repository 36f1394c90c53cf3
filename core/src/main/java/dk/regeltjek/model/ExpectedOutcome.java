package dk.regeltjek.model;

import dk.regeltjek.model.Status;

/**
 * One expected outcome; {@code subject} null means every subject of the criterion. {@code rating}
 * and {@code messageContains} are checked only when given.
 */
public record ExpectedOutcome(String criterion, String subject, Status status, String rating, String messageContains,
                              SourceLocation location) {
}
