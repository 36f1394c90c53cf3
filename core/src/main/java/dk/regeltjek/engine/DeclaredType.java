package dk.regeltjek.engine;

import dk.regeltjek.facts.ValueConverter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kie.api.definition.type.FactField;
import org.kie.api.definition.type.FactType;

/**
 * A type declared in DRL, with the field annotations regeltjek reads (@name, @required, @text,
 * @unit). A subtype ({@code declare B extends A}) inherits them: Drools keeps them only on A.
 */
final class DeclaredType {
    final FactType factType;
    final Map<String, FactField> fields;
    /** The field marked @name, which names a fact in reports, or null. */
    final FactField nameFact;
    /** Every field a case may write, by name, numbered for the per-fact bookkeeping of {@link FactMapper}. */
    final Map<String, Slot> slots = new HashMap<>();
    /** The same, in declaration order. */
    final List<Slot> slotList;
    /** The slots a fact may not simply leave out: required ones, and wrappers Drools starts at 0 or false. */
    final List<Slot> checkedWhenMissing;
    /** Makes an empty fact; looked up once (Class.newInstance checks its caller on every call). */
    private final java.lang.invoke.MethodHandle constructor;
    /** Their names, interned, in the same order. */
    private final String[] slotNames;

    /**
     * A field a case may write: {@code defaulted} if it is a wrapper Drools starts at 0 or false (a
     * value not written must be cleared to null), {@code required} if marked @required.
     */
    record Slot(String name, FactField field, int index, boolean defaulted, boolean required,
                java.util.function.Supplier<String> what, Class<?> javaType, Object[] enumConstants) {

        /** The constant of an enum field named exactly {@code text}, or null (then the converter says why). */
        Object enumConstant(String text) {
            if (enumConstants != null) {
                for (Object constant : enumConstants) {
                    if (((Enum<?>) constant).name().equals(text)) {
                        return constant;
                    }
                }
            }
            return null;
        }
    }
    /** The hidden case number (see {@link CaseScoping}), or null in a type that has none. */
    private final FactField caseField;
    private final Map<String, Map<String, Object>> annotations;
    /** Asked for every fact a case writes; Drools computes it anew each time. */
    private final String simpleName;

    /** {@code supertypes} finds the declared type of a class name, or null for other classes. */
    DeclaredType(FactType factType, Function<String, FactType> supertypes) {
        this.factType = factType;
        this.simpleName = factType.getSimpleName();
        this.caseField = factType.getField(CaseScoping.CASE_FIELD);
        this.fields = factType.getFields().stream().filter(f -> !f.getName().equals(CaseScoping.CASE_FIELD))
                .collect(Collectors.toMap(FactField::getName, f -> f, (a, b) -> a, LinkedHashMap::new));
        this.annotations = annotations(factType, supertypes);
        this.nameFact = fields.values().stream().filter(f -> has(f.getName(), "name")).findFirst().orElse(null);
        List<FactField> defaulted = defaultedFields(factType);
        for (FactField field : fields.values()) {
            // interned, as the keys of cases built in code usually are (literals): a lookup then matches by identity
            String what = simpleName + "." + field.getName();
            String name = field.getName().intern();
            slots.put(name, new Slot(name, field, slots.size(), defaulted.contains(field), has(field.getName(), "required"),
                    () -> what, field.getType(), field.getType().getEnumConstants()));
        }
        this.slotList = slots.values().stream().sorted(java.util.Comparator.comparingInt(Slot::index)).toList();
        this.checkedWhenMissing = slotList.stream().filter(slot -> slot.required() || slot.defaulted()).toList();
        this.constructor = constructor(factType);
        this.slotNames = slotList.stream().map(Slot::name).toArray(String[]::new);
    }

    /**
     * The slot named {@code key}, or null. Cases usually write fields in declaration order and with
     * interned names (literals, Jackson's keys), so the slots from the one after {@code previous} on
     * are compared by identity first: cheaper than hashing, since a run looks up every field it reads.
     */
    Slot slot(String key, Slot previous) {
        int n = slotNames.length;
        int next = previous == null ? 0 : previous.index() + 1;
        for (int k = 0; k < n; k++) {
            int i = next + k < n ? next + k : next + k - n;
            if (slotNames[i] == key) {
                return slotList.get(i);
            }
        }
        return slots.get(key);
    }

    /** A new, empty fact of this type. */
    Object newFact() {
        try {
            return constructor.invoke();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot create " + simpleName, e);
        }
    }

    private static java.lang.invoke.MethodHandle constructor(FactType factType) {
        try {
            return java.lang.invoke.MethodHandles.publicLookup().findConstructor(factType.getFactClass(),
                    java.lang.invoke.MethodType.methodType(void.class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + factType.getName(), e);
        }
    }

    /** Puts a fact into case {@code number} of a batch; the rules of a scoped pack join on it. */
    void setCase(Object fact, long number) {
        if (caseField != null) {
            set(fact, caseField, number);
        }
    }

    /** The case number of a fact of this type (0 outside a batch, and for facts a rule made). */
    long caseOf(Object fact) {
        return caseField == null ? 0 : ((Number) get(fact, caseField)).longValue();
    }

    void set(Object fact, FactField field, Object value) {
        DroolsInternals.set(factType, field, fact, value);
    }

    Object get(Object fact, FactField field) {
        return DroolsInternals.get(factType, field, fact);
    }

    private static Map<String, Map<String, Object>> annotations(FactType type, Function<String, FactType> supertypes) {
        Map<String, Map<String, Object>> result = new HashMap<>();
        for (FactType t = type; t != null; t = t.getSuperClass() == null ? null : supertypes.apply(t.getSuperClass())) {
            for (FactField field : t.getFields()) {
                Map<String, Object> merged = result.computeIfAbsent(field.getName(), k -> new HashMap<>());
                if (field.getMetaData() != null) {
                    field.getMetaData().forEach(merged::putIfAbsent);
                }
            }
        }
        return result;
    }

    private static List<FactField> defaultedFields(FactType factType) {
        try {
            Object probe = factType.newInstance();
            return factType.getFields().stream()
                    .filter(f -> !f.getType().isPrimitive() && factType.get(probe, f.getName()) != null).toList();
        } catch (ReflectiveOperationException e) {
            return factType.getFields().stream().filter(f -> !f.getType().isPrimitive()).toList();
        }
    }

    String simpleName() {
        return simpleName;
    }

    boolean has(String field, String annotation) {
        return annotations.getOrDefault(field, Map.of()).containsKey(annotation);
    }

    /** The Danish wording of a field from {@code @text}, or its name. */
    String text(String field) {
        Object text = annotations.getOrDefault(field, Map.of()).get("text");
        if (text == null) {
            return field;
        }
        String s = text.toString();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    /** "navn (projektnavn): a text; …" — the allowed fields for an error hint. */
    String describeFields() {
        return fields.values().stream()
                .map(f -> f.getName() + (text(f.getName()).equals(f.getName()) ? "" : " (" + text(f.getName()) + ")") + ": "
                        + ValueConverter.describe(f.getType()))
                .collect(Collectors.joining("; "));
    }
}
