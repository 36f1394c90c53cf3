package dk.regeltjek.facts;

import dk.regeltjek.model.RegeltjekException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Converts a written value to the Java type of the field it is for. The text as written decides,
 * never YAML's guess: {@code NO} is the text "NO" in a text field and false only in a yes/no field.
 */
public final class ValueConverter {
    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private ValueConverter() {
    }

    /** Types whose Java values a case built in code may hand over unchanged (all immutable). */
    private static boolean isPlainValueType(Class<?> type) {
        return type == String.class || type == BigDecimal.class || type == Integer.class || type == Long.class
                || type == Double.class || type == Boolean.class || type == LocalDate.class;
    }

    /**
     * The value of {@code node} as a {@code type}. {@code what} names the field in messages, e.g.
     * "Projekt.bruttoanlaeg2025"; it is only asked for when the value is wrong, since a run converts
     * millions of values and building each name would cost more than converting.
     */
    public static Object convert(Node node, Class<?> type, Supplier<String> what) {
        if (node instanceof Node.Scalar s && s.isNull()) {
            return null;
        }
        if (List.class.isAssignableFrom(type)) {
            return list(node, what);
        }
        if (!(node instanceof Node.Scalar scalar)) {
            throw wrong(node, what, "a single value", describe(type));
        }
        if (scalar.value() != null && type.isInstance(scalar.value()) && isPlainValueType(type)) {
            return scalar.value(); // given in code with the right type: nothing to parse
        }
        String text = scalar.text().trim();
        try {
            if (type == String.class) {
                return scalar.text();
            }
            if (type == BigDecimal.class) {
                return new BigDecimal(number(text));
            }
            if (type == Integer.class || type == int.class) {
                return Integer.valueOf(number(text));
            }
            if (type == Long.class || type == long.class) {
                return Long.valueOf(number(text));
            }
            if (type == Double.class || type == double.class) {
                return Double.valueOf(number(text));
            }
            if (type == Boolean.class || type == boolean.class) {
                return bool(text, scalar, what);
            }
            if (type == LocalDate.class) {
                return date(text);
            }
            if (type.isEnum()) {
                return enumConstant(type, text, scalar, what);
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            throw wrong(node, what, "\"" + scalar.text() + "\"", describe(type));
        }
        throw RegeltjekException.badInput(node.location(), what.get() + " has the type " + type.getName()
                + ", which a case file cannot fill", "declare the field as String, Integer, BigDecimal, Boolean, LocalDate, an enum or List");
    }

    /** ISO {@code 2026-12-31} (parsed by hand: case files hold thousands of dates) or Danish {@code 31/12/2026}. */
    private static LocalDate date(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            try {
                return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                        Integer.parseInt(text, 8, 10, 10));
            } catch (java.time.DateTimeException e) {
                throw new DateTimeParseException(e.getMessage(), text, 0);
            }
        }
        return text.contains("/") ? LocalDate.parse(text, DANISH_DATE) : LocalDate.parse(text);
    }

    /** The expected form of a type, for messages: "a whole number (e.g. 12)". */
    public static String describe(Class<?> type) {
        if (type == String.class) {
            return "a text";
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class) {
            return "a number (e.g. 20000000 or 12.5, with a dot for decimals)";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number (e.g. 12)";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false (ja/nej)";
        }
        if (type == LocalDate.class) {
            return "a date (2026-12-31 or 31/12/2026)";
        }
        if (type.isEnum()) {
            return "one of " + constants(type);
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        return type.getSimpleName();
    }

    private static String number(String text) {
        String plain = text.replace("_", "");
        if (plain.isEmpty() || plain.contains(",")) {
            throw new NumberFormatException(text);
        }
        return plain;
    }

    private static Boolean bool(String text, Node.Scalar scalar, Supplier<String> what) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "true": case "ja": case "yes":
                return Boolean.TRUE;
            case "false": case "nej": case "no":
                return Boolean.FALSE;
            default:
                throw wrong(scalar, what, "\"" + scalar.text() + "\"", describe(Boolean.class));
        }
    }

    private static Object enumConstant(Class<?> type, String text, Node.Scalar scalar, Supplier<String> what) {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(text)) {
                return constant;
            }
        }
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        throw RegeltjekException.badInput(scalar.location(), what.get() + ": \"" + scalar.text() + "\" is not a "
                + type.getSimpleName(), "use one of " + constants(type));
    }

    private static String constants(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
    }

    private static List<Object> list(Node node, Supplier<String> what) {
        List<Object> values = new ArrayList<>();
        if (node instanceof Node.Sequence seq) {
            for (Node item : seq.items()) {
                if (!(item instanceof Node.Scalar s) || s.isNull()) {
                    throw wrong(item, what, Node.kind(item), "a list of texts");
                }
                values.add(s.text());
            }
            return values;
        }
        throw wrong(node, what, Node.kind(node), "a list, e.g. [a, b]");
    }

    private static RegeltjekException wrong(Node node, Supplier<String> what, String found, String expected) {
        return RegeltjekException.badInput(node.location(), what.get() + " must be " + expected + ", not " + found,
                "write " + expected);
    }
}
