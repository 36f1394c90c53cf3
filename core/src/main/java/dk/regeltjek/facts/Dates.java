package dk.regeltjek.facts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The one way regeltjek reads a date: ISO {@code 2026-12-31} or Danish {@code 31/12/2026}, and in a
 * Danish Excel export also {@code 31-12-2026}. Always a four-digit year and two-digit day and
 * month, resolved strictly: {@code 31/02/2026} is refused, never moved to the 28th.
 */
public final class Dates {
    private static final DateTimeFormatter DANISH_SLASH = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DANISH_DASH = DateTimeFormatter.ofPattern("dd-MM-uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private Dates() {
    }

    /** Why a text is not read as a date, and what to write instead. */
    public static final class Refusal extends ValueRefusal {
        Refusal(String text, String reason, String hint) {
            super(text, "a date", reason, hint);
        }
    }

    /** A date as written in a case file: {@code 2026-12-31} or {@code 31/12/2026}. */
    public static LocalDate parse(String text) {
        return parse(text, false);
    }

    /** A date as Danish Excel writes it, {@code 31-12-2026}, or as in a case file. */
    public static LocalDate parseDanishExcel(String text) {
        return parse(text, true);
    }

    private static LocalDate parse(String text, boolean excel) {
        String t = text.strip();
        if (t.length() == 10 && isDigits(t, 0, 4) && t.charAt(4) == '-' && isDigits(t, 5, 7) && t.charAt(7) == '-'
                && isDigits(t, 8, 10)) {
            // by hand: case files hold thousands of ISO dates, and LocalDate.of is as strict as STRICT
            return existing(t, Integer.parseInt(t, 0, 4, 10), Integer.parseInt(t, 5, 7, 10), Integer.parseInt(t, 8, 10, 10));
        }
        if (t.length() == 10 && isDigits(t, 0, 2) && isDigits(t, 3, 5) && isDigits(t, 6, 10)
                && (t.charAt(2) == '/' && t.charAt(5) == '/' || excel && t.charAt(2) == '-' && t.charAt(5) == '-')) {
            int year = Integer.parseInt(t, 6, 10, 10);
            int month = Integer.parseInt(t, 3, 5, 10);
            int day = Integer.parseInt(t, 0, 2, 10);
            existing(t, year, month, day);
            return LocalDate.parse(t, t.charAt(2) == '/' ? DANISH_SLASH : DANISH_DASH);
        }
        throw new Refusal(t, null, excel ? "write 2026-12-31, 31/12/2026 or 31-12-2026" : "write 2026-12-31 or 31/12/2026");
    }

    /** The date, or a refusal that names what does not exist: month 13, or 31 February. */
    private static LocalDate existing(String t, int year, int month, int day) {
        if (month < 1 || month > 12) {
            throw new Refusal(t, "there is no month " + month,
                    "dates are year-month-day (2026-12-31) or day/month/year (31/12/2026)");
        }
        int length = YearMonth.of(year, month).lengthOfMonth();
        if (day < 1 || day > length) {
            String monthName = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            throw new Refusal(t, monthName + " " + year + " has " + length + " days",
                    "check the day and the month; dates are year-month-day (2026-12-31) or day/month/year (31/12/2026)");
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new Refusal(t, null, null);
        }
    }

    private static boolean isDigits(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
