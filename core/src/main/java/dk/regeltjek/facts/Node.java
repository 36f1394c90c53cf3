package dk.regeltjek.facts;

import dk.regeltjek.model.SourceLocation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML, JSON or CSV value with the place it was written. Scalars keep their text exactly as
 * written, so values are converted by the declared field type rather than by YAML's guess.
 */
public sealed interface Node {

    SourceLocation location();

    /**
     * A single value; {@code isNull} for {@code ~}, {@code null} or an empty value. {@code value}
     * is the Java object a case built in code gave (null for text read from a file): when it
     * already has the field's type it is used as is, otherwise its text is converted like a file's.
     * {@code notation} says how its numbers, dates and yes/no are written.
     */
    record Scalar(String text, boolean isNull, SourceLocation location, Object value, Notation notation) implements Node {
        public Scalar(String text, boolean isNull, SourceLocation location) {
            this(text, isNull, location, null, Notation.CASE_FILE);
        }

        public Scalar(String text, boolean isNull, SourceLocation location, Object value) {
            this(text, isNull, location, value, Notation.CASE_FILE);
        }
    }

    /** How a scalar's numbers, dates and yes/no are written, by where it was read. */
    enum Notation {
        /** A case file: {@link Numbers#parsePlain}, {@link Dates#parse}. */
        CASE_FILE,
        /** A comma-separated CSV that shows its dot is a decimal point: {@link Numbers#parseWithDecimalPoint}. */
        DECIMAL_POINT,
        /** A Danish Excel export: {@link Numbers#parseDanish}, {@link Dates#parseDanishExcel}, SAND/FALSK. */
        DANISH_EXCEL
    }

    /** Marks a map its maker hands over to a {@link Mapping}, which then keeps it as it is. */
    final class Owned extends java.util.AbstractMap<String, Node.Entry> {
        private final LinkedHashMap<String, Node.Entry> map;

        Owned(LinkedHashMap<String, Node.Entry> map) {
            this.map = map;
        }

        @Override
        public java.util.Set<Map.Entry<String, Node.Entry>> entrySet() {
            return map.entrySet();
        }
    }

    record Sequence(List<Node> items, SourceLocation location) implements Node {
    }

    /** A mapping in the order written; keys are unique (a repeated key is a read error). */
    record Mapping(Map<String, Entry> entries, SourceLocation location) implements Node {

        public Mapping {
            entries = entries instanceof Owned owned ? owned.map : new LinkedHashMap<String, Entry>(entries);
        }

        /** A mapping of entries a reader made and hands over: kept, not copied (a case file has thousands). */
        static Mapping owned(LinkedHashMap<String, Entry> entries, SourceLocation location) {
            return new Mapping(new Owned(entries), location);
        }

        public Node get(String key) {
            Entry entry = entries.get(key);
            return entry == null ? null : entry.value();
        }
    }

    record Entry(String key, SourceLocation keyLocation, Node value) {
    }

    /**
     * The node of a value a case built in code gives: null is an empty value, a collection a list,
     * an enum constant its name, anything else its text ({@link BigDecimal#toPlainString()}) with the
     * value kept beside it.
     */
    static Node given(Object value, SourceLocation at) {
        if (value == null) {
            return new Scalar("", true, at);
        }
        if (value instanceof java.util.Collection<?> items) {
            List<Node> nodes = new java.util.ArrayList<>();
            items.forEach(item -> nodes.add(given(item, at)));
            return new Sequence(nodes, at);
        }
        if (value instanceof Enum<?> e) {
            return new Scalar(e.name(), false, at);
        }
        String text = value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString();
        return new Scalar(text, false, at, value);
    }

    /** How the node reads in a message: "a text", "a list", "a mapping". */
    static String kind(Node node) {
        if (node instanceof Scalar s) {
            return s.isNull() ? "an empty value" : "the value \"" + s.text() + "\"";
        }
        return node instanceof Sequence ? "a list" : "a mapping";
    }
}
