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
     * period of {@code maaneder} months starting on a logged date (fully inside the log's span, or the
     * whole log when it is shorter), "calendar" the calendar blocks of {@code maaneder} months from
     * January that hold a logged day. Each fact is read through its fields: {@code datofelt} (a date),
     * and the number fields summed as the numerator ({@code taeller}) and the denominator ({@code naevner});
     * an empty field counts 0.
     */
    public static Perioder perioder(Collection<?> fakta, String datofelt, List<String> taeller, List<String> naevner,
                                    int maaneder, String type) {
        DatedWindows log = DatedWindows.cached(fakta, datofelt, taeller, naevner);
        return new Perioder(log.windows(maaneder, type), maaneder, type, log.whole());
    }

    /** The whole log as one period (first to last logged day, see {@link #perioder}); null when nothing is logged. */
    public static Periode helePerioden(Collection<?> fakta, String datofelt, List<String> taeller, List<String> naevner) {
        return DatedWindows.cached(fakta, datofelt, taeller, naevner).whole();
    }
}
