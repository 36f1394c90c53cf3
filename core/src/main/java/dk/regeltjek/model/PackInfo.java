package dk.regeltjek.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * A rule pack as its {@code pack.yaml} describes it: what it checks (criteria, in report order),
 * the numbers and choices its rules read (parameters, each with the passage it comes from), the
 * named scenarios that set them, and which verdict is a case's verdict.
 *
 * @param includes        what the pack takes from other packs of its rules folder ({@code include:}); the
 *                        criteria and parameters it names are also in {@code criteria} and {@code parameters}
 * @param caseVerdict     the verdict criterion whose status is a case's verdict, or null: the most
 *                        severe status of all the case's outcomes
 * @param referenceDate   the date a case without {@code dato:} is checked at (chooses dated
 *                        parameter values), or null when no parameter has dated values
 * @param contentHash     SHA-256 of every file of the pack folder (pack.yaml and rules), for audits; for a
 *                        pack that includes from others, also of theirs (their content hashes and source
 *                        documents), so that an edit of an included rule changes it
 * @param sourceChecksum  SHA-256 of the source document, or null when the pack names none
 */
public record PackInfo(
        String id,
        String title,
        String document,
        String source,
        List<Include> includes,
        Map<String, Criterion> criteria,
        Map<String, Parameter> parameters,
        Map<String, Scenario> scenarios,
        String defaultScenario,
        String caseVerdict,
        LocalDate referenceDate,
        String contentHash,
        String sourceChecksum,
        SourceLocation location) {

    /** The same pack with the checksums an audit records. */
    public PackInfo withChecksums(String contentHash, String sourceChecksum) {
        return new PackInfo(id, title, document, source, includes, criteria, parameters, scenarios, defaultScenario, caseVerdict,
                referenceDate, contentHash, sourceChecksum, location);
    }

    /** The include that brings criterion {@code id}, or null when the pack declares it itself. */
    public Include includeOfCriterion(String id) {
        return includes.stream().filter(i -> i.criteria().contains(id)).findFirst().orElse(null);
    }

    /** The include that brings parameter {@code name}, or null when the pack defines it itself. */
    public Include includeOfParameter(String name) {
        return includes.stream().filter(i -> i.parameters().contains(name)).findFirst().orElse(null);
    }

    /**
     * Criteria and parameter definitions taken from the pack {@code pack} of the same rules folder,
     * as pack.yaml lists them under {@code include:}: each criterion with every rule that carries
     * its {@code @id}, each parameter as that pack defines it — one text wherever it is used.
     */
    public record Include(String pack, List<String> criteria, List<String> parameters, SourceLocation location) {
    }

    /**
     * A criterion the rules decide for every fact of type {@code subject}. A verdict criterion is
     * derived from the outcomes of the criteria in {@code from} (and only those), after them.
     */
    public record Criterion(String id, String title, String subject, List<String> needs, boolean verdict,
                            List<String> from, SourceLocation location) {
    }

    /**
     * A number or choice the rules read, with the passage of the document it comes from. Exactly
     * one of {@code value} (one value), {@code dated} (the value in force from each date) and
     * {@code byYear} (a value per calendar year, all in force at once) is given.
     *
     * @param type one of {@code integer, decimal, text, boolean, date}
     * @param unit shown after the value ({@code kr.}, {@code %}, {@code pladser}), or null
     */
    public record Parameter(String name, String type, String unit, Object value, NavigableMap<LocalDate, Object> dated,
                            Map<Integer, Object> byYear, String meaning, SourceRef source, List<String> allowed,
                            SourceLocation location) {

        /** Whether the value depends on the date a case is checked at. */
        public boolean isDated() {
            return dated != null;
        }

        /** Whether it holds a value per year, read by rules with the year they need. */
        public boolean isByYear() {
            return byYear != null;
        }
    }

    /** Where a parameter's value stands in the document: lines and the verified quote, and a note on its reading. */
    public record SourceRef(String lines, String quote, String note) {
    }

    /** A named set of parameter values, e.g. today's rules or a proposed revision. */
    public record Scenario(String name, String description, Map<String, Object> parameters) {
    }
}
