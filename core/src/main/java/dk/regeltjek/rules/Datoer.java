package dk.regeltjek.rules;

import dk.regeltjek.facts.Dates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Dates: a date written in a rule, the dates of one year, and periods over a dated log. */
public final class Datoer {
    /** Rules repeat their date constants on every firing; parse each once. */
    private static final Map<String, LocalDate> DATES = new ConcurrentHashMap<>();

    private Datoer() {
    }

    /**
     * An ISO date ({@code 2026-12-31}) or a Danish one ({@code 31/12/2026}), read by the same strict
     * rule as case files ({@code 31/02/2026} is refused, never moved). A date the document states
     * belongs in pack.yaml as a parameter; this is for dates a rule derives.
     */
    public static LocalDate dato(String tekst) {
        return DATES.computeIfAbsent(tekst, Dates::parse);
    }

    /** The dates that fall in the calendar year {@code aar}, sorted: the meetings held in 2024. */
    public static List<LocalDate> iAar(Collection<?> datoer, int aar) {
        List<LocalDate> result = new ArrayList<>();
        for (Object o : datoer) {
            if (o instanceof LocalDate d && d.getYear() == aar) {
                result.add(d);
            }
        }
        result.sort(null);
        return result;
    }

    /**
     * The periods of a dated log with the sums of some fields: {@code type} "rolling" gives every
     * period of {@code maaneder} months starting on any calendar day of the log's span (first to last
     * logged day) and ending inside it — also one starting on a weekend or a day nothing is logged —
     * or the whole log when it is shorter than one period; "calendar" the calendar blocks of {@code
     * maaneder} months from January that hold a logged day. Each fact is read through its fields:
     * {@code datofelt} (a date), and the number fields summed as the numerator ({@code taeller}) and
     * the denominator ({@code naevner}); an empty field counts 0. A period starting on the 29th–31st
     * ends as {@link #periodeSlut} with "sidste-dag" says; {@link #perioder(Collection, String, List,
     * List, int, String, String)} names the rule.
     */
    public static Perioder perioder(Collection<?> fakta, String datofelt, List<String> taeller, List<String> naevner,
                                    int maaneder, String type) {
        return perioder(fakta, datofelt, taeller, naevner, maaneder, type, DatedWindows.LAST_DAY);
    }

    /**
     * {@link #perioder(Collection, String, List, List, int, String)} with the month-end rule named:
     * {@code maanedsslut} "sidste-dag" or "dagen-foer" (see {@link #periodeSlut}).
     */
    public static Perioder perioder(Collection<?> fakta, String datofelt, List<String> taeller, List<String> naevner,
                                    int maaneder, String type, String maanedsslut) {
        DatedWindows log = DatedWindows.cached(fakta, datofelt, taeller, naevner);
        return new Perioder(log.windows(maaneder, type, maanedsslut), maaneder, type, maanedsslut, log.whole());
    }

    /**
     * The last day of a period of {@code maaneder} months that starts on {@code fra}: the day before
     * the same date {@code maaneder} months later (01/02/2025 + 3 → 30/04/2025). When that month has
     * no such date, {@code maanedsslut} decides: "sidste-dag" ends on the month's last day
     * (31/01/2025 + 3 → 30/04/2025), "dagen-foer" on the day before it (→ 29/04/2025).
     */
    public static LocalDate periodeSlut(LocalDate fra, int maaneder, String maanedsslut) {
        return DatedWindows.end(fra, maaneder, maanedsslut);
    }

    /**
     * The date {@code tekst} gives when it is written exactly in {@code format}, as a form asks
     * ("angiv dato som dd/mm/åååå"): {@code dd} day, {@code mm} month and {@code åååå} year, each
     * with all its digits, and the separators as in the format; a day that does not exist
     * (31/02/2026) is no date. Null when the text is missing or not written so.
     */
    public static LocalDate datoIFormat(String tekst, String format) {
        if (tekst == null) {
            return null;
        }
        try {
            return LocalDate.parse(tekst.strip(), FORMATS.computeIfAbsent(format, Datoer::formatter));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static final Map<String, java.time.format.DateTimeFormatter> FORMATS = new ConcurrentHashMap<>();

    /** "dd/mm/åååå" as a strict formatter; any other letter is refused (a typo in pack.yaml, not a date). */
    private static java.time.format.DateTimeFormatter formatter(String format) {
        StringBuilder pattern = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (format.startsWith("åååå", i)) {
                pattern.append("uuuu");
                i += 3;
            } else if (format.startsWith("dd", i)) {
                pattern.append("dd");
                i += 1;
            } else if (format.startsWith("mm", i)) {
                pattern.append("MM");
                i += 1;
            } else if (Character.isLetterOrDigit(c)) {
                throw new IllegalArgumentException("datoformatet \"" + format + "\" kan kun bestå af dd, mm, åååå og "
                        + "skilletegn");
            } else {
                pattern.append('\'').append(c).append('\'');
            }
        }
        return java.time.format.DateTimeFormatter.ofPattern(pattern.toString())
                .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    }

    /** The whole log as one period (first to last logged day, see {@link #perioder}); null when nothing is logged. */
    public static Periode helePerioden(Collection<?> fakta, String datofelt, List<String> taeller, List<String> naevner) {
        return DatedWindows.cached(fakta, datofelt, taeller, naevner).whole();
    }
}
