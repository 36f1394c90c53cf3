package dk.regeltjek.engine;

import dk.regeltjek.model.FactRef;
import dk.regeltjek.model.PackInfo;
import dk.regeltjek.model.Problem;
import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.model.SourceLocation;
import dk.regeltjek.facts.Fields;
import dk.regeltjek.facts.Node;
import dk.regeltjek.facts.RawCase;
import dk.regeltjek.facts.ValueConverter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.type.FactField;

/** Turns a case's written facts into instances of the pack's declared types, remembering where each was written. */
final class FactMapper {
    private FactMapper() {
    }

    /** The facts in the order written, and for each its {@link FactRef}. */
    record Mapped(List<Object> facts, List<FactRef> refs, Map<Object, Integer> positions) {
        /** Up to this many facts a case is searched by identity; a map per case would cost more. */
        private static final int SCANNED = 16;

        Mapped(List<Object> facts, List<FactRef> refs) {
            this(facts, refs, facts.size() <= SCANNED ? null : positionsOf(facts));
        }

        private static Map<Object, Integer> positionsOf(List<Object> facts) {
            Map<Object, Integer> positions = new IdentityHashMap<>(facts.size());
            for (int i = 0; i < facts.size(); i++) {
                positions.put(facts.get(i), i);
            }
            return positions;
        }

        /** Where {@code fact} was written among the case's facts, or -1 for a fact a rule derived. */
        int positionOf(Object fact) {
            if (positions != null) {
                Integer at = positions.get(fact);
                return at == null ? -1 : at;
            }
            for (int i = 0; i < facts.size(); i++) {
                if (facts.get(i) == fact) {
                    return i;
                }
            }
            return -1;
        }

        /** Where {@code fact} was written, or null for a fact a rule derived. */
        FactRef refOf(Object fact) {
            int at = positionOf(fact);
            return at < 0 ? null : refs.get(at);
        }
    }

    static Mapped map(CompiledPack pack, RawCase rawCase) {
        int count = 0;
        for (RawCase.TypedFacts typed : rawCase.facts().values()) {
            count += typed.count();
        }
        List<Object> facts = new ArrayList<>(count);
        List<FactRef> refs = new ArrayList<>(count);
        // every mistake of the case at once: an analyst fixing a file should not meet them one run at a time
        List<Problem> problems = new ArrayList<>();
        for (RawCase.TypedFacts typed : rawCase.facts().values()) {
            DeclaredType type = pack.types.get(typed.type());
            if (type == null) {
                problems.add(new Problem(typed.location(), "unknown fact type \"" + typed.type() + "\""
                        + Fields.closest(typed.type(), pack.types.keySet()), "the pack " + pack.info.id()
                        + " declares: " + String.join(", ", pack.types.keySet())));
                continue;
            }
            int index = 0;
            NamesSeen named = type.nameFact == null || typed.count() < 2 || !isSubject(pack, type) ? null : new NamesSeen();
            for (Node.Mapping object : typed.objects()) {
                Object fact = instantiate(type, object, problems);
                facts.add(fact);
                refs.add(reference(type, fact, ++index, object.location(), named, problems));
            }
            for (RawCase.Given object : typed.given()) {
                Object fact = instantiate(type, object, problems);
                facts.add(fact);
                refs.add(reference(type, fact, ++index, object.location(), named, problems));
            }
        }
        if (!problems.isEmpty()) {
            throw new RegeltjekException(RegeltjekException.Kind.BAD_INPUT, problems);
        }
        return new Mapped(facts, refs);
    }

    /** How results name the fact; a second subject of the same name is refused when {@code named} tracks them. */
    private static FactRef reference(DeclaredType type, Object fact, int index, SourceLocation location,
                                     NamesSeen named, List<Problem> problems) {
        if (named != null) {
            refuseRepeatedName(type, fact, location, named, problems);
        }
        return new FactRef(type.simpleName(), name(type, fact, index), location);
    }

    /** The names of a case's subjects of one type so far: a few compared in turn, many by hash. */
    private static final class NamesSeen {
        private static final int LISTED = 16;
        private final List<Object> names = new ArrayList<>();
        private final List<SourceLocation> places = new ArrayList<>();
        private Map<Object, SourceLocation> byName;

        /** Where {@code name} was seen first, or null when it is new (and is then remembered at {@code at}). */
        SourceLocation putIfAbsent(Object name, SourceLocation at) {
            if (byName != null) {
                return byName.putIfAbsent(name, at);
            }
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).equals(name)) {
                    return places.get(i);
                }
            }
            names.add(name);
            places.add(at);
            if (names.size() > LISTED) {
                byName = new HashMap<>();
                for (int i = 0; i < names.size(); i++) {
                    byName.put(names.get(i), places.get(i));
                }
            }
            return null;
        }
    }

    /** Whether criteria are decided for facts of {@code type} (it or a supertype is a criterion's subject). */
    private static boolean isSubject(CompiledPack pack, DeclaredType type) {
        for (PackInfo.Criterion criterion : pack.info.criteria().values()) {
            DeclaredType subject = pack.types.get(criterion.subject());
            if (subject != null && subject.factType.getFactClass().isAssignableFrom(type.factType.getFactClass())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two subjects of one type with the same name would be one subject in reports and in
     * {@code expect}; the second is refused, naming where the first is.
     */
    private static void refuseRepeatedName(DeclaredType type, Object fact, SourceLocation at, NamesSeen named,
                                           List<Problem> problems) {
        Object name = type.get(fact, type.nameFact);
        if (name == null) {
            return;
        }
        SourceLocation first = named.putIfAbsent(name, at);
        if (first != null) {
            String where = first.file().equals(at.file()) ? "line " + first.line() : first.toString();
            problems.add(new Problem(at, "a second " + type.simpleName() + " is named \"" + name + "\" (the first is at "
                    + where + ")", "give each " + type.simpleName() + " its own " + type.nameFact.getName()
                    + ", or remove the repeated one"));
        }
    }

    /** The fact {@code object} describes; its mistakes go to {@code problems}. */
    private static Object newFact(DeclaredType type) {
        return type.newFact();
    }

    private static Object instantiate(DeclaredType type, Node.Mapping object, List<Problem> problems) {
        Object fact = newFact(type);
        boolean[] given = new boolean[type.slots.size()];
        DeclaredType.Slot slot = null;
        for (Node.Entry entry : object.entries().values()) {
            DeclaredType.Slot previous = slot;
            slot = type.slot(entry.key(), previous);
            if (slot == null) {
                slot = previous;
                problems.add(new Problem(entry.keyLocation(), type.simpleName() + " has no field \"" + entry.key()
                        + "\"" + Fields.closest(entry.key(), type.fields.keySet()), "its fields are: " + type.describeFields()));
                continue;
            }
            FactField field = slot.field();
            Object value;
            try {
                value = ValueConverter.convert(entry.value(), slot.javaType(), slot.what());
            } catch (RegeltjekException e) {
                problems.addAll(e.problems());
                given[slot.index()] = true; // its own mistake is reported; not missing as well
                continue;
            }
            if (slot.required() && value instanceof String text && text.isBlank()) {
                problems.add(new Problem(entry.value().location(), type.simpleName() + " is missing the required field \""
                        + field.getName() + "\" (" + type.text(field.getName()) + "): it is written empty", "give "
                        + field.getName() + " a value: " + type.text(field.getName())));
                given[slot.index()] = true; // written empty: not missing as well
                continue;
            }
            if (value != null) {
                type.set(fact, field, value);
                given[slot.index()] = true;
            }
        }
        finish(type, fact, given, object.location(), problems);
        return fact;
    }

    /** The fields not given: a required one is a mistake, a wrapper Drools started at 0 or false is cleared. */
    private static void finish(DeclaredType type, Object fact, boolean[] given, SourceLocation at, List<Problem> problems) {
        for (DeclaredType.Slot slot : type.checkedWhenMissing) {
            if (given[slot.index()]) {
                continue;
            }
            if (slot.required()) {
                FactField field = slot.field();
                problems.add(new Problem(at, type.simpleName() + " is missing the required field \""
                        + field.getName() + "\" (" + type.text(field.getName()) + ")", "add " + field.getName() + ": "
                        + ValueConverter.describe(field.getType())));
                continue;
            }
            // Drools starts declared Integer fields at 0 and Boolean at false; a value not written (or
            // written empty, `~`) must be missing, or a criterion would be decided on a value nobody gave.
            if (slot.defaulted()) {
                type.set(fact, slot.field(), null);
            }
        }
    }

    /** The fact a case built in code gives, as {@link #instantiate(DeclaredType, Node.Mapping, List)} makes a written one. */
    private static Object instantiate(DeclaredType type, RawCase.Given object, List<Problem> problems) {
        Object fact = newFact(type);
        boolean[] given = new boolean[type.slots.size()];
        String[] keys = object.keys();
        Object[] values = object.values();
        SourceLocation at = object.location();
        DeclaredType.Slot slot = null;
        for (int i = 0; i < keys.length; i++) {
            DeclaredType.Slot previous = slot;
            slot = type.slot(keys[i], previous);
            if (slot == null) {
                slot = previous;
                problems.add(new Problem(at, type.simpleName() + " has no field \"" + keys[i]
                        + "\"" + Fields.closest(keys[i], type.fields.keySet()), "its fields are: " + type.describeFields()));
                continue;
            }
            Object value = values[i] instanceof String text ? slot.enumConstant(text) : null;
            try {
                if (value == null) {
                    value = ValueConverter.convertGiven(values[i], slot.javaType(), slot.what(), at);
                }
            } catch (RegeltjekException e) {
                problems.addAll(e.problems());
                given[slot.index()] = true; // its own mistake is reported; not missing as well
                continue;
            }
            if (slot.required() && value instanceof String text && text.isBlank()) {
                FactField field = slot.field();
                problems.add(new Problem(at, type.simpleName() + " is missing the required field \""
                        + field.getName() + "\" (" + type.text(field.getName()) + "): it is written empty", "give "
                        + field.getName() + " a value: " + type.text(field.getName())));
                given[slot.index()] = true; // written empty: not missing as well
                continue;
            }
            if (value != null) {
                type.set(fact, slot.field(), value);
                given[slot.index()] = true;
            }
        }
        finish(type, fact, given, at, problems);
        return fact;
    }

    static String name(DeclaredType type, Object fact, int index) {
        if (type.nameFact != null) {
            Object name = type.get(fact, type.nameFact);
            if (name != null) {
                return name.toString();
            }
        }
        return type.simpleName() + " " + index;
    }
}
