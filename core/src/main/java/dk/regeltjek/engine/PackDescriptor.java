package dk.regeltjek.engine;

import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.model.SourceLocation;
import dk.regeltjek.facts.Fields;
import dk.regeltjek.facts.Node;
import dk.regeltjek.facts.TreeReader;
import dk.regeltjek.facts.ValueConverter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A pack's {@code pack.yaml}: what the pack checks (criteria, in report order), the parameters the
 * documents leave open and the named scenarios that set them.
 */
public record PackDescriptor(
        String id,
        String title,
        String document,
        String source,
        Map<String, Criterion> criteria,
        Map<String, Parameter> parameters,
        Map<String, Scenario> scenarios,
        String defaultScenario,
        SourceLocation location) {

    /** A criterion the rules decide for every fact of type {@code subject}. */
    public record Criterion(String id, String title, String subject, List<String> needs, boolean verdict,
                            SourceLocation location) {
    }

    /** A named, documented parameter with its default. */
    public record Parameter(String name, String type, Object defaultValue, String meaning, String source,
                            List<String> allowed) {
    }

    /** A named set of parameter values, e.g. today's rules or a proposed revision. */
    public record Scenario(String name, String description, Map<String, Object> parameters) {
    }

    private static final Set<String> KEYS = Set.of("title", "document", "source", "criteria", "parameters", "scenarios",
            "defaultScenario");
    private static final Set<String> CRITERION_KEYS = Set.of("title", "subject", "needs", "verdict");
    private static final Set<String> PARAMETER_KEYS = Set.of("type", "default", "meaning", "source", "allowed");
    private static final Set<String> SCENARIO_KEYS = Set.of("description", "parameters");
    private static final Map<String, Class<?>> PARAMETER_TYPES = Map.of("integer", Integer.class, "decimal",
            BigDecimal.class, "text", String.class, "boolean", Boolean.class, "date", LocalDate.class);

    public static PackDescriptor read(Path file, String shownAs, String id) {
        List<Node> documents = TreeReader.readDocuments(file, shownAs);
        if (documents.size() != 1) {
            throw RegeltjekException.badRules(SourceLocation.of(shownAs), "pack.yaml must hold exactly one document", null);
        }
        Node.Mapping root = Fields.mapping(documents.get(0), "pack.yaml");
        Fields.onlyAllowed(root, KEYS, "key");
        String title = Fields.requiredText(root, "title", root.location(), "give the pack a title");
        Map<String, Criterion> criteria = criteria(root);
        Map<String, Parameter> parameters = parameters(root);
        Map<String, Scenario> scenarios = scenarios(root, parameters);
        String defaultScenario = Fields.text(root, "defaultScenario");
        if (defaultScenario != null && !scenarios.containsKey(defaultScenario)) {
            throw RegeltjekException.badInput(root.get("defaultScenario").location(), "unknown scenario \"" + defaultScenario
                    + "\"", "declared scenarios: " + scenarios.keySet());
        }
        return new PackDescriptor(id, title, Fields.text(root, "document"), Fields.text(root, "source"), criteria,
                parameters, scenarios, defaultScenario, root.location());
    }

    private static Map<String, Criterion> criteria(Node.Mapping root) {
        Node node = root.get("criteria");
        if (node == null) {
            throw RegeltjekException.badInput(root.location(), "missing \"criteria\"",
                    "list what the pack checks: criteria: { LP-1: { title: …, subject: Projekt } }");
        }
        Map<String, Criterion> criteria = new LinkedHashMap<>();
        for (Node.Entry entry : Fields.mapping(node, "criteria").entries().values()) {
            Node.Mapping c = Fields.mapping(entry.value(), "criterion " + entry.key());
            Fields.onlyAllowed(c, CRITERION_KEYS, "key of a criterion");
            String subject = Fields.requiredText(c, "subject", c.location(), "name the declared type it is decided for");
            boolean verdict = "true".equals(Fields.text(c, "verdict"));
            criteria.put(entry.key(), new Criterion(entry.key(), Fields.requiredText(c, "title", c.location(),
                    "give the criterion a short Danish title"), subject, texts(c.get("needs")), verdict, entry.keyLocation()));
        }
        return Collections.unmodifiableMap(criteria);
    }

    private static Map<String, Parameter> parameters(Node.Mapping root) {
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        if (root.get("parameters") == null) {
            return parameters;
        }
        for (Node.Entry entry : Fields.mapping(root.get("parameters"), "parameters").entries().values()) {
            Node.Mapping p = Fields.mapping(entry.value(), "parameter " + entry.key());
            Fields.onlyAllowed(p, PARAMETER_KEYS, "key of a parameter");
            String type = Fields.requiredText(p, "type", p.location(), "one of " + PARAMETER_TYPES.keySet());
            Class<?> javaType = PARAMETER_TYPES.get(type);
            if (javaType == null) {
                throw RegeltjekException.badInput(p.get("type").location(), "unknown parameter type \"" + type + "\"",
                        "one of " + PARAMETER_TYPES.keySet());
            }
            Node defaultNode = p.get("default");
            if (defaultNode == null) {
                throw RegeltjekException.badInput(p.location(), "parameter " + entry.key() + " has no default",
                        "give the documents' value, or the most cautious reading, as default");
            }
            String meaning = Fields.requiredText(p, "meaning", p.location(), "say in one line what the parameter means");
            List<String> allowed = texts(p.get("allowed"));
            Parameter parameter = new Parameter(entry.key(), type,
                    ValueConverter.convert(defaultNode, javaType, () -> "parameter " + entry.key()), meaning, Fields.text(p, "source"),
                    allowed);
            checkAllowed(parameter, parameter.defaultValue(), defaultNode);
            parameters.put(entry.key(), parameter);
        }
        return Collections.unmodifiableMap(parameters);
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
                    : parameterValues(Fields.mapping(s.get("parameters"), "parameters"), parameters);
            scenarios.put(entry.key(), new Scenario(entry.key(), Fields.text(s, "description"), values));
        }
        return Collections.unmodifiableMap(scenarios);
    }

    /** Converts written parameter values by their declared types; unknown names are refused. */
    public static Map<String, Object> parameterValues(Node.Mapping written, Map<String, Parameter> parameters) {
        Fields.onlyAllowed(written, parameters.keySet(), "parameter");
        Map<String, Object> values = new LinkedHashMap<>();
        for (Node.Entry entry : written.entries().values()) {
            Parameter p = parameters.get(entry.key());
            Object value = ValueConverter.convert(entry.value(), PARAMETER_TYPES.get(p.type()), () -> "parameter " + p.name());
            checkAllowed(p, value, entry.value());
            values.put(entry.key(), value);
        }
        return values;
    }

    /** A parameter with {@code allowed} values refuses any other, listing the allowed ones. */
    private static void checkAllowed(Parameter p, Object value, Node where) {
        if (!p.allowed().isEmpty() && value != null && !p.allowed().contains(String.valueOf(value))) {
            throw RegeltjekException.badInput(where.location(), "parameter " + p.name() + " cannot be \"" + value + "\"",
                    "allowed: " + String.join(", ", p.allowed()));
        }
    }

    private static List<String> texts(Node node) {
        List<String> texts = new ArrayList<>();
        if (node == null) {
            return texts;
        }
        if (!(node instanceof Node.Sequence seq)) {
            throw RegeltjekException.badInput(node.location(), "expected a list of field names", "write [felt1, felt2]");
        }
        for (Node item : seq.items()) {
            texts.add(((Node.Scalar) item).text());
        }
        return texts;
    }

    /** The parameter values for a case: defaults, then the scenario's, then the case's own. */
    public Map<String, Object> resolve(String scenario, Map<String, Object> overrides) {
        Map<String, Object> values = new LinkedHashMap<>();
        parameters.values().forEach(p -> values.put(p.name(), p.defaultValue()));
        if (scenario != null) {
            values.putAll(scenarios.get(scenario).parameters());
        }
        values.putAll(overrides);
        return values;
    }
}
