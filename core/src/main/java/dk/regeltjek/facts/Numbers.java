package dk.regeltjek.facts;

import java.math.BigDecimal;

/**
 * The one way regeltjek reads a number from text. Anything a Danish reader could read differently
 * from the program is refused with a {@link Refusal} that says what to write instead, never guessed.
 *
 * <ul>
 * <li>{@link #parsePlain}: case files. Digits, an optional leading {@code -}, an optional decimal
 *     point {@code .}, and {@code _} between digits to group them ({@code 20_000_000}). Refused:
 *     {@code 12.000} and {@code 1.500} (one to three digits, a dot, three digits: twelve thousand to a
 *     Dane, twelve to a program), dots grouping thousands ({@code 1.000.000}), a decimal comma
 *     ({@code 10,5}), spaces between digit groups, exponents ({@code 1e6}), a leading {@code +}.</li>
 * <li>{@link #parseWithDecimalPoint}: like {@code parsePlain}, for text whose source already shows
 *     that its dot is a decimal point (a CSV file that also holds {@code 4.5}): {@code 3.375} is
 *     three and three eighths there.</li>
 * <li>{@link #parseDanish}: Danish documents and Excel: {@code .} groups thousands in threes
 *     ({@code 1.234.567}), {@code ,} is the decimal mark ({@code 10,5}).</li>
 * </ul>
 *
 * Every form allows at most {@value #MAX_INTEGER_DIGITS} digits before the decimal mark and
 * {@value #MAX_DECIMALS} after it: more than any amount needs, and it keeps every later sum and
 * comparison fast (an exponent such as {@code 1e100000000} would make them run for hours).
 */
public final class Numbers {
    /** Up to a trillion kroner with six digits to spare. */
    public static final int MAX_INTEGER_DIGITS = 18;
    /** Shares and rates need a few decimals; more is rounding noise from another program. */
    public static final int MAX_DECIMALS = 10;

    private Numbers() {
    }

    /** Why a text is not read as a number, and what to write instead. */
    public static final class Refusal extends ValueRefusal {
        Refusal(String text, String reason, String hint) {
            super(text, "a number", reason, hint);
        }
    }

    /** A number as written in a case file (see the class comment). */
    public static BigDecimal parsePlain(String text) {
        return plain(text, false);
    }

    /** A plain number in text whose dot is known to be a decimal point: {@code 3.375} is accepted. */
    public static BigDecimal parseWithDecimalPoint(String text) {
        return plain(text, true);
    }

    /**
     * True for a plain number whose dot can only be a decimal point: followed by one, two or more
     * than three digits ({@code 4.5}, {@code 0.25}), or after a leading zero ({@code 0.125}).
     */
    public static boolean showsDecimalPoint(String text) {
        String t = text.strip();
        int dot = t.indexOf('.');
        if (dot < 0 || t.indexOf('.', dot + 1) >= 0 || !NumberShape.isPlain(t)) {
            return false;
        }
        int decimals = t.length() - dot - 1;
        return decimals != 3 || !NumberShape.couldGroupThousands(t, dot);
    }

    /** A number as Danish documents and Excel write it: {@code 1.234.567,89}. */
    public static BigDecimal parseDanish(String text) {
        String t = text.strip();
        int start = t.startsWith("-") ? 1 : 0;
        int comma = t.indexOf(',');
        String integer = comma < 0 ? t.substring(start) : t.substring(start, comma);
        String fraction = comma < 0 ? "" : t.substring(comma + 1);
        if (t.isEmpty() || integer.isEmpty() || comma >= 0 && fraction.isEmpty()
                || !NumberShape.isDigits(fraction) || !NumberShape.isDanishInteger(integer)) {
            throw danishRefusal(t);
        }
        String digits = integer.replace(".", "");
        return bounded(t, (start == 1 ? "-" : "") + digits + (fraction.isEmpty() ? "" : "." + fraction),
                digits, fraction.length());
    }

    /** {@code value} itself when it is within the limits a written number has; for values given in code. */
    /** Whether {@link #requireBounded} lets {@code value} through. */
    static boolean isBounded(BigDecimal value) {
        return Math.max(0, value.precision() - value.scale()) <= MAX_INTEGER_DIGITS && value.scale() <= MAX_DECIMALS;
    }

    public static BigDecimal requireBounded(BigDecimal value) {
        int integerDigits = Math.max(0, value.precision() - value.scale());
        if (integerDigits > MAX_INTEGER_DIGITS || value.scale() > MAX_DECIMALS) {
            String shown = integerDigits > 40 || value.scale() > 40 ? "a number of " + integerDigits + " digits and "
                    + Math.max(0, value.scale()) + " decimals" : value.toPlainString();
            throw new Refusal(shown, "more than " + MAX_INTEGER_DIGITS + " digits or more than " + MAX_DECIMALS
                    + " decimals", "round it to at most " + MAX_DECIMALS + " decimals");
        }
        return value;
    }

    private static BigDecimal plain(String text, boolean decimalPointKnown) {
        String t = text.strip();
        if (!NumberShape.isPlain(t)) {
            throw plainRefusal(t);
        }
        int dot = t.indexOf('.');
        if (!decimalPointKnown && dot >= 0 && t.length() - dot - 1 == 3 && NumberShape.couldGroupThousands(t, dot)) {
            String thousands = t.replace(".", "");
            String program = new BigDecimal(t).stripTrailingZeros().toPlainString();
            throw new Refusal(t, "in Danish that is " + thousands + ", in a program " + program, "write " + thousands
                    + " or " + NumberShape.grouped(thousands) + " for " + thousands + ", or "
                    + NumberShape.asUnambiguousDecimal(t) + " for " + program);
        }
        String digits = (dot < 0 ? t : t.substring(0, dot)).replace("-", "").replace("_", "");
        int decimals = dot < 0 ? 0 : t.substring(dot + 1).replace("_", "").length();
        return bounded(t, t.replace("_", ""), digits, decimals);
    }

    private static BigDecimal bounded(String written, String plain, String integerDigits, int decimals) {
        int significant = integerDigits.length();
        int i = 0;
        while (i < integerDigits.length() - 1 && integerDigits.charAt(i) == '0') {
            i++;
            significant--;
        }
        if (significant > MAX_INTEGER_DIGITS) {
            throw new Refusal(written, "more than " + MAX_INTEGER_DIGITS + " digits before the decimal mark",
                    "amounts need at most " + MAX_INTEGER_DIGITS + " digits; check the value");
        }
        if (decimals > MAX_DECIMALS) {
            throw new Refusal(written, "more than " + MAX_DECIMALS + " decimals",
                    "round it to at most " + MAX_DECIMALS + " decimals");
        }
        return new BigDecimal(plain);
    }

    private static Refusal plainRefusal(String t) {
        if (t.isEmpty()) {
            return new Refusal(t, "it is empty", null);
        }
        if (t.startsWith("+") && NumberShape.isPlain(t.substring(1))) {
            return new Refusal(t, "a + sign is not written", "write " + t.substring(1));
        }
        if (t.startsWith("\u2212") && NumberShape.isPlain(t.substring(1))) {
            return new Refusal(t, "the minus is a typographic minus sign", "write -" + t.substring(1) + " with a hyphen");
        }
        if (NumberShape.isExponent(t)) {
            return new Refusal(t, "exponent notation is not read", "write all the digits, e.g. 12000000 or 12_000_000");
        }
        String unspaced = NumberShape.withoutGroupSpaces(t);
        if (!unspaced.equals(t) && NumberShape.isPlain(unspaced)) {
            return new Refusal(t, "spaces between digit groups are not read",
                    "write " + unspaced + " or " + NumberShape.grouped(unspaced));
        }
        if (NumberShape.isDanishGrouped(t)) {
            String digits = t.replace(".", "");
            return new Refusal(t, "dots that group thousands are not read in a case file",
                    "write " + digits + " or " + NumberShape.grouped(digits));
        }
        if (NumberShape.isDanishDecimal(t)) {
            String english = NumberShape.asUnambiguousDecimal(t.replace(".", "").replace(',', '.'));
            return new Refusal(t, "a comma is not a decimal mark in a case file", "write " + english
                    + (NumberShape.commaCouldGroupThousands(t) ? " (or " + t.replace(",", "") + " if you mean thousands)" : ""));
        }
        return new Refusal(t, null, null);
    }

    private static Refusal danishRefusal(String t) {
        if (NumberShape.isExponent(t.replace(',', '.'))) {
            return new Refusal(t, "the number is in exponent notation, so digits may be lost",
                    "format the column as a number (not General) in Excel and save again");
        }
        String unspaced = NumberShape.withoutGroupSpaces(t);
        if (!unspaced.equals(t)) {
            return new Refusal(t, "spaces between digit groups are not read", "write " + unspaced);
        }
        if (NumberShape.isPlain(t) && t.contains(".")) {
            return new Refusal(t, "in a Danish number the dot groups thousands in threes and the comma is the decimal mark",
                    "write " + t.replace('.', ','));
        }
        return new Refusal(t, null, "write the number with a comma for decimals, e.g. 1.234,5 or 1234,5");
    }
}
