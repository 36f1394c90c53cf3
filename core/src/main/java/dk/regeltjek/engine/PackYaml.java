package dk.regeltjek.engine;

import dk.regeltjek.facts.Fields;
import dk.regeltjek.facts.Node;
import dk.regeltjek.facts.TreeReader;
import dk.regeltjek.facts.ValueConverter;
import dk.regeltjek.model.PackInfo;
import dk.regeltjek.model.PackInfo.Criterion;
import dk.regeltjek.model.PackInfo.Parameter;
import dk.regeltjek.model.PackInfo.Scenario;
import dk.regeltjek.model.PackInfo.SourceRef;
import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.model.SourceLocation;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a pack's {@code pack.yaml}. Every key is checked where it is written: an unknown key, a
 * value of the wrong shape or a reference to something the pack does not declare is a located
 * problem, never a crash later.
 */
final class PackYaml {
    private static final Set<String> KEYS = Set.of("title", "document", "source", "criteria", "parameters", "scenarios",
            "defaultScenario", "caseVerdict", "referenceDate", "include");
    private static final Set<String> CRITERION_KEYS = Set.of("title", "subject", "needs", "verdict", "from");
    private static final Set<String> PARAMETER_KEYS = Set.of("type", "unit", "default", "values", "byYear", "meaning",
            "source", "allowed");
    private static final Set<String> SOURCE_KEYS = Set.of("lines", "quote", "note");
    private static final Set<String> SCENARIO_KEYS = Set.of("description", "parameters");
    /** The case's verdict is the most severe status of all its outcomes. */
    static final String WORST = "worst";
    /** {@code "L73: indtastes og godkendes senest …"}: the short form of a parameter's source. */
    private static final Pattern SHORT_SOURCE = Pattern.compile("(L\\d+(?:\\s*[-–]\\s*L?\\d+)?)\\s*:\\s*(.+)", Pattern.DOTALL);

    static final Map<String, Class<?>> PARAMETER_TYPES = orderedTypes();

    private PackYaml() {
    }

    private static Map<String, Class<?>> orderedTypes() {
        Map<String, Class<?>> types = new LinkedHashMap<>();
        types.put("integer", Integer.class);
        types.put("decimal", BigDecimal.class);
        types.put("text", String.class);
        types.put("boolean", Boolean.class);
        types.put("date", LocalDate.class);
        return Collections.unmodifiableMap(types);
    }

    /**
     * The pack described by {@code file}; {@code contentHash} and {@code sourceChecksum} are computed by
     * the caller, and {@code packs} gives the packs its {@code include:} names.
     */
    static PackInfo read(Path file, String shownAs, String id, String contentHash, String sourceChecksum,
                         PackIncludes.Packs packs) {
        List<Node> documents = TreeReader.readDocuments(file, shownAs);
        if (documents.size() != 1) {
            throw bad(SourceLocation.of(shownAs), "pack.yaml must hold exactly one document", "remove the extra '---'");
        }
        Node.Mapping root = Fields.mapping(documents.get(0), "pack.yaml");
        Fields.onlyAllowed(root, KEYS, "key");
        String title = Fields.requiredText(root, "title", root.location(), "give the pack a title");
        PackIncludes.Taken included = PackIncludes.read(root, packs);
        Map<String, Criterion> criteria = criteria(root, included);
        Map<String, Parameter> parameters = parameters(root, included);
        Map<String, Scenario> scenarios = scenarios(root, parameters);
        String defaultScenario = Fields.text(root, "defaultScenario");
        if (defaultScenario != null && !scenarios.containsKey(defaultScenario)) {
            throw bad(root.get("defaultScenario").location(), "unknown scenario \"" + defaultScenario + "\""
                    + Fields.closest(defaultScenario, scenarios.keySet()), "declared scenarios: " + scenarios.keySet());
        }
        LocalDate referenceDate = root.get("referenceDate") == null ? null
                : (LocalDate) ValueConverter.convert(root.get("referenceDate"), LocalDate.class, () -> "referenceDate");
        if (referenceDate == null) {
            parameters.values().stream().filter(Parameter::isDated).findFirst().ifPresent(p -> {
                // an included parameter's place is another pack's pack.yaml; the referenceDate is missing here
                throw bad(included.parameters().containsKey(p.name()) ? root.location() : p.location(), "parameter "
                        + p.name() + " has dated values, but the pack has no referenceDate",
                        "add referenceDate: 2024-05-15 (the date a case without dato: is checked at)");
            });
        }
        return new PackInfo(id, title, Fields.text(root, "document"), Fields.text(root, "source"), included.includes(),
                criteria, parameters, scenarios, defaultScenario, caseVerdict(root, criteria), referenceDate, contentHash,
                sourceChecksum, root.location());
    }

    /** The included criteria first (in the order the includes list them), then the pack's own. */
    private static Map<String, Criterion> criteria(Node.Mapping root, PackIncludes.Taken included) {
        Node node = root.get("criteria");
        if (node == null && included.criteria().isEmpty()) {
            throw bad(root.location(), "missing \"criteria\"",
                    "list what the pack checks: criteria: { LP-1: { title: …, subject: Projekt } }");
        }
        List<Node.Entry> entries = node == null ? List.of()
                : List.copyOf(Fields.mapping(node, "criteria").entries().values());
        Map<String, Node.Mapping> written = new LinkedHashMap<>();
        included.criteria().keySet().forEach(id -> written.put(id, null));
        for (Node.Entry entry : entries) {
            Node.Mapping c = Fields.mapping(entry.value(), "criterion " + entry.key());
            Fields.onlyAllowed(c, CRITERION_KEYS, "key of a criterion");
            notIncluded(included.criteria().get(entry.key()), "criterion", entry);
            written.put(entry.key(), c);
        }
        Map<String, Criterion> criteria = new LinkedHashMap<>(included.criteria());
        for (Node.Entry entry : entries) {
            Node.Mapping c = written.get(entry.key());
            String subject = Fields.requiredText(c, "subject", c.location(), "name the declared type it is decided for");
            boolean verdict = flag(c, "verdict");
            List<String> from = names(c.get("from"), "criterion ids");
            if (verdict && c.get("from") == null) {
                throw bad(c.location(), "the verdict " + entry.key() + " does not say which criteria it is derived from",
                        "add from: [" + String.join(", ", written.keySet().stream().filter(k -> !k.equals(entry.key()))
                                .limit(3).toList()) + ", …] — only the listed criteria feed it");
            }
            if (!verdict && c.get("from") != null) {
                throw bad(c.get("from").location(), "only a verdict criterion has \"from\"",
                        "add verdict: true, or remove from:");
            }
            for (int i = 0; i < from.size(); i++) {
                String input = from.get(i);
                if (!written.containsKey(input) || input.equals(entry.key())) {
                    throw bad(((Node.Sequence) c.get("from")).items().get(i).location(), "the verdict " + entry.key()
                            + " is derived from \"" + input + "\", which is not another criterion of this pack"
                            + Fields.closest(input, written.keySet()), "criteria: " + String.join(", ", written.keySet()));
                }
            }
            criteria.put(entry.key(), new Criterion(entry.key(), Fields.requiredText(c, "title", c.location(),
                    "give the criterion a short Danish title"), subject, names(c.get("needs"), "field names"), verdict,
                    from, entry.keyLocation()));
        }
        return Collections.unmodifiableMap(criteria);
    }

    private static String caseVerdict(Node.Mapping root, Map<String, Criterion> criteria) {
        String named = Fields.text(root, "caseVerdict");
        if (named == null || named.equals(WORST)) {
            return null;
        }
        Criterion verdict = criteria.get(named);
        if (verdict == null || !verdict.verdict()) {
            List<String> verdicts = criteria.values().stream().filter(Criterion::verdict).map(Criterion::id).toList();
            throw bad(root.get("caseVerdict").location(), "caseVerdict must name a verdict criterion of this pack, not \""
                    + named + "\"" + Fields.closest(named, verdicts), "verdicts: " + (verdicts.isEmpty() ? "none"
                    : String.join(", ", verdicts)) + "; or write caseVerdict: worst (the most severe status of all outcomes)");
        }
        return verdict.id();
    }

    /** The included parameters first, then the pack's own. */
    private static Map<String, Parameter> parameters(Node.Mapping root, PackIncludes.Taken included) {
        Map<String, Parameter> parameters = new LinkedHashMap<>(included.parameters());
        if (root.get("parameters") == null) {
            return Collections.unmodifiableMap(parameters);
        }
        for (Node.Entry entry : Fields.mapping(root.get("parameters"), "parameters").entries().values()) {
            notIncluded(included.parameters().get(entry.key()), "parameter", entry);
            parameters.put(entry.key(), parameter(entry));
        }
        return Collections.unmodifiableMap(parameters);
    }

    /** An included criterion or parameter is not declared again: two texts of one thing could drift apart. */
    private static void notIncluded(Record included, String what, Node.Entry entry) {
        if (included != null) {
            SourceLocation there = included instanceof Criterion c ? c.location() : ((Parameter) included).location();
            throw bad(entry.keyLocation(), "the " + what + " " + entry.key() + " is included (include:), and declared "
                    + "here again", "remove it here: it is the one in " + there);
        }
    }

    private static Parameter parameter(Node.Entry entry) {
        String name = entry.key();
        Node.Mapping p = Fields.mapping(entry.value(), "parameter " + name);
        Fields.onlyAllowed(p, PARAMETER_KEYS, "key of a parameter");
        String type = Fields.requiredText(p, "type", p.location(), "one of " + String.join(", ", PARAMETER_TYPES.keySet()));
        Class<?> javaType = PARAMETER_TYPES.get(type);
        if (javaType == null) {
            throw bad(p.get("type").location(), "unknown parameter type \"" + type + "\"" + Fields.closest(type,
                    PARAMETER_TYPES.keySet()), "one of " + String.join(", ", PARAMETER_TYPES.keySet()));
        }
        List<String> given = List.of("default", "values", "byYear").stream().filter(k -> p.get(k) != null).toList();
        if (given.size() != 1) {
            throw bad(p.location(), "parameter " + name + (given.isEmpty() ? " has no value" : " gives both "
                    + String.join(" and ", given)), "give exactly one of: default: (one value), values: { 2024-01-01: … } "
                    + "(the value in force from each date) or byYear: { 2025: …, 2026: … } (a value per year)");
        }
        List<String> allowed = names(p.get("allowed"), "values");
        Object value = null;
        NavigableMap<LocalDate, Object> dated = null;
        Map<Integer, Object> byYear = null;
        if (p.get("default") != null) {
            value = value(name, javaType, allowed, p.get("default"));
        } else if (p.get("values") != null) {
            dated = new TreeMap<>();
            for (Node.Entry e : Fields.mapping(p.get("values"), "values of parameter " + name).entries().values()) {
                LocalDate from = (LocalDate) ValueConverter.convert(new Node.Scalar(e.key(), false, e.keyLocation()),
                        LocalDate.class, () -> "the date a value of parameter " + name + " is in force from");
                dated.put(from, value(name, javaType, allowed, e.value()));
            }
            if (dated.isEmpty()) {
                throw bad(p.get("values").location(), "parameter " + name + " has no dated values",
                        "write values: { 2024-01-01: … } (the value in force from each date), or default: …");
            }
            dated = Collections.unmodifiableNavigableMap(dated);
        } else {
            byYear = yearTable(name, javaType, allowed, p.get("byYear"));
        }
        String meaning = Fields.requiredText(p, "meaning", p.location(), "say in one line what the parameter means");
        return new Parameter(name, type, Fields.text(p, "unit"), value, dated, byYear, meaning, source(name, p), allowed,
                entry.keyLocation());
    }

    private static Map<Integer, Object> yearTable(String name, Class<?> javaType, List<String> allowed, Node node) {
        Map<Integer, Object> byYear = new TreeMap<>();
        for (Node.Entry e : Fields.mapping(node, "byYear of parameter " + name).entries().values()) {
            Integer year = (Integer) ValueConverter.convert(new Node.Scalar(e.key(), false, e.keyLocation()),
                    Integer.class, () -> "a year of parameter " + name);
            byYear.put(year, value(name, javaType, allowed, e.value()));
        }
        if (byYear.isEmpty()) {
            throw bad(node.location(), "parameter " + name + " has no years", "write byYear: { 2025: …, 2026: … }");
        }
        return Collections.unmodifiableMap(byYear);
    }

    /** {@code { lines: L92, quote: "…", note: "…" }} or the short form {@code "L92: …"}. */
    private static SourceRef source(String name, Node.Mapping p) {
        Node node = p.get("source");
        String hint = "cite the passage: source: { lines: L92, quote: \"the Danish text, verbatim\" } (add note: to "
                + "explain a reading the document leaves open)";
        if (node == null) {
            throw bad(p.location(), "parameter " + name + " has no source", hint);
        }
        if (node instanceof Node.Scalar s && !s.isNull()) {
            Matcher m = SHORT_SOURCE.matcher(s.text().trim());
            if (!m.matches()) {
                throw bad(node.location(), "the source of parameter " + name + " must give lines and a quote", hint
                        + ", or the short form \"L92: the Danish text\"");
            }
            return new SourceRef(m.group(1), m.group(2).trim(), null);
        }
        Node.Mapping ref = Fields.mapping(node, "the source of parameter " + name);
        Fields.onlyAllowed(ref, SOURCE_KEYS, "key of a source");
        return new SourceRef(Fields.requiredText(ref, "lines", ref.location(), hint),
                Fields.requiredText(ref, "quote", ref.location(), hint), Fields.text(ref, "note"));
    }

    private static Object value(String name, Class<?> javaType, List<String> allowed, Node node) {
        Object value = ValueConverter.convert(node, javaType, () -> "parameter " + name);
        checkAllowed(name, allowed, value, node);
        return value;
    }

    private static Map<String, Scenario> scenarios(Node.Mapping root, Map<String, Parameter> parameters) {
        Map<String, Scenario> scenarios = new LinkedHashMap<>();
        if (root.get("scenarios") == null) {
            return scenarios;
        }
        for (Node.Entry entry : Fields.mapping(root.get("scenarios"), "scenarios").entries().values()) {
            Node.Mapping s = Fields.mapping(entry.value(), "scenario " + entry.key());
            Fields.onlyAllowed(s, SCENARIO_KEYS, "key of a scenario");
            Map<String, Object> values = s.get("parameters") == null ? Map.of()
                    : overrides(Fields.mapping(s.get("parameters"), "parameters"), parameters);
            scenarios.put(entry.key(), new Scenario(entry.key(), Fields.text(s, "description"), values));
        }
        return Collections.unmodifiableMap(scenarios);
    }

    /**
     * Parameter values written by a scenario or a case, converted by the parameters' types: one
     * value (in force at every date), or for a parameter kept per year, a table of years.
     */
    static Map<String, Object> overrides(Node.Mapping written, Map<String, Parameter> parameters) {
        Fields.onlyAllowed(written, parameters.keySet(), "parameter");
        Map<String, Object> values = new LinkedHashMap<>();
        for (Node.Entry entry : written.entries().values()) {
            Parameter p = parameters.get(entry.key());
            Class<?> javaType = PARAMETER_TYPES.get(p.type());
            values.put(entry.key(), p.isByYear() ? yearTable(p.name(), javaType, p.allowed(), entry.value())
                    : value(p.name(), javaType, p.allowed(), entry.value()));
        }
        return Collections.unmodifiableMap(values);
    }

    private static void checkAllowed(String name, List<String> allowed, Object value, Node where) {
        if (!allowed.isEmpty() && value != null && !allowed.contains(String.valueOf(value))) {
            throw bad(where.location(), "parameter " + name + " cannot be \"" + value + "\"",
                    "allowed: " + String.join(", ", allowed));
        }
    }

    private static boolean flag(Node.Mapping mapping, String key) {
        String text = Fields.text(mapping, key);
        if (text == null || text.equals("false")) {
            return false;
        }
        if (text.equals("true")) {
            return true;
        }
        throw bad(mapping.get(key).location(), "\"" + key + "\" must be true or false, not \"" + text + "\"", null);
    }

    /** A list of names ({@code [a, b]}); anything else in it is a located problem. */
    private static List<String> names(Node node, String what) {
        List<String> names = new ArrayList<>();
        if (node == null) {
            return names;
        }
        if (!(node instanceof Node.Sequence seq)) {
            throw bad(node.location(), "expected a list of " + what + ", not " + Node.kind(node), "write [a, b]");
        }
        for (Node item : seq.items()) {
            if (!(item instanceof Node.Scalar s) || s.isNull() || s.text().isBlank()) {
                throw bad(item.location(), "expected one of the " + what + " here, not " + Node.kind(item), "write [a, b]");
            }
            names.add(s.text());
        }
        return List.copyOf(names);
    }

    private static RegeltjekException bad(SourceLocation where, String message, String hint) {
        return RegeltjekException.badRules(where, message, hint);
    }
}
