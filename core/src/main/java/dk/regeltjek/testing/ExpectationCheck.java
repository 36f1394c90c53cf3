package dk.regeltjek.testing;

import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.ExpectedOutcome;
import dk.regeltjek.model.Expectation;
import dk.regeltjek.model.OutcomeRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Compares a checked case with its {@code expect} block. */
public final class ExpectationCheck {
    private ExpectationCheck() {
    }

    /** Every unmet expectation; empty when the case behaved as expected. */
    public static List<Mismatch> check(CaseResult result) {
        Expectation expect = result.info().expect();
        List<Mismatch> mismatches = new ArrayList<>();
        if (expect == null) {
            mismatches.add(new Mismatch(result.info().location(), "the case has no expect block", "an expect block", "none"));
            return mismatches;
        }
        if (expect.verdict() != null && expect.verdict() != result.verdict()) {
            mismatches.add(new Mismatch(expect.location(), "verdict", expect.verdict().key(), result.verdict().key()));
        }
        for (ExpectedOutcome expected : expect.outcomes()) {
            List<OutcomeRecord> actual = result.outcomes().stream()
                    .filter(o -> o.criterion().equals(expected.criterion()))
                    .filter(o -> expected.subject() == null || o.subject() != null && expected.subject().equals(o.subject().name()))
                    .toList();
            String what = expected.criterion() + (expected.subject() == null ? "" : " for \"" + expected.subject() + "\"");
            if (actual.isEmpty()) {
                String subjects = result.outcomes().stream().filter(o -> o.criterion().equals(expected.criterion()))
                        .map(o -> o.subject() == null ? "?" : "\"" + o.subject().name() + "\"").distinct()
                        .collect(Collectors.joining(", "));
                mismatches.add(new Mismatch(expected.location(), what, expected.status().key(),
                        subjects.isEmpty() ? "no outcome" : "no outcome for that subject (subjects: " + subjects + ")"));
                continue;
            }
            for (OutcomeRecord o : actual) {
                String each = what + (expected.subject() == null && o.subject() != null ? " for \"" + o.subject().name() + "\"" : "");
                if (o.status() != expected.status()) {
                    mismatches.add(new Mismatch(expected.location(), each, expected.status().key(),
                            o.status().key() + " — " + o.message()));
                }
                if (expected.rating() != null && !expected.rating().equals(o.rating())) {
                    mismatches.add(new Mismatch(expected.location(), each + " rating", expected.rating(), String.valueOf(o.rating())));
                }
                if (expected.messageContains() != null && !o.message().contains(expected.messageContains())) {
                    mismatches.add(new Mismatch(expected.location(), each + " message", "a message containing \""
                            + expected.messageContains() + "\"", o.message()));
                }
            }
        }
        for (String rule : expect.fired()) {
            if (!fired(result, rule)) {
                mismatches.add(new Mismatch(expect.location(), "rule \"" + rule + "\"", "fired", "did not fire"));
            }
        }
        for (String rule : expect.notFired()) {
            if (fired(result, rule)) {
                mismatches.add(new Mismatch(expect.location(), "rule \"" + rule + "\"", "not fired", "fired"));
            }
        }
        return mismatches;
    }

    /** A rule name, or a criterion id meaning "some rule of that criterion made an outcome". */
    static boolean fired(CaseResult result, String rule) {
        return result.firedRules().contains(rule)
                || result.outcomes().stream().anyMatch(o -> rule.equals(o.criterion()) && o.rule() != null);
    }
}
