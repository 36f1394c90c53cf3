package dk.regeltjek.testing;

import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.ExpectedOutcome;
import dk.regeltjek.model.Expectation;
import dk.regeltjek.model.OutcomeRecord;
import dk.regeltjek.model.Status;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Outcomes that became undetermined while the case's expectations still hold: a pack change such
 * as a new {@code needs:} field makes a criterion undetermined for every older example, and a case
 * whose verdict is decided by another criterion passes all the same. {@code test} names them, so
 * the change does not hide. An undetermined outcome the expect block states is meant, and not named.
 */
public final class HiddenUndetermined {
    private HiddenUndetermined() {
    }

    /** The undetermined criteria of a passing case that its expect block does not state; verdicts follow from them. */
    public static List<OutcomeRecord> of(CaseResult result) {
        Expectation expect = result.info().expect();
        if (expect == null || !ExpectationCheck.check(result).isEmpty()) {
            return List.of();
        }
        return result.outcomes().stream()
                .filter(o -> o.status() == Status.UNDETERMINED && !o.verdict())
                .filter(o -> expect.outcomes().stream().noneMatch(e -> states(e, o)))
                .toList();
    }

    /**
     * The warning line for a case, e.g. {@code examples/x.yaml:2: 1 udfald er nu uafgjort, selv om
     * sagens forventninger holder: T-1 for "Solgården" (kan ikke afgøres: mangler …)}; empty when none.
     */
    public static Optional<String> warning(CaseResult result) {
        List<OutcomeRecord> hidden = of(result);
        if (hidden.isEmpty()) {
            return Optional.empty();
        }
        String which = hidden.stream()
                .map(o -> o.criterion() + (o.subject() == null ? "" : " for \"" + o.subject().name() + "\"") + " (" + o.message() + ")")
                .collect(Collectors.joining("; "));
        return Optional.of(result.info().location() + ": " + hidden.size() + " udfald er nu uafgjort, selv om sagens "
                + "forventninger holder: " + which + " — giv de manglende oplysninger i sagen, eller skriv udfaldet i expect "
                + "som undetermined");
    }

    private static boolean states(ExpectedOutcome expected, OutcomeRecord outcome) {
        return expected.status() == Status.UNDETERMINED && expected.criterion().equals(outcome.criterion())
                && (expected.subject() == null || outcome.subject() != null && expected.subject().equals(outcome.subject().name()));
    }
}
