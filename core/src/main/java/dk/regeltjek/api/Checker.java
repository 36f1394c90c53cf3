package dk.regeltjek.api;

import dk.regeltjek.engine.Engine;
import dk.regeltjek.facts.CaseReader;
import dk.regeltjek.facts.RawCase;
import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.PackInfo;
import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.model.RuleInfo;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

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
 * {@code with…} methods give a checker with other settings that shares the compiled rules.
 */
public final class Checker {
    public static final int DEFAULT_FIRING_LIMIT = Engine.Limits.DEFAULT_FIRING_LIMIT;
    public static final Duration DEFAULT_TIMEOUT = Engine.Limits.DEFAULT.timeout();
    public static final int DEFAULT_BATCH_SIZE = Engine.DEFAULT_BATCH_SIZE;

    private final Engine engine;
    /** Relative paths resolve against, and messages show paths relative to, this folder; null: the JVM's. */
    private final Path workingDir;
    private final Engine.Limits limits;
    private final int batchSize;

    private Checker(Engine engine, Path workingDir, Engine.Limits limits, int batchSize) {
        this.engine = engine;
        this.workingDir = workingDir;
        this.limits = limits;
        this.batchSize = batchSize;
    }

    public static Checker load(Path rulesDir) {
        return load(rulesDir, null);
    }

    /**
     * {@code cacheDir}: where compiled packs are kept between processes (null: compile every time).
     * A cached pack is used only when every rule file and the Drools, Java and regeltjek builds are
     * unchanged; anything else, or an unreadable cache, means compiling.
     */
    public static Checker load(Path rulesDir, Path cacheDir) {
        return new Checker(Engine.open(rulesDir, display(rulesDir), cacheDir), null, Engine.Limits.DEFAULT,
                DEFAULT_BATCH_SIZE);
    }

    /**
     * Loads the packs of a rules folder on the class path (e.g. {@code "rules"} packaged in the
     * application's jar under src/main/resources/rules); messages name the files
     * {@code classpath:rules/<pack>/…}. Compiled packs are not cached between processes.
     */
    public static Checker loadFromClasspath(ClassLoader loader, String folder) {
        Path rules = ClasspathRules.resolve(loader, folder);
        String shown = "classpath:" + (folder.startsWith("/") ? folder.substring(1) : folder);
        return new Checker(Engine.open(rules, shown, null), null, Engine.Limits.DEFAULT, DEFAULT_BATCH_SIZE);
    }

    /**
     * As {@link #load(Path, Path)}, for a server that works for clients in other folders: relative
     * paths resolve against {@code workingDir} and messages show them relative to it.
     */
    public static Checker load(Path rulesDir, Path cacheDir, Path workingDir) {
        Path cwd = workingDir.toAbsolutePath();
        return new Checker(Engine.open(cwd.resolve(rulesDir), display(rulesDir, cwd), cacheDir), cwd, Engine.Limits.DEFAULT,
                DEFAULT_BATCH_SIZE);
    }

    /** The same rules, stopped as looping after {@code firings} rule firings per case (at least 50 per fact). */
    public Checker withFiringLimit(int firings) {
        if (firings < 1) {
            throw new IllegalArgumentException("the firing limit must be at least 1: " + firings);
        }
        return new Checker(engine, workingDir, new Engine.Limits(firings, limits.timeout()), batchSize);
    }

    /** The same rules, each case's firing stopped with a located error after {@code timeout} (default 10 s). */
    public Checker withTimeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive: " + timeout);
        }
        return new Checker(engine, workingDir, new Engine.Limits(limits.firingLimit(), timeout), batchSize);
    }

    /**
     * The same rules, checking at most {@code cases} cases per rule session in {@link #checkAll}; 1
     * gives each case a session of its own. Results never depend on it — only speed does.
     */
    public Checker withBatchSize(int cases) {
        if (cases < 1) {
            throw new IllegalArgumentException("batch size must be at least 1: " + cases);
        }
        return new Checker(engine, workingDir, limits, cases);
    }

    /**
     * Takes over the compiled packs named in {@code packs} from {@code earlier}, loaded from the
     * same folder, for a caller that knows those packs' files (rules, pack.yaml, source document)
     * are unchanged since; the other packs compile (or come from the disk cache) when needed.
     */
    public Checker reusing(Checker earlier, Set<String> packs) {
        engine.reuse(earlier.engine, packs);
        return this;
    }

    /** The same rules (and compiled packs) for a client working in {@code workingDir}. */
    public Checker from(Path workingDir) {
        return new Checker(engine, workingDir.toAbsolutePath(), limits, batchSize);
    }

    /** Checks every case in a YAML or JSON case file. */
    public List<CaseResult> checkFile(Path file) {
        return checkAll(read(file));
    }

    /**
     * Checks many cases at once, in order: the results are those of {@link #check(RawCase)} one by
     * one, but cases of one pack share rule sessions, which is faster.
     *
     * @throws RegeltjekException for the first case that cannot be checked
     */
    public List<CaseResult> checkAll(List<RawCase> rawCases) {
        return engine.checkAll(rawCases, null, batchSize, limits, e -> {
            throw e;
        });
    }

    /**
     * Like {@link #checkAll(List)}, but a case that cannot be checked goes to {@code problems} and
     * the others are still checked; {@code scenario} (null: each case's own) applies to every case.
     */
    public List<CaseResult> checkAll(List<RawCase> rawCases, String scenario, Consumer<RegeltjekException> problems) {
        return engine.checkAll(rawCases, scenario, batchSize, limits, problems);
    }

    public CaseResult check(RawCase rawCase) {
        return engine.check(rawCase, null, limits);
    }

    /** Checks a case under a given scenario instead of the one it names (for comparisons). */
    public CaseResult check(RawCase rawCase, String scenario) {
        return engine.check(rawCase, scenario, limits);
    }

    /** Reads the cases of a file without checking them; a file with mistakes is refused with all of them. */
    public List<RawCase> read(Path file) {
        return CaseReader.read(resolve(file), shown(file));
    }

    /** Reads the cases of a file that can be read; the mistakes in the others (all of them) go to {@code problems}. */
    public List<RawCase> read(Path file, Consumer<RegeltjekException> problems) {
        return CaseReader.read(resolve(file), shown(file), problems);
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

    /** A path as this checker's messages show it (relative to its user's working directory when inside it). */
    public String show(Path path) {
        return shown(path);
    }

    private Path resolve(Path file) {
        return workingDir == null ? file : workingDir.resolve(file);
    }

    private String shown(Path file) {
        return workingDir == null ? display(file) : display(file, workingDir);
    }

    /** A path as messages show it: relative to the working directory when inside it. */
    public static String display(Path path) {
        return display(path, Path.of("").toAbsolutePath());
    }

    /** A path as messages show it to a client working in {@code cwd} (absolute). */
    public static String display(Path path, Path cwd) {
        Path abs = cwd.resolve(path).normalize();
        String shown = abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
        return shown.isEmpty() ? "." : shown.replace('\\', '/');
    }
}
