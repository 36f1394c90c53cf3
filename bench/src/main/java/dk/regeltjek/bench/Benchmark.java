package dk.regeltjek.bench;

import dk.regeltjek.model.CaseResult;
import dk.regeltjek.api.Checker;
import dk.regeltjek.model.FactRef;
import dk.regeltjek.model.OutcomeRecord;
import dk.regeltjek.facts.Node;
import dk.regeltjek.facts.RawCase;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * In-process throughput: the engine with full explanation records against hand-written Java that
 * builds the same records, on generated corpora, in the same run. Memory is the heap of the
 * phase (the process should run with -Xmx512m to show it fits).
 */
public final class Benchmark {
    private final Checker checker;
    private final PrintWriter out;
    private LoanPoolBaseline baseline;

    public Benchmark(Checker checker, PrintWriter out) {
        this.checker = checker;
        this.out = out;
    }

    /** The plain-Java loan pool, with the pack's titles, rule names and citations as its constants. */
    private LoanPoolBaseline baseline() {
        if (baseline == null) {
            baseline = new LoanPoolBaseline(checker);
        }
        return baseline;
    }

    /** A generated loan case as the baseline takes it: the project and the applying municipality. */
    private record BaselineCase(GeneratedCases.LoanProject project, String municipality) {
        static BaselineCase of(long i) {
            return new BaselineCase(GeneratedCases.loanProject(i), "Kommune " + i);
        }
    }

    /** A measured phase: how many units in how long, and the heap it needed. */
    public record Measure(String what, long units, double seconds, HeapWatch.Heap heap) {
        double perSecond() {
            return units / seconds;
        }
    }

    /**
     * Loan-pool cases/s through the engine (with explanations) and through the baseline, per corpus
     * size. The two sides take turns chunk by chunk, so a slow spell of the machine hits both; sizes
     * up to 100,000 are measured three times and the median reported.
     */
    public List<Measure[]> loanPool(List<Integer> sizes) {
        Inputs<RawCase> cases = each(GeneratedCases::loanCase);
        Inputs<BaselineCase> projects = each(BaselineCase::of);
        // warm-up until both sides run compiled code: measured, the engine's deep call paths kept
        // getting faster for about 10 s (10,000 cases right after 150,000 of warm-up ran 25 % slower);
        // a smoke run over a few hundred cases warms up proportionally less
        long largest = sizes.stream().mapToLong(Integer::longValue).max().orElse(0);
        pair(Math.min(400_000, 40 * largest), CHUNK, cases, this::engineChecks, projects, this::baselineLoanChecks);
        List<Measure[]> rows = new ArrayList<>();
        for (int n : sizes) {
            List<Measure[]> repeats = new ArrayList<>();
            for (int r = 0; r < (n <= 100_000 ? 3 : 1); r++) {
                repeats.add(pair(n, CHUNK, cases, this::engineChecks, projects, this::baselineLoanChecks));
            }
            repeats.sort(java.util.Comparator.comparingDouble(m -> m[0].perSecond()));
            Measure[] median = repeats.get(repeats.size() / 2);
            rows.add(median);
            Measure engine = median[0];
            Measure baseline = median[1];
            out.printf(Locale.ROOT, "loan pool %,10d cases: engine %,9.0f cases/s (%.2f µs/case, %s) | plain Java %,10.0f cases/s"
                    + " | ratio %.1f×%s%n", n, engine.perSecond(), 1e6 / engine.perSecond(), engine.heap().describe(),
                    baseline.perSecond(), baseline.perSecond() / engine.perSecond(),
                    repeats.size() == 1 ? "" : String.format(Locale.ROOT, " (median of %d; engine %,.0f–%,.0f cases/s)",
                            repeats.size(), repeats.get(0)[0].perSecond(), repeats.get(repeats.size() - 1)[0].perSecond()));
            out.flush();
        }
        return rows;
    }

    /**
     * Checks that engine and baseline agree on every record of the first {@code n} generated cases —
     * criterion, title, status, message, values as shown, rule, citation, subject and matched facts.
     */
    public int loanPoolDisagreements(int n) {
        int disagreements = 0;
        for (int i = 0; i < n; i++) {
            List<String> engine = described(checker.check(GeneratedCases.loanCase(i)).outcomes());
            List<String> plain = described(baselineCheck(BaselineCase.of(i)));
            if (!engine.equals(plain) && ++disagreements <= 3) {
                out.println("  disagreement on case " + i + ":" + firstDifference(engine, plain));
            }
        }
        return disagreements;
    }

    private static String firstDifference(List<String> engine, List<String> plain) {
        for (int k = 0; k < Math.max(engine.size(), plain.size()); k++) {
            String e = k < engine.size() ? engine.get(k) : "(none)";
            String b = k < plain.size() ? plain.get(k) : "(none)";
            if (!e.equals(b)) {
                return "\n    engine   " + e + "\n    baseline " + b;
            }
        }
        return "";
    }

    /** A record as a report shows it (values as text: the engine's enum values are the baseline's strings). */
    private static List<String> described(List<OutcomeRecord> outcomes) {
        List<String> lines = new ArrayList<>(outcomes.size());
        for (OutcomeRecord o : outcomes) {
            StringBuilder line = new StringBuilder().append(o.criterion()).append(" | ").append(o.criterionTitle())
                    .append(" | ").append(o.verdict()).append(" | ").append(o.status()).append(" | ").append(o.rating())
                    .append(" | ").append(o.subject()).append(" | ").append(o.message()).append(" | ").append(o.rule())
                    .append(" | ").append(o.citation()).append(" | ").append(o.matched());
            o.values().forEach(v -> line.append(" | ").append(v.label()).append(" = ").append(v.text()));
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * Cases handed over at once, to both sides: one session's worth, as a streaming reader would
     * hand them (and its input is then still in the processor cache when it is checked).
     */
    private static final int CHUNK = Checker.DEFAULT_BATCH_SIZE;
    /** A commuter is a year of day records: fewer at a time keeps the waiting input small. */
    private static final int COMMUTER_CHUNK = 16;

    private void engineChecks(List<RawCase> cases) {
        for (CaseResult result : checker.checkAll(cases)) {
            if (result.outcomes().isEmpty()) {
                throw new IllegalStateException("no outcomes for " + result.info().name());
            }
        }
    }

    private void baselineLoanChecks(List<BaselineCase> cases) {
        for (BaselineCase c : cases) {
            if (baselineCheck(c).isEmpty()) {
                throw new IllegalStateException("no outcomes for " + c.project().name());
            }
        }
    }

    private List<OutcomeRecord> baselineCheck(BaselineCase c) {
        FactRef project = new FactRef("Projekt", c.project().name(), GeneratedCases.here());
        FactRef application = new FactRef("Ansoegning", c.municipality(), GeneratedCases.here());
        return baseline().check(c.project(), project, application, APPROVED);
    }

    /** The day every generated application was approved (as in {@link GeneratedCases#loanCase}). */
    private static final LocalDate APPROVED = LocalDate.of(2024, 5, 10);

    /** Øresund: commuters × a year of daily records, one commuter per case, engine vs plain Java windows. */
    public Measure[] oresund(int commuters) {
        Inputs<RawCase> cases = each(Benchmark::commuterCase);
        Inputs<List<GeneratedCases.WorkDay>> logs = each(i -> GeneratedCases.workLog(i, 2025));
        pair(Math.min(500, commuters), COMMUTER_CHUNK, cases, this::engineChecks, logs, l -> l.forEach(Benchmark::baselineCommuter));
        Measure[] both = pair(commuters, COMMUTER_CHUNK, cases, this::engineChecks, logs, l -> l.forEach(Benchmark::baselineCommuter));
        Measure engine = both[0];
        Measure baseline = both[1];
        long records = (long) commuters * GeneratedCases.workLog(0, 2025).size();
        out.printf(Locale.ROOT, "øresund %,d commuters × 1 year (≈%,d day records): engine %,.0f records/s (%.1f s, %s)"
                + " | plain Java %,.0f records/s (%.2f s) | ratio %.1f×%n", commuters, records, records / engine.seconds(),
                engine.seconds(), engine.heap().describe(), records / baseline.seconds(), baseline.seconds(),
                engine.seconds() / baseline.seconds());
        out.flush();
        return new Measure[] {engine, baseline};
    }

    static RawCase commuterCase(long i) {
        List<Node.Mapping> days = new ArrayList<>(262);
        for (GeneratedCases.WorkDay d : GeneratedCases.workLog(i, 2025)) {
            days.add(GeneratedCases.mapping(Map.of("dato", d.date(), "timerArbejdsplads", d.workplace(), "timerHjemme", d.home(),
                    "timerAndetsteds", d.elsewhere())));
        }
        Map<String, RawCase.TypedFacts> facts = new LinkedHashMap<>();
        facts.put("Pendler", new RawCase.TypedFacts("Pendler", GeneratedCases.here(), List.of(GeneratedCases.mapping(Map.of(
                "navn", "Pendler " + i, "bopaelsland", "SVERIGE", "arbejdsgiverland", "DANMARK", "arbejdsgiverSektor", "PRIVAT")))));
        facts.put("Arbejdsdag", new RawCase.TypedFacts("Arbejdsdag", GeneratedCases.here(), days));
        return new RawCase("Genereret pendler " + i, "oresund", GeneratedCases.here(), null, null, null, null, facts, null,
                GeneratedCases.here());
    }

    /** Plain Java: the worst rolling 3-month window of home hours / working hours, and the windows over 50 %. */
    private static void baselineCommuter(List<GeneratedCases.WorkDay> days) {
        int n = days.size();
        BigDecimal[] home = new BigDecimal[n + 1];
        BigDecimal[] work = new BigDecimal[n + 1];
        home[0] = BigDecimal.ZERO;
        work[0] = BigDecimal.ZERO;
        for (int k = 0; k < n; k++) {
            GeneratedCases.WorkDay d = days.get(k);
            home[k + 1] = home[k].add(d.home());
            work[k + 1] = work[k].add(d.home()).add(d.workplace()).add(d.elsewhere());
        }
        LocalDate last = days.get(n - 1).date();
        BigDecimal worst = BigDecimal.ZERO;
        List<String> over = new ArrayList<>();
        int end = 0;
        for (int k = 0; k < n; k++) {
            LocalDate to = days.get(k).date().plusMonths(3).minusDays(1);
            if (to.isAfter(last)) {
                break;
            }
            while (end < n && !days.get(end).date().isAfter(to)) {
                end++;
            }
            BigDecimal h = home[end].subtract(home[k]);
            BigDecimal w = work[end].subtract(work[k]);
            BigDecimal share = h.multiply(BigDecimal.valueOf(100)).divide(w, 2, RoundingMode.HALF_UP);
            if (share.compareTo(worst) > 0) {
                worst = share;
            }
            if (share.compareTo(BigDecimal.valueOf(50)) > 0) {
                over.add(days.get(k).date() + "–" + to + ": " + share + " %");
            }
        }
        if (worst.signum() < 0 || over.size() > n) {
            throw new IllegalStateException();
        }
    }

    /**
     * Items {@code first … first + count - 1} made from their numbers; making them is not timed, so
     * both sides are measured on checking only (the generator is not what is compared).
     */
    private interface Inputs<T> {
        List<T> make(long first, int count);
    }

    private static <T> Inputs<T> each(java.util.function.LongFunction<T> make) {
        return (first, count) -> {
            List<T> items = new ArrayList<>(count);
            for (long i = first; i < first + count; i++) {
                items.add(make.apply(i));
            }
            return items;
        };
    }

    /**
     * Engine ({@code a}) and baseline ({@code b}) over the same {@code n} items, taking turns chunk by
     * chunk; each side's checking time is summed. The heap is that of the whole phase.
     */
    private <A, B> Measure[] pair(long n, int chunk, Inputs<A> inputsA, java.util.function.Consumer<List<A>> checkA,
                                  Inputs<B> inputsB, java.util.function.Consumer<List<B>> checkB) {
        try (HeapWatch watch = new HeapWatch()) {
            long nanosA = 0;
            long nanosB = 0;
            for (long i = 0; i < n; i += chunk) {
                int count = (int) Math.min(chunk, n - i);
                nanosA += timed(inputsA.make(i, count), checkA);
                nanosB += timed(inputsB.make(i, count), checkB);
            }
            HeapWatch.Heap heap = watch.heap();
            return new Measure[] {new Measure("engine", n, nanosA / 1e9, heap), new Measure("baseline", n, nanosB / 1e9, heap)};
        }
    }

    private static <T> long timed(List<T> items, java.util.function.Consumer<List<T>> check) {
        long start = System.nanoTime();
        check.accept(items);
        return System.nanoTime() - start;
    }

    static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.0f MiB", bytes / 1024.0 / 1024.0);
    }

    public static Checker load(Path rules) {
        return Checker.load(rules);
    }
}
