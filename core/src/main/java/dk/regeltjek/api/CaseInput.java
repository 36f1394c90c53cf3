package dk.regeltjek.api;

import dk.regeltjek.model.SourceLocation;
import dk.regeltjek.facts.Node;
import dk.regeltjek.facts.RawCase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A case built in code instead of read from a file, for systems that embed the checker:
 *
 * <pre>{@code
 * CaseResult result = checker.check(CaseInput.of("laanepulje", "Ansøgning 2024-117 fra Gentofte.")
 *         .fact("Ansoegning", Map.of("kommune", "Gentofte", "godkendt", LocalDate.of(2024, 5, 10)))
 *         .fact("Projekt", Map.of("navn", "Nordlys", "bruttoanlaeg2025", new BigDecimal("12000000"), …))
 *         .toCase());
 * }</pre>
 *
 * Values are converted by the declared field types exactly as case files are, and wrong ones are
 * refused the same way; locations in messages read {@code <source>:fact N}.
 */
public final class CaseInput {
    private final String pack;
    private final String name;
    private final String source;
    private String scenario;
    private LocalDate date;
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final Map<String, List<Map<String, ?>>> facts = new LinkedHashMap<>();

    private CaseInput(String pack, String name, String source) {
        this.pack = pack;
        this.name = name;
        this.source = source;
    }

    public static CaseInput of(String pack, String name) {
        return new CaseInput(pack, name, "(api)");
    }

    /** {@code source} names where the case came from in messages, e.g. a record id. */
    public static CaseInput of(String pack, String name, String source) {
        return new CaseInput(pack, name, source);
    }

    public CaseInput scenario(String scenario) {
        this.scenario = scenario;
        return this;
    }

    /** The date the case is checked at, which chooses the values of dated parameters (default: the pack's reference date). */
    public CaseInput date(LocalDate date) {
        this.date = date;
        return this;
    }

    public CaseInput parameter(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    /** Adds one fact of a declared type; field names as in the pack's DRL. */
    public CaseInput fact(String type, Map<String, ?> fields) {
        facts.computeIfAbsent(type, k -> new ArrayList<>()).add(fields);
        return this;
    }

    /**
     * The case, ready for {@link Checker#check(Case)}. Its facts keep the Java values as given (no
     * text is made of them); they are converted when the case is checked, as a file's would be.
     */
    public Case toCase() {
        SourceLocation here = SourceLocation.of(source);
        Map<String, RawCase.TypedFacts> typed = new LinkedHashMap<>();
        int index = 0;
        for (Map.Entry<String, List<Map<String, ?>>> type : facts.entrySet()) {
            List<RawCase.Given> objects = new ArrayList<>(type.getValue().size());
            for (Map<String, ?> fields : type.getValue()) {
                objects.add(RawCase.Given.of(fields, new SourceLocation(source + ":fact " + (++index), 0, 0)));
            }
            typed.put(type.getKey(), new RawCase.TypedFacts(type.getKey(), here, List.of(), objects));
        }
        return new Case(new RawCase(name, pack, here, scenario, here, date,
                parameters.isEmpty() ? null : mapping(parameters, here), typed, null, here));
    }

    private static Node.Mapping mapping(Map<String, ?> values, SourceLocation at) {
        Map<String, Node.Entry> entries = new LinkedHashMap<>();
        values.forEach((key, value) -> entries.put(key, new Node.Entry(key, at, Node.given(value, at))));
        return new Node.Mapping(entries, at);
    }
}
