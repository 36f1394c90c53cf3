package dk.regeltjek.rules;

import dk.regeltjek.model.Values;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/** Sums of a dated log per day, with prefix sums so that any window is summed in O(log n). */
final class DatedWindows {
    private final LocalDate[] dates;
    private final BigDecimal[] numeratorPrefix;
    private final BigDecimal[] denominatorPrefix;

    private DatedWindows(TreeMap<LocalDate, BigDecimal[]> perDay) {
        int n = perDay.size();
        dates = perDay.keySet().toArray(new LocalDate[0]);
        numeratorPrefix = new BigDecimal[n + 1];
        denominatorPrefix = new BigDecimal[n + 1];
        numeratorPrefix[0] = BigDecimal.ZERO;
        denominatorPrefix[0] = BigDecimal.ZERO;
        int i = 0;
        for (BigDecimal[] sums : perDay.values()) {
            numeratorPrefix[i + 1] = numeratorPrefix[i].add(sums[0]);
            denominatorPrefix[i + 1] = denominatorPrefix[i].add(sums[1]);
            i++;
        }
    }

    /** The last log summed on this thread: a rule often asks for several window lengths of the same log. */
    private static final ThreadLocal<Object[]> LAST = new ThreadLocal<>();

    /** Like {@link #of}, reusing the sums when called again with the very same collection and fields. */
    static DatedWindows cached(Collection<?> facts, String dateField, List<String> numeratorFields,
                               List<String> denominatorFields) {
        Object[] last = LAST.get();
        if (last != null && last[0] == facts && (int) last[1] == facts.size() && last[2].equals(dateField)
                && last[3].equals(numeratorFields) && last[4].equals(denominatorFields)) {
            return (DatedWindows) last[5];
        }
        DatedWindows windows = of(facts, dateField, numeratorFields, denominatorFields);
        LAST.set(new Object[] {facts, facts.size(), dateField, List.copyOf(numeratorFields), List.copyOf(denominatorFields),
            windows});
        return windows;
    }

    /** Drops the remembered log, so a finished case's facts are not kept alive. */
    static void forget() {
        LAST.remove();
    }

    static DatedWindows of(Collection<?> facts, String dateField, List<String> numeratorFields,
                           List<String> denominatorFields) {
        TreeMap<LocalDate, BigDecimal[]> perDay = new TreeMap<>();
        Class<?> type = null;
        Method date = null;
        Method[] numerator = null;
        Method[] denominator = null;
        for (Object fact : facts) {
            if (fact.getClass() != type) { // resolve the getters once per class, not once per fact
                type = fact.getClass();
                date = Felter.getter(type, dateField);
                numerator = getters(type, numeratorFields);
                denominator = getters(type, denominatorFields);
            }
            Object day = Felter.invoke(date, fact, dateField);
            if (!(day instanceof LocalDate d)) {
                throw new IllegalArgumentException("feltet \"" + dateField + "\" er ikke en dato i " + fact);
            }
            BigDecimal[] sums = perDay.computeIfAbsent(d, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sums[0] = sums[0].add(total(fact, numerator, numeratorFields));
            sums[1] = sums[1].add(total(fact, denominator, denominatorFields));
        }
        return new DatedWindows(perDay);
    }

    /** The whole log as one period, first to last logged day; null when nothing is logged. */
    Periode whole() {
        return dates.length == 0 ? null : window(0, dates[0], dates[dates.length - 1]);
    }

    List<Periode> windows(int months, String kind, String monthEnd) {
        checkMonthEnd(monthEnd);
        if (months < 1) {
            throw new IllegalArgumentException("en periode skal være mindst 1 måned, ikke " + months);
        }
        if (dates.length == 0) {
            return List.of();
        }
        return switch (kind) {
            case "rolling" -> rolling(months, monthEnd);
            case "calendar" -> calendar(months);
            default -> throw new IllegalArgumentException("ukendt periodetype \"" + kind + "\"; brug rolling eller calendar");
        };
    }

    /**
     * Every period of {@code months} months that starts on a calendar day of the log's span (first to
     * last logged day) and ends inside it: "en given tre-måneders periode" is any such period, also
     * one starting on a weekend or a day with nothing logged, which holds other days than the
     * periods starting on logged days. When the log is shorter than one period, the whole log.
     */
    private List<Periode> rolling(int months, String monthEnd) {
        LocalDate last = dates[dates.length - 1];
        List<Periode> result = new ArrayList<>();
        for (LocalDate start = dates[0]; ; start = start.plusDays(1)) {
            LocalDate end = end(start, months, monthEnd);
            if (end.isAfter(last)) {
                break;
            }
            result.add(window(lowerBound(start), start, end));
        }
        if (result.isEmpty()) {
            result.add(window(0, dates[0], last));
        }
        return result;
    }

    /** A month-end rule: the period ends on the last day of the month when that month has no such date (31/01 → 30/04). */
    static final String LAST_DAY = "sidste-dag";
    /** The other month-end rule: the day before the date moved back to the month's last day (31/01 → 29/04). */
    static final String DAY_BEFORE = "dagen-foer";

    /**
     * The last day of the period of {@code months} months from {@code start}: the day before the
     * same date {@code months} months later. When that month has no such date (31 April), {@code
     * monthEnd} decides: {@link #LAST_DAY} ends on the month's last day (31/01 + 3 → 30/04, the
     * reading of "tre måneder fra den 31. januar" in Danish deadlines), {@link #DAY_BEFORE} on the
     * day before it (29/04: the date is first moved back to 30/04).
     */
    static LocalDate end(LocalDate start, int months, String monthEnd) {
        checkMonthEnd(monthEnd);
        LocalDate same = start.plusMonths(months); // moved back to the month's last day when the date is missing
        boolean missing = same.getDayOfMonth() != start.getDayOfMonth();
        return LAST_DAY.equals(monthEnd) && missing ? same : same.minusDays(1);
    }

    /** Refuses a month-end rule other than {@link #LAST_DAY} and {@link #DAY_BEFORE}, naming them. */
    static void checkMonthEnd(String monthEnd) {
        if (!LAST_DAY.equals(monthEnd) && !DAY_BEFORE.equals(monthEnd)) {
            throw new IllegalArgumentException("ukendt regel for månedsskifte \"" + monthEnd + "\"; brug " + LAST_DAY
                    + " eller " + DAY_BEFORE);
        }
    }

    private List<Periode> calendar(int months) {
        List<Periode> result = new ArrayList<>();
        LocalDate first = dates[0];
        int monthIndex = (first.getMonthValue() - 1) / months * months;
        LocalDate start = LocalDate.of(first.getYear(), monthIndex + 1, 1);
        int i = 0;
        while (i < dates.length) {
            LocalDate end = start.plusMonths(months).minusDays(1);
            int from = lowerBound(start);
            if (from < dates.length && !dates[from].isAfter(end)) {
                result.add(window(from, start, end));
            }
            start = start.plusMonths(months);
            i = lowerBound(start);
        }
        return result;
    }

    /** Sums the days from index {@code from} up to and including {@code end}. */
    private Periode window(int from, LocalDate start, LocalDate end) {
        int to = lowerBound(end.plus(1, ChronoUnit.DAYS));
        return new Periode(start, end, numeratorPrefix[to].subtract(numeratorPrefix[from]),
                denominatorPrefix[to].subtract(denominatorPrefix[from]));
    }

    /** The index of the first date not before {@code day}. */
    private int lowerBound(LocalDate day) {
        int i = Arrays.binarySearch(dates, day);
        return i >= 0 ? i : -i - 1;
    }

    private static BigDecimal total(Object fact, Method[] getters, List<String> fields) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < getters.length; i++) {
            Object value = Felter.invoke(getters[i], fact, fields.get(i));
            if (value != null) {
                BigDecimal number = Values.decimalOrNull(value);
                if (number == null) {
                    throw new IllegalArgumentException("feltet \"" + fields.get(i) + "\" er ikke et tal i " + fact);
                }
                total = total.add(number);
            }
        }
        return total;
    }

    private static Method[] getters(Class<?> type, List<String> fields) {
        Method[] getters = new Method[fields.size()];
        for (int i = 0; i < getters.length; i++) {
            getters[i] = Felter.getter(type, fields.get(i));
        }
        return getters;
    }
}
