package dk.regeltjek.engine;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kie.api.definition.type.FactField;
import org.kie.api.definition.type.FactType;

/** A type declared in DRL, with the field annotations regeltjek reads (@name, @required, @text). */
final class DeclaredType {
    final FactType factType;
    final Map<String, FactField> fields;
    final String nameField;
    /** Wrapper fields Drools starts at 0 or false; a value not written must be cleared to null. */
    final List<String> defaultedFields;

    DeclaredType(FactType factType) {
        this.factType = factType;
        this.fields = factType.getFields().stream()
                .collect(Collectors.toMap(FactField::getName, f -> f, (a, b) -> a, java.util.LinkedHashMap::new));
        this.nameField = fields.values().stream().filter(f -> has(f, "name")).map(FactField::getName).findFirst().orElse(null);
        this.defaultedFields = defaultedFields(factType);
    }

    private static List<String> defaultedFields(FactType factType) {
        try {
            Object probe = factType.newInstance();
            return factType.getFields().stream()
                    .filter(f -> !f.getType().isPrimitive() && factType.get(probe, f.getName()) != null)
                    .map(FactField::getName).toList();
        } catch (ReflectiveOperationException e) {
            return factType.getFields().stream().filter(f -> !f.getType().isPrimitive()).map(FactField::getName).toList();
        }
    }

    String simpleName() {
        return factType.getSimpleName();
    }

    static boolean has(FactField field, String annotation) {
        return field.getMetaData() != null && field.getMetaData().containsKey(annotation);
    }

    /** The Danish wording of a field from {@code @text}, or its name. */
    static String text(FactField field) {
        Object text = field.getMetaData() == null ? null : field.getMetaData().get("text");
        if (text == null) {
            return field.getName();
        }
        String s = text.toString();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    List<FactField> required() {
        return fields.values().stream().filter(f -> has(f, "required")).toList();
    }

    /** "navn (projektnavn): a text, …" — the allowed fields for an error hint. */
    String describeFields() {
        return fields.values().stream()
                .map(f -> f.getName() + (text(f).equals(f.getName()) ? "" : " (" + text(f) + ")") + ": "
                        + dk.regeltjek.facts.ValueConverter.describe(f.getType()))
                .collect(Collectors.joining("; "));
    }
}
