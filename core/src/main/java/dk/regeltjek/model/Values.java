package dk.regeltjek.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Collectors;

/** Danish formatting of the values a rule compares, and the number conversions rules need. */
public final class Values {

    private Values() {
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** 20000000 → "20.000.000", 12.5 → "12,5", dates → "31/12/2026", amounts with their unit. */
    public static String format(Object value) {
        if (value == null) {
            return "(mangler)";
        }
        if (value instanceof Amount a) {
            String unit = a.getUnit();
            BigDecimal v = a.getValue().stripTrailingZeros();
            if ("kr.".equals(unit) && v.scale() == 1) {
                v = v.setScale(2); // 302.198,70 kr., not 302.198,7 kr.
            }
            return danish(v) + (unit.isEmpty() ? "" : " " + unit);
        }
        if (value instanceof LocalDate d) {
            return twoDigits(d.getDayOfMonth()) + "/" + twoDigits(d.getMonthValue()) + "/" + d.getYear(); // dd/MM/yyyy
        }
        if (value instanceof Boolean b) {
            return b ? "ja" : "nej";
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(Values::format).collect(Collectors.joining(", "));
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return value.toString(); // counts and years: 2027, not 2.027
        }
        BigDecimal number = decimalOrNull(value);
        if (number != null) {
            return danish(number);
        }
        return String.valueOf(value);
    }

    /** 20000000 → "20.000.000", -1234.50 → "-1.234,5": dots group thousands, a comma marks decimals. */
    static String danish(BigDecimal number) {
        if (number.scale() <= 0 && number.precision() - number.scale() < 19) {
            return danish(number.longValue()); // a whole amount, the common case: no text detour
        }
        BigDecimal stripped = number.stripTrailingZeros();
        String plain = (number.scale() == 2 && stripped.scale() == 1 ? number : stripped).toPlainString();
        int start = plain.startsWith("-") ? 1 : 0;
        int point = plain.indexOf('.');
        int intEnd = point < 0 ? plain.length() : point;
        StringBuilder text = new StringBuilder(plain.length() + 6);
        text.append(plain, 0, start);
        for (int i = start; i < intEnd; i++) {
            if (i > start && (intEnd - i) % 3 == 0) {
                text.append('.');
            }
            text.append(plain.charAt(i));
        }
        if (point >= 0) {
            text.append(',').append(plain, point + 1, plain.length());
        }
        return text.toString();
    }

    /** {@code 20000000} as {@code 20.000.000}. */
    private static String danish(long value) {
        char[] text = new char[26];
        int at = text.length;
        long rest = Math.abs(value);
        int digits = 0;
        do {
            if (digits > 0 && digits % 3 == 0) {
                text[--at] = '.';
            }
            text[--at] = (char) ('0' + rest % 10);
            rest /= 10;
            digits++;
        } while (rest != 0);
        if (value < 0) {
            text[--at] = '-';
        }
        return new String(text, at, text.length - at);
    }

    /** The value as a BigDecimal, or null if it is not a number (amounts count as numbers). */
    public static BigDecimal decimalOrNull(Object value) {
        if (value instanceof Amount a) {
            return a.getValue();
        }
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        return null;
    }

    /** {@code part} as a percentage of {@code whole}, two decimals, half-up; null when whole is 0. */
    public static BigDecimal share(Object part, Object whole) {
        BigDecimal p = decimalOrNull(part);
        BigDecimal w = decimalOrNull(whole);
        if (p == null || w == null || w.signum() == 0) {
            return null;
        }
        return p.multiply(BigDecimal.valueOf(100)).divide(w, 2, RoundingMode.HALF_UP);
    }
}
