package dk.regeltjek.rules;

import dk.regeltjek.model.Amount;
import dk.regeltjek.model.Values;
import dk.regeltjek.model.Status;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The functions a DRL rule can import ({@code import function dk.regeltjek.rules.Regel.kr;}):
 * making outcomes, values with units, sums and shares, dates and the pack's parameters.
 */
public final class Regel {
    private Regel() {
    }

    /** A new outcome for {@code subject}, for the criterion of the rule that is firing. */
    public static Outcome outcome(Object subject) {
        RuleContext context = RuleContext.current();
        return new Outcome(context.criterion(), context.verdict(), subject, context.caseNumber());
    }

    public static Amount kr(Object value) {
        return qty(value, "kr.");
    }

    public static Amount pct(Object value) {
        return qty(value, "%");
    }

    public static Amount num(Object value) {
        return qty(value, "");
    }

    public static Amount qty(Object value, String unit) {
        BigDecimal number = Values.decimalOrNull(value);
        if (number == null) {
            throw new IllegalArgumentException("ikke et tal: " + value);
        }
        return new Amount(number, unit);
    }

    /** The sum of the numbers given (amounts count by value); null values count as missing → null. */
    public static BigDecimal sum(Object... values) {
        BigDecimal total = BigDecimal.ZERO;
        for (Object value : values) {
            BigDecimal number = Values.decimalOrNull(value);
            if (number == null) {
                return null;
            }
            total = total.add(number);
        }
        return total;
    }

    /** {@code part} as a percentage of {@code whole} (two decimals); null when whole is 0. */
    public static BigDecimal share(Object part, Object whole) {
        return Values.share(part, whole);
    }

    public static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    /** An ISO date ({@code 2026-12-31}) or a Danish one ({@code 31/12/2026}). */
    public static LocalDate date(String text) {
        return DATES.computeIfAbsent(text, t -> t.contains("/")
                ? LocalDate.parse(t, DateTimeFormatter.ofPattern("dd/MM/yyyy")) : LocalDate.parse(t));
    }

    /** Rules repeat their date constants on every firing; parse each once. */
    private static final java.util.Map<String, LocalDate> DATES = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The criteria of {@code outcomes} (a {@code collectList} of outcomes) that have {@code status},
     * in the order pack.yaml lists them: "which criteria are not met". In a verdict rule, only the
     * criteria the verdict is derived from ({@code from:} in pack.yaml) count, so a new criterion
     * joins a verdict only when it is listed there. One accumulate that collects a
     * subject's outcomes and asks this per status costs the rule engine less than one accumulate per status.
     */
    public static List<String> kriterier(Collection<?> outcomes, Status status) {
        RuleContext context = RuleContext.current();
        List<String> criteria = new java.util.ArrayList<>();
        for (Object o : outcomes) {
            if (o instanceof Outcome outcome && outcome.getStatus() == status && context.feedsThisVerdict(outcome.getCriterion())) {
                criteria.add(outcome.getCriterion());
            }
        }
        if (criteria.size() > 1) {
            criteria.sort(java.util.Comparator.comparingInt(context::placeOf));
        }
        return criteria;
    }

    /**
     * How many of {@code outcomes} (a {@code collectList} of outcomes) have {@code status}. In a
     * verdict rule, only outcomes of the criteria the verdict is derived from ({@code from:}) count.
     */
    public static int antal(Collection<?> outcomes, Status status) {
        RuleContext context = RuleContext.current();
        int count = 0;
        for (Object o : outcomes) {
            if (o instanceof Outcome outcome && outcome.getStatus() == status && context.feedsThisVerdict(outcome.getCriterion())) {
                count++;
            }
        }
        return count;
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public static String format(Object value) {
        return Values.format(value);
    }

    /** The value of a pack parameter for the current case (default, scenario, then case override). */
    public static Object param(String name) {
        return RuleContext.current().parameter(name);
    }

    public static Integer paramInt(String name) {
        return (Integer) param(name);
    }

    public static BigDecimal paramDecimal(String name) {
        return (BigDecimal) param(name);
    }

    public static String paramText(String name) {
        return (String) param(name);
    }

    public static Boolean paramBool(String name) {
        return (Boolean) param(name);
    }

    public static LocalDate paramDate(String name) {
        return (LocalDate) param(name);
    }

    /** The value for {@code year} of a parameter kept per year ({@code byYear:} in pack.yaml). */
    public static Object paramForYear(String name, int year) {
        Object table = param(name);
        if (!(table instanceof Map<?, ?> byYear)) {
            throw new IllegalArgumentException("parameteren \"" + name + "\" har ikke en værdi pr. år (byYear)");
        }
        Object value = byYear.get(year);
        if (value == null) {
            throw new IllegalArgumentException("parameteren \"" + name + "\" har ingen værdi for " + year
                    + "; år: " + byYear.keySet());
        }
        return value;
    }

    /**
     * Periods of a dated log with the sums of some fields: {@code kind} "rolling" gives every
     * window of {@code months} months starting on a logged date (fully inside the log's span, or the
     * whole log when it is shorter), "calendar" the calendar blocks of {@code months} months from
     * January that hold a logged day. Facts are read through their getters.
     */
    public static List<Window> windows(Collection<?> facts, String dateField, List<String> numeratorFields,
                                       List<String> denominatorFields, int months, String kind) {
        return DatedWindows.cached(facts, dateField, numeratorFields, denominatorFields).windows(months, kind);
    }
}
