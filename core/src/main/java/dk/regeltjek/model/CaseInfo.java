package dk.regeltjek.model;

import java.util.Map;

/** What a case file says about a case besides its facts. {@code expect} is null when absent. */
public record CaseInfo(
        String name,
        String pack,
        String scenario,
        Map<String, Object> parameters,
        SourceLocation location,
        Expectation expect) {
}
