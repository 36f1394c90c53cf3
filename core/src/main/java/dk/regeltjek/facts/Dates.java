package dk.regeltjek.facts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        String meant = meant(t);
        throw new Refusal(t, null, meant != null ? "write " + meant + (excel ? ", " : " or ") + meant.substring(6) + "-"
                + meant.substring(3, 5) + "-" + meant.substring(0, 2) + (excel ? " or " + meant.replace('/', '-') : "")
                : excel ? "write 2026-12-31, 31/12/2026 or 31-12-2026" : "write 2026-12-31 or 31/12/2026");
    }

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})");
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DANISH_WORDS = Pattern.compile(
            "(\\d{1,2})\\.? ?(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december) (\\d{4})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final List<String> DANISH_MONTHS = List.of("januar", "februar", "marts", "april", "maj", "juni", "juli",
            "august", "september", "oktober", "november", "december");

    /**
     * The date a Danish reader takes a refused text to be (15.05.2024, 1/5/2024, 2024-5-15, 15. maj
     * 2024), as dd/MM/yyyy for the hint — never to read it: the case file must say it plainly.
     */
    private static String meant(String t) {
        Matcher m;
        int day;
        int month;
        int year;
        if ((m = DAY_MONTH_YEAR.matcher(t)).matches()) {
            day = Integer.parseInt(m.group(1));
            month = Integer.parseInt(m.group(2));
            year = Integer.parseInt(m.group(3));
        } else if ((m = YEAR_MONTH_DAY.matcher(t)).matches()) {
            year = Integer.parseInt(m.group(1));
            month = Integer.parseInt(m.group(2));
            day = Integer.parseInt(m.group(3));
        } else if ((m = DANISH_WORDS.matcher(t)).matches()) {
            day = Integer.parseInt(m.group(1));
            month = DANISH_MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
            year = Integer.parseInt(m.group(3));
        } else {
            return null;
        }
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return String.format(Locale.ROOT, "%02d/%02d/%04d", day, month, year);
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
