package dk.regeltjek.facts;

import dk.regeltjek.model.Expectation;
import dk.regeltjek.model.SourceLocation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A case as written, before its facts are typed: the engine converts {@code facts} by the
 * pack's declared types. {@code facts} maps a type name to its objects, each a located mapping.
 * {@code date} is the case's {@code dato:} (null when not given): the date its dated parameters are read at.
 */
public record RawCase(
        String name,
        String pack,
        SourceLocation packLocation,
        String scenario,
        SourceLocation scenarioLocation,
        LocalDate date,
        Node.Mapping parameters,
        Map<String, TypedFacts> facts,
        Expectation expect,
        SourceLocation location) {

    /**
     * The objects written for one type, and where the type's key stands; a case built in code gives
     * its objects as {@code given} instead, with their Java values (no text tree is made for them).
     */
    public record TypedFacts(String type, SourceLocation location, List<Node.Mapping> objects, List<Given> given) {
        public TypedFacts(String type, SourceLocation location, List<Node.Mapping> objects) {
            this(type, location, objects, List.of());
        }

        /** How many objects: written and given. */
        public int count() {
            return objects.size() + given.size();
        }
    }

    /**
     * An object a case built in code gives: field names and Java values, converted by the declared
     * types exactly as the same values written in a file (see {@link ValueConverter#convertGiven}).
     */
    public record Given(String[] keys, Object[] values, SourceLocation location) {
        /** The fields as given, in the order the map hands them out (copied: a later change of the map changes nothing). */
        public static Given of(Map<String, ?> fields, SourceLocation location) {
            String[] keys = new String[fields.size()];
            Object[] values = new Object[fields.size()];
            int[] at = {0};
            fields.forEach((key, value) -> {
                keys[at[0]] = key;
                values[at[0]++] = value;
            });
            return new Given(keys, values, location);
        }
    }
}
