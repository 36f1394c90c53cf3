package dk.regeltjek.facts;

import java.util.regex.Pattern;

/** The shapes of written numbers that {@link Numbers} tells apart; the checks on every value are hand-written for speed. */
final class NumberShape {
    private static final Pattern EXPONENT = Pattern.compile("-?[0-9]+(\\.[0-9]+)?[eE][+-]?[0-9]+");
    private static final Pattern DANISH_GROUPED = Pattern.compile("-?[1-9][0-9]{0,2}(\\.[0-9]{3}){2,}");
    private static final Pattern DANISH_DECIMAL = Pattern.compile("-?([0-9]+|[1-9][0-9]{0,2}(\\.[0-9]{3})+),[0-9]+");
    private static final Pattern COMMA_THOUSANDS = Pattern.compile("-?[1-9][0-9]{0,2},[0-9]{3}");
    private static final Pattern DANISH_GROUPS = Pattern.compile("[1-9][0-9]{0,2}(\\.[0-9]{3})+");

    private NumberShape() {
    }

    /** {@code -?} digits, {@code _} only between digits, and an optional {@code .} with digits on both sides. */
    static boolean isPlain(String t) {
        int i = t.startsWith("-") ? 1 : 0;
        int end = digitRun(t, i);
        if (end == i) {
            return false;
        }
        if (end == t.length()) {
            return true;
        }
        if (t.charAt(end) != '.') {
            return false;
        }
        int fractionEnd = digitRun(t, end + 1);
        return fractionEnd > end + 1 && fractionEnd == t.length();
    }

    /** The end of a run of digits from {@code from} in which {@code _} may stand between two digits. */
    private static int digitRun(String t, int from) {
        int i = from;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                i++;
            } else if (c == '_' && i > from && i + 1 < t.length() && isDigit(t.charAt(i - 1)) && isDigit(t.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Plain digits, or thousands grouped by dots in threes ({@code 1.234.567}). */
    static boolean isDanishInteger(String s) {
        return !s.isEmpty() && (isDigits(s) || DANISH_GROUPS.matcher(s).matches());
    }

    /** {@code 12.000}: one to three digits not starting with 0, a dot, three digits, no {@code _}. */
    static boolean couldGroupThousands(String t, int dot) {
        int start = t.startsWith("-") ? 1 : 0;
        int integerDigits = dot - start;
        return integerDigits >= 1 && integerDigits <= 3 && t.charAt(start) != '0' && t.indexOf('_') < 0
                && t.length() - dot - 1 == 3;
    }

    /** {@code 12.000} → {@code 12.0}, {@code 1.500} → {@code 1.5}, {@code 3.375} → {@code 3.3750}: the decimal reading, unambiguous. */
    static String asUnambiguousDecimal(String t) {
        int dot = t.indexOf('.');
        if (dot < 0) {
            return t;
        }
        int end = t.length();
        while (end > dot + 2 && t.charAt(end - 1) == '0') {
            end--;
        }
        String decimal = t.substring(0, end);
        return end - dot - 1 == 3 && couldGroupThousands(decimal, dot) ? decimal + "0" : decimal;
    }

    /** {@code 12000} → {@code 12_000}. */
    static String grouped(String digits) {
        int start = digits.startsWith("-") ? 1 : 0;
        StringBuilder out = new StringBuilder(digits);
        for (int i = digits.length() - 3; i > start; i -= 3) {
            out.insert(i, '_');
        }
        return out.toString();
    }

    static boolean isExponent(String t) {
        return EXPONENT.matcher(t).matches();
    }

    static boolean isDanishGrouped(String t) {
        return DANISH_GROUPED.matcher(t).matches();
    }

    static boolean isDanishDecimal(String t) {
        return DANISH_DECIMAL.matcher(t).matches();
    }

    static boolean commaCouldGroupThousands(String t) {
        return COMMA_THOUSANDS.matcher(t).matches();
    }

    /** The text without spaces (also no-break and narrow no-break spaces) that stand between two digits. */
    static String withoutGroupSpaces(String t) {
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean space = c == ' ' || c == '\u00A0' || c == '\u202F';
            if (space && i > 0 && i + 1 < t.length() && isDigit(t.charAt(i - 1)) && isDigit(t.charAt(i + 1))) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }
}
