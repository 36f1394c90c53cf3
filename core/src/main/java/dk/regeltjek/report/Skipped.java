package dk.regeltjek.report;

import dk.regeltjek.model.Problem;
import dk.regeltjek.model.SourceLocation;

/**
 * A case that was read but could not be checked. {@code cause} is the problem found in the case
 * itself (e.g. an unknown fact type), or null when something outside it stopped it — its pack's
 * rules do not compile, say; that problem is among the summary's problems.
 */
public record Skipped(String pack, String name, SourceLocation location, Problem cause) {
}
