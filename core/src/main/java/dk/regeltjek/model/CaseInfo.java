package dk.regeltjek.model;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a case file says about a case besides its facts, and what it was checked under: the
 * scenario, the date (its {@code dato:}, else the pack's reference date; null when the pack has no
 * dated parameters) and the parameter values in force. {@code expect} is null when absent.
 */
public record CaseInfo(
        String name,
        String pack,
        String scenario,
        LocalDate date,
        Map<String, Object> parameters,
        SourceLocation location,
        Expectation expect) {
}
