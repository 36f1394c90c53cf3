package dk.regeltjek.facts;

import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.model.SourceLocation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
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
            throw wrong(node, what, Node.kind(node), describe(type));
        }
        if (scalar.value() != null && type.isInstance(scalar.value()) && isPlainValueType(type)) {
            return givenInCode(scalar, type, what); // given in code with the right type: nothing to parse
        }
        String text = scalar.text().trim();
        try {
            if (type == String.class) {
                return scalar.text();
            }
            if (type == BigDecimal.class) {
                return number(text, scalar.notation());
            }
            if (type == Integer.class || type == int.class) {
                return (int) whole(number(text, scalar.notation()), Integer.MIN_VALUE, Integer.MAX_VALUE, scalar, what);
            }
            if (type == Long.class || type == long.class) {
                return whole(number(text, scalar.notation()), Long.MIN_VALUE, Long.MAX_VALUE, scalar, what);
            }
            if (type == Double.class || type == double.class) {
                return number(text, scalar.notation()).doubleValue();
            }
            if (type == Boolean.class || type == boolean.class) {
                return bool(text, scalar, what);
            }
            if (type == LocalDate.class) {
                return scalar.notation() == Node.Notation.DANISH_EXCEL ? Dates.parseDanishExcel(text) : Dates.parse(text);
            }
            if (type.isEnum()) {
                return enumConstant(type, text, scalar, what);
            }
        } catch (Numbers.Refusal e) {
            throw wrong(node, what, "\"" + scalar.text() + "\"", describe(type), e.reason(), e.hint());
        } catch (Dates.Refusal e) {
            throw wrong(node, what, "\"" + scalar.text() + "\"", describe(type), e.reason(), e.hint());
        }
        throw RegeltjekException.badInput(node.location(), what.get() + " has the type " + type.getName()
                + ", which a case file cannot fill", "declare the field as String, Integer, BigDecimal, Boolean, LocalDate, an enum or List");
    }

    /**
     * A value a case built in code gave: as {@link #convert} would convert {@link Node#given(Object, SourceLocation)
     * its node}, which is made only when the value is not simply of the field's type.
     */
    public static Object convertGiven(Object value, Class<?> type, Supplier<String> what, SourceLocation at) {
        if (value != null && type.isInstance(value)) {
            // of the field's type, within the limits of a written value: nothing to parse or check
            if (value instanceof BigDecimal d) {
                if (Numbers.isBounded(d)) {
                    return value;
                }
            } else if (!(value instanceof Double) && (isPlainValueType(type) || type.isEnum())) {
                return value;
            }
        } else if (value instanceof String text && type.isEnum()) {
            Object constant = exactConstant(type, text.trim());
            if (constant != null) {
                return constant;
            }
        }
        return convert(Node.given(value, at), type, what); // as the same value written in a file, with its mistakes
    }

    /** The constant named exactly {@code name}, or null. */
    private static Object exactConstant(Class<?> type, String name) {
        for (Object constant : ENUM_CONSTANTS.get(type)) {
            if (((Enum<?>) constant).name().equals(name)) {
                return constant;
            }
        }
        return null;
    }

    /** A value a case built in code gave with the field's type; numbers are held to the limits of written ones. */
    private static Object givenInCode(Node.Scalar scalar, Class<?> type, Supplier<String> what) {
        Object value = scalar.value();
        try {
            if (value instanceof BigDecimal d) {
                Numbers.requireBounded(d);
            } else if (value instanceof Double d && !Double.isFinite(d)) {
                throw wrong(scalar, what, d.toString(), describe(type));
            }
        } catch (Numbers.Refusal e) {
            throw wrong(scalar, what, "a number", describe(type), e.reason(), e.hint());
        }
        return value;
    }

    private static BigDecimal number(String text, Node.Notation notation) {
        switch (notation) {
            case DANISH_EXCEL:
                return Numbers.parseDanish(text);
            case DECIMAL_POINT:
                return Numbers.parseWithDecimalPoint(text);
            default:
                return Numbers.parsePlain(text);
        }
    }

    /** A whole number within {@code min..max}; {@code 12.0} is twelve, {@code 12.5} is refused. */
    private static long whole(BigDecimal number, long min, long max, Node.Scalar scalar, Supplier<String> what) {
        BigDecimal n = number.stripTrailingZeros();
        if (n.scale() > 0) {
            throw wrong(scalar, what, "\"" + scalar.text() + "\"", describe(Long.class), "it has decimals",
                    "write a whole number, e.g. " + number.setScale(0, RoundingMode.DOWN).toPlainString());
        }
        if (n.compareTo(BigDecimal.valueOf(min)) < 0 || n.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw wrong(scalar, what, "\"" + scalar.text() + "\"", describe(Long.class),
                    "the field holds whole numbers from " + min + " to " + max, "check the value");
        }
        return n.longValueExact();
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

    private static Boolean bool(String text, Node.Scalar scalar, Supplier<String> what) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "true": case "ja": case "yes":
                return Boolean.TRUE;
            case "false": case "nej": case "no":
                return Boolean.FALSE;
            case "sand": case "falsk":
                // what Danish Excel writes for TRUE and FALSE
                if (scalar.notation() == Node.Notation.DANISH_EXCEL) {
                    return text.equalsIgnoreCase("sand");
                }
                throw wrong(scalar, what, "\"" + scalar.text() + "\"", describe(Boolean.class));
            default:
                throw wrong(scalar, what, "\"" + scalar.text() + "\"", describe(Boolean.class));
        }
    }

    private static Object enumConstant(Class<?> type, String text, Node.Scalar scalar, Supplier<String> what) {
        Object[] constants = ENUM_CONSTANTS.get(type);
        for (Object constant : constants) {
            if (((Enum<?>) constant).name().equals(text)) {
                return constant;
            }
        }
        for (Object constant : constants) {
            if (((Enum<?>) constant).name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        throw RegeltjekException.badInput(scalar.location(), what.get() + ": \"" + scalar.text() + "\" is not a "
                + type.getSimpleName(), "use one of " + constants(type));
    }

    /** An enum's constants, kept ({@link Class#getEnumConstants()} copies them on every call). */
    private static final ClassValue<Object[]> ENUM_CONSTANTS = new ClassValue<>() {
        @Override
        protected Object[] computeValue(Class<?> type) {
            return type.getEnumConstants();
        }
    };

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
        return wrong(node, what, found, expected, null, null);
    }

    /** "X must be a number (…), not "12.000": in Danish that is 12000, …", hinted with what to write. */
    private static RegeltjekException wrong(Node node, Supplier<String> what, String found, String expected, String reason,
                                            String hint) {
        return RegeltjekException.badInput(node.location(), what.get() + " must be " + expected + ", not " + found
                + (reason == null ? "" : ": " + reason), hint == null ? "write " + expected : hint);
    }
}
