package dk.regeltjek.api;

import dk.regeltjek.engine.Engine;
import dk.regeltjek.facts.BulkReader;
import dk.regeltjek.facts.CaseReader;
import dk.regeltjek.facts.CaseSource;
import dk.regeltjek.facts.RawCase;
import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.PackInfo;
import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.model.RuleInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The library's entry point. Build it once from a rules directory, then check any number of
 * cases, from any number of threads:
 *
 * <pre>{@code
 * Checker checker = Checker.load(Path.of("rules"));
 * for (CaseResult result : checker.checkFile(Path.of("examples/laanepulje/mindst-25-pct.yaml"))) {
 *     System.out.println(result.info().name() + ": " + result.verdict().danish());
 * }
 * }</pre>
 *
 * Bad input or rules throw {@link RegeltjekException} with every problem located. The
 * {@code with…} methods give a checker with other settings that shares the compiled rules;
 * {@link #reloaded()} one that follows edits of the rules folder.
 */
public final class Checker {
    public static final int DEFAULT_FIRING_LIMIT = Engine.Limits.DEFAULT_FIRING_LIMIT;
    public static final Duration DEFAULT_TIMEOUT = Engine.Limits.DEFAULT.timeout();
    public static final int DEFAULT_BATCH_SIZE = Engine.DEFAULT_BATCH_SIZE;

    private final Engine engine;
    private final Engine.Limits limits;
    private final int batchSize;

    private Checker(Engine engine, Engine.Limits limits, int batchSize) {
        this.engine = engine;
        this.limits = limits;
        this.batchSize = batchSize;
    }

    public static Checker load(Path rulesDir) {
        return builder(rulesDir).build();
    }

    /**
     * {@code cacheDir}: where compiled packs are kept between processes (null: compile every time).
     * A cached pack is used only when every rule file and the Drools, Java and regeltjek builds are
     * unchanged; anything else, or an unreadable cache, means compiling.
     */
    public static Checker load(Path rulesDir, Path cacheDir) {
        return builder(rulesDir).cacheDir(cacheDir).build();
    }

    /**
     * Loads the packs of a rules folder on the class path (e.g. {@code "rules"} packaged in the
     * application's jar under src/main/resources/rules); messages name the files
     * {@code classpath:rules/<pack>/…}. Compiled packs are not cached between processes.
     */
    public static Checker loadFromClasspath(ClassLoader loader, String folder) {
        String name = folder.startsWith("/") ? folder.substring(1) : folder;
        return builder(ClasspathRules.resolve(loader, name)).shownAs("classpath:" + name).build();
    }

    /** A checker of the packs in {@code rulesDir}, with settings other than the defaults. */
    public static Builder builder(Path rulesDir) {
        return new Builder(rulesDir);
    }

    /** Where a checker's rules come from and how its messages name them. */
    public static final class Builder {
        private final Path rulesDir;
        private Path cacheDir;
        private String shownAs;

        private Builder(Path rulesDir) {
            this.rulesDir = rulesDir;
        }

        /** Keeps compiled packs here between processes (see {@link Checker#load(Path, Path)}); null for none. */
        public Builder cacheDir(Path cacheDir) {
            this.cacheDir = cacheDir;
            return this;
        }

        /** How messages name the rules folder (default: the path relative to the working directory). */
        public Builder shownAs(String shownAs) {
            this.shownAs = shownAs;
            return this;
        }

        public Checker build() {
            String shown = shownAs != null ? shownAs : Paths.shown(rulesDir);
            return new Checker(Engine.open(rulesDir, shown, cacheDir), Engine.Limits.DEFAULT, DEFAULT_BATCH_SIZE);
        }
    }

    /** The same rules, stopped as looping after {@code firings} rule firings per case (at least 50 per fact). */
    public Checker withFiringLimit(int firings) {
        if (firings < 1) {
            throw new IllegalArgumentException("the firing limit must be at least 1: " + firings);
        }
        return new Checker(engine, new Engine.Limits(firings, limits.timeout()), batchSize);
    }

    /** The same rules, each case's firing stopped with a located error after {@code timeout} (default 10 s). */
    public Checker withTimeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive: " + timeout);
        }
        return new Checker(engine, new Engine.Limits(limits.firingLimit(), timeout), batchSize);
    }

    /**
     * The same rules, checking at most {@code cases} cases per rule session in {@link #checkAll}; 1
     * gives each case a session of its own. Results never depend on it — only speed does.
     */
    public Checker withBatchSize(int cases) {
        if (cases < 1) {
            throw new IllegalArgumentException("batch size must be at least 1: " + cases);
        }
        return new Checker(engine, limits, cases);
    }

    /**
     * The rules folder as it is now: this checker when no file of it (pack.yaml, rules, the source
     * documents they quote) has changed, otherwise a checker of the new rules that keeps the packs
     * whose files are unchanged compiled. For a long-running process that follows the analyst's edits.
     *
     * @throws RegeltjekException when a pack.yaml is now wrong (the rules compile when first used)
     */
    public Checker reloaded() {
        Engine now = engine.reloaded();
        return now == engine ? this : new Checker(now, limits, batchSize);
    }

    /** Checks every case in a case file: YAML, JSON, or a bulk file (JSON Lines {@code .jsonl}, CSV {@code .csv}). */
    public List<CaseResult> checkFile(Path file) {
        return checkAll(read(file));
    }

    /**
     * Checks many cases at once, in order: the results are those of {@link #check(Case)} one by
     * one, but cases of one pack share rule sessions, which is faster.
     *
     * @throws RegeltjekException for the first case that cannot be checked
     */
    public List<CaseResult> checkAll(List<Case> cases) {
        return engine.checkAll(raw(cases), null, batchSize, limits, e -> {
            throw e;
        });
    }

    /**
     * Like {@link #checkAll(List)}, but a case that cannot be checked goes to {@code problems} and
     * the others are still checked; {@code scenario} (null: each case's own) applies to every case.
     */
    public List<CaseResult> checkAll(List<Case> cases, String scenario, Consumer<RegeltjekException> problems) {
        return engine.checkAll(raw(cases), scenario, batchSize, limits, problems);
    }

    public CaseResult check(Case c) {
        return engine.check(c.raw(), null, limits);
    }

    /** Checks a case under a given scenario instead of the one it names (for comparisons). */
    public CaseResult check(Case c, String scenario) {
        return engine.check(c.raw(), scenario, limits);
    }

    /** Reads the cases of a file without checking them; a file with mistakes is refused with all of them. */
    public List<Case> read(Path file) {
        return read(file, Paths.shown(file));
    }

    /** As {@link #read(Path)}, naming the file {@code shownAs} in messages and results. */
    public List<Case> read(Path file, String shownAs) {
        List<dk.regeltjek.model.Problem> problems = new ArrayList<>();
        List<Case> cases = read(file, shownAs, e -> problems.addAll(e.problems()));
        if (!problems.isEmpty()) {
            throw new RegeltjekException(RegeltjekException.Kind.BAD_INPUT, problems);
        }
        return cases;
    }

    /** Reads the cases of a file that can be read; the mistakes in the others (all of them) go to {@code problems}. */
    public List<Case> read(Path file, String shownAs, Consumer<RegeltjekException> problems) {
        if (BulkReader.isBulk(file)) {
            List<Case> cases = new ArrayList<>();
            try (Stream<Case> each = cases(file, shownAs, problems)) {
                each.forEach(cases::add);
            }
            return cases;
        }
        return wrap(CaseReader.read(file, shownAs, problems));
    }

    /**
     * The cases of a file as a stream: a bulk file (JSON Lines {@code .jsonl} or CSV {@code .csv},
     * docs/formats.md) is read one case at a time as the stream is consumed, so a file of any size
     * takes constant memory; a YAML or JSON case file is read whole. The mistakes of the cases that
     * cannot be read go to {@code problems}, located, as the stream reaches them. Close the stream.
     */
    public Stream<Case> cases(Path file, String shownAs, Consumer<RegeltjekException> problems) {
        if (!BulkReader.isBulk(file)) {
            return read(file, shownAs, problems).stream();
        }
        BulkReader reader = BulkReader.open(file, shownAs, engine::declaredFields, problems);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(reader, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .map(Case::new).onClose(reader::close);
    }

    /**
     * Reads cases that come without a folder — from standard input or a request — named
     * {@code shownAs}; {@code json} for JSON, else YAML. They may not refer to other files ({@code csv:}).
     */
    public List<Case> read(InputStream content, String shownAs, boolean json) {
        try {
            return wrap(CaseReader.read(content, CaseSource.withoutFolder(shownAs, json)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts loading {@code packs} on background threads and returns at once: a caller about to check
     * many cases of several packs saves the time of loading them one after the other. Optional; a
     * pack's problems are reported where it is used, as without this call.
     */
    public void loadInBackground(Collection<String> packs) {
        engine.loadInBackground(packs);
    }

    /** The packs in the rules directory, by id, as their pack.yaml describes them. */
    public Map<String, PackInfo> packs() {
        return engine.packs();
    }

    /** The rules of a pack (compiling it if needed). */
    public List<RuleInfo> rules(String pack) {
        return engine.rules(pack);
    }

    private static List<RawCase> raw(List<Case> cases) {
        List<RawCase> raw = new ArrayList<>(cases.size());
        cases.forEach(c -> raw.add(c.raw()));
        return raw;
    }

    private static List<Case> wrap(List<RawCase> raw) {
        List<Case> cases = new ArrayList<>(raw.size());
        raw.forEach(r -> cases.add(new Case(r)));
        return cases;
    }
}
