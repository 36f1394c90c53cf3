package dk.regeltjek.bench;

import dk.regeltjek.bench.raw.Application;
import dk.regeltjek.bench.raw.Project;
import dk.regeltjek.bench.raw.RawDroolsPeer;
import dk.regeltjek.bench.raw.Result;
import dk.regeltjek.api.Case;
import dk.regeltjek.api.CaseInput;
import dk.regeltjek.model.CaseResult;
import dk.regeltjek.api.Checker;
import dk.regeltjek.model.FactRef;
import dk.regeltjek.model.OutcomeRecord;
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

    /** Projects per generated application: 1–6, as an application's form holds (more is a warning). */
    static final int MAX_PROJECTS = 6;

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
        Inputs<Case> cases = each(i -> GeneratedCases.loanCase(GeneratedCases.loanApplication(i, MAX_PROJECTS), i));
        Inputs<GeneratedCases.LoanApplication> projects = each(i -> GeneratedCases.loanApplication(i, MAX_PROJECTS));
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
            GeneratedCases.LoanApplication application = GeneratedCases.loanApplication(i, MAX_PROJECTS);
            List<String> engine = described(checker.check(GeneratedCases.loanCase(application, i)).outcomes());
            List<String> plain = described(baselineCheck(application));
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

    private void engineChecks(List<Case> cases) {
        for (CaseResult result : checker.checkAll(cases)) {
            if (result.outcomes().isEmpty()) {
                throw new IllegalStateException("no outcomes for " + result.info().name());
            }
        }
    }

    private void baselineLoanChecks(List<GeneratedCases.LoanApplication> cases) {
        for (GeneratedCases.LoanApplication c : cases) {
            if (baselineCheck(c).isEmpty()) {
                throw new IllegalStateException("no outcomes for " + c.municipality());
            }
        }
    }

    private List<OutcomeRecord> baselineCheck(GeneratedCases.LoanApplication c) {
        FactRef application = new FactRef("Ansoegning", c.municipality(), GeneratedCases.factAt(1));
        List<FactRef> projects = new ArrayList<>(c.projects().size());
        for (int k = 0; k < c.projects().size(); k++) {
            projects.add(new FactRef("Projekt", c.projects().get(k).name(), GeneratedCases.factAt(k + 2)));
        }
        return baseline().check(c, application, projects);
    }

    /**
     * regeltjek (with explanations, in batches) against the Drools a developer would write by hand
     * (stateless session per case), on applications of 1–{@code maxProjects} projects; statuses are
     * compared case by case first. Prints {@code raw-drools: N cases/s; regeltjek/raw-drools = R×}.
     */
    public List<Measure[]> rawDrools(List<Integer> sizes, int maxProjects) {
        RawDroolsPeer peer = new RawDroolsPeer();
        int disagreements = rawDisagreements(peer, 2_000, maxProjects);
        out.println("regeltjek and raw Drools agree on every criterion's status of 2,000 generated cases (1–" + maxProjects
                + " projects): " + (disagreements == 0));
        if (disagreements > 0) {
            throw new IllegalStateException("the raw-Drools peer disagrees with the rules on " + disagreements + " cases");
        }
        Inputs<Case> cases = each(i -> GeneratedCases.loanCase(GeneratedCases.loanApplication(i, maxProjects), i));
        Inputs<RawDroolsCase> plain = each(i -> RawDroolsCase.of(GeneratedCases.loanApplication(i, maxProjects)));
        java.util.function.Consumer<List<RawDroolsCase>> peerChecks = list -> list.forEach(c -> {
            if (peer.check(c.application(), c.projects()).isEmpty()) {
                throw new IllegalStateException("no results");
            }
        });
        long largest = sizes.stream().mapToLong(Integer::longValue).max().orElse(0);
        pair(Math.min(400_000, 40 * largest), CHUNK, cases, this::engineChecks, plain, peerChecks);
        List<Measure[]> rows = new ArrayList<>();
        for (int n : sizes) {
            List<Measure[]> repeats = new ArrayList<>();
            for (int r = 0; r < (n <= 100_000 ? 5 : 1); r++) {
                repeats.add(pair(n, CHUNK, cases, this::engineChecks, plain, peerChecks));
            }
            repeats.sort(java.util.Comparator.comparingDouble(m -> m[0].perSecond() / m[1].perSecond()));
            Measure[] median = repeats.get(repeats.size() / 2);
            rows.add(median);
            out.printf(Locale.ROOT, "raw-drools (1–%d projects, %,d cases): %,.0f cases/s; regeltjek %,.0f cases/s; "
                            + "regeltjek/raw-drools = %.2f×%s%n", maxProjects, n, median[1].perSecond(), median[0].perSecond(),
                    median[0].perSecond() / median[1].perSecond(), repeats.size() == 1 ? ""
                            : String.format(Locale.ROOT, " (median of %d: %.2f–%.2f×)", repeats.size(),
                            repeats.get(0)[0].perSecond() / repeats.get(0)[1].perSecond(),
                            repeats.get(repeats.size() - 1)[0].perSecond() / repeats.get(repeats.size() - 1)[1].perSecond()));
            out.flush();
        }
        return rows;
    }

    /** A generated application as the raw-Drools peer takes it: plain objects. */
    private record RawDroolsCase(Application application, List<Project> projects) {
        static RawDroolsCase of(GeneratedCases.LoanApplication a) {
            List<Project> projects = new ArrayList<>(a.projects().size());
            for (GeneratedCases.LoanProject p : a.projects()) {
                projects.add(new Project(p.name(), p.basis(), p.kind(), p.places2025(), p.places2026(), p.converted(),
                        p.removed(), p.shareOthers(), p.completion(), p.gross2025(), p.gross2026(), p.lossMadeProbable()));
            }
            return new RawDroolsCase(new Application(a.municipality(), a.approved()), projects);
        }
    }

    /** Cases whose criterion × subject statuses differ between regeltjek and the peer (the first three are printed). */
    private int rawDisagreements(RawDroolsPeer peer, int n, int maxProjects) {
        int disagreements = 0;
        for (int i = 0; i < n; i++) {
            GeneratedCases.LoanApplication a = GeneratedCases.loanApplication(i, maxProjects);
            java.util.Map<String, String> engine = new java.util.TreeMap<>();
            for (OutcomeRecord o : checker.check(GeneratedCases.loanCase(a, i)).outcomes()) {
                engine.put(o.criterion() + " | " + o.subject().name(), o.status().key());
            }
            java.util.Map<String, String> raw = new java.util.TreeMap<>();
            RawDroolsCase c = RawDroolsCase.of(a);
            for (Result r : peer.check(c.application(), c.projects())) {
                raw.put(r.getCriterion() + " | " + r.getSubject(), r.getStatus());
            }
            if (!engine.equals(raw) && ++disagreements <= 3) {
                out.println("  disagreement on case " + i + ":\n    regeltjek  " + engine + "\n    raw Drools " + raw);
            }
        }
        return disagreements;
    }

    /** Øresund: commuters × a year of daily records, one commuter per case, engine vs plain Java windows. */
    public Measure[] oresund(int commuters) {
        Inputs<Case> cases = each(Benchmark::commuterCase);
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

    /**
     * A national round (laanepulje-runde): {@code municipalities} applications with {@code projects}
     * projects in one case — access per project, the ranking, the regional guarantee and the allocation
     * within each year's pool. The case is built once (untimed) and checked {@code runs} times after a
     * warm-up; prints the median and range of one check and what the proposal holds.
     */
    public Measure round(int municipalities, int projects, int runs) {
        Case round = GeneratedCases.nationalRound(municipalities, projects, 2024);
        for (int i = 0; i < 30; i++) { // warm-up: the first checks compile the pack and JIT the engine
            checker.check(round);
        }
        double[] seconds = new double[runs];
        CaseResult result = null;
        HeapWatch.Heap heap;
        try (HeapWatch watch = new HeapWatch()) {
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                result = checker.check(round);
                seconds[i] = (System.nanoTime() - start) / 1e9;
            }
            heap = watch.heap();
        }
        java.util.Arrays.sort(seconds);
        Map<String, Integer> proposal = new java.util.TreeMap<>();
        int access = 0;
        for (OutcomeRecord o : result.outcomes()) {
            if (o.criterion().equals("LR-FORSLAG")) {
                proposal.merge(o.status().key(), 1, Integer::sum);
            } else if (o.criterion().equals("LP-PROJEKT") && o.status().key().equals("met")) {
                access++;
            }
        }
        OutcomeRecord summary = result.outcomes().stream().filter(o -> o.criterion().equals("LR-RUNDE")).findFirst()
                .orElseThrow(() -> new IllegalStateException("the generated round has no LR-RUNDE outcome"));
        List<String> allocated = new ArrayList<>();
        summary.values().forEach(v -> {
            if (v.label().startsWith("i forslaget") || v.label().startsWith("pulje")) {
                allocated.add(v.label() + " " + v.text());
            }
        });
        out.printf(Locale.ROOT, "runde %d municipalities, %d projects (%d facts): check %.0f ms median (%.0f–%.0f ms, %d runs, %s);"
                        + " %d projects with access; LR-FORSLAG %s; %s; verdict %s%n", municipalities, projects,
                municipalities + projects + 1, seconds[runs / 2] * 1000, seconds[0] * 1000, seconds[runs - 1] * 1000, runs,
                heap.describe(), access, proposal, String.join(", ", allocated), result.verdict().key());
        out.flush();
        return new Measure("round", 1, seconds[runs / 2], heap);
    }

    static Case commuterCase(long i) {
        CaseInput input = CaseInput.of("oresund", "Genereret pendler " + i, "(generated)").fact("Pendler", Map.of(
                "navn", "Pendler " + i, "bopaelsland", "SVERIGE", "arbejdsgiverland", "DANMARK", "arbejdsgiverSektor", "PRIVAT"));
        for (GeneratedCases.WorkDay d : GeneratedCases.workLog(i, 2025)) {
            input.fact("Arbejdsdag", Map.of("dato", d.date(), "timerArbejdsplads", d.workplace(), "timerHjemme", d.home(),
                    "timerAndetsteds", d.elsewhere()));
        }
        return input.toCase();
    }

    /**
     * Plain Java: the worst rolling 3-month window of home hours / working hours, and the windows over
     * 50 %, with a window from every calendar day of the log (the month-end rule "sidste-dag").
     */
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
        int from = 0;
        int end = 0;
        for (LocalDate start = days.get(0).date(); ; start = start.plusDays(1)) {
            LocalDate same = start.plusMonths(3);
            LocalDate to = same.getDayOfMonth() != start.getDayOfMonth() ? same : same.minusDays(1);
            if (to.isAfter(last)) {
                break;
            }
            while (from < n && days.get(from).date().isBefore(start)) {
                from++;
            }
            while (end < n && !days.get(end).date().isAfter(to)) {
                end++;
            }
            BigDecimal h = home[end].subtract(home[from]);
            BigDecimal w = work[end].subtract(work[from]);
            if (w.signum() == 0) {
                continue;
            }
            BigDecimal share = h.multiply(BigDecimal.valueOf(100)).divide(w, 2, RoundingMode.HALF_UP);
            if (share.compareTo(worst) > 0) {
                worst = share;
            }
            if (share.compareTo(BigDecimal.valueOf(50)) > 0) {
                over.add(start + "–" + to + ": " + share + " %");
            }
        }
        if (worst.signum() < 0 || over.size() > 400) {
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
