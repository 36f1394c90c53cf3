package dk.regeltjek.engine;

import dk.regeltjek.model.RuleInfo;
import dk.regeltjek.model.CaseInfo;
import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.ExpectedOutcome;
import dk.regeltjek.model.Problem;
import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.model.SourceLocation;
import dk.regeltjek.facts.Fields;
import dk.regeltjek.facts.RawCase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The domain-free core: knows the packs in a rules directory, compiles each on first use (once,
 * shared by all threads), and checks cases against it. The only place that touches Drools.
 */
public final class Engine {
    /** Firings per case after which the rules are taken to loop. */
    public static final int DEFAULT_FIRING_LIMIT = 100_000;

    private final Path rulesDir;
    private final String shownRulesDir;
    private final int firingLimit;
    private final Map<String, PackDescriptor> descriptors;
    private final CompiledPackCache cache;
    /** Roomy, so that packs loading at the same time rarely share a bin (computeIfAbsent locks the bin). */
    private final Map<String, CompiledPack> compiled = new ConcurrentHashMap<>(64);
    /** Packs whose rules did not compile: every case of them gets the same problems, without recompiling. */
    private final Map<String, RegeltjekException> failed = new ConcurrentHashMap<>();

    private Engine(Path rulesDir, String shownRulesDir, int firingLimit, Map<String, PackDescriptor> descriptors,
                   Path cacheDir) {
        this.rulesDir = rulesDir;
        this.shownRulesDir = shownRulesDir;
        this.firingLimit = firingLimit;
        this.descriptors = descriptors;
        this.cache = cacheDir == null ? null : new CompiledPackCache(cacheDir);
    }

    /**
     * Reads every {@code <pack>/pack.yaml} under {@code rulesDir}; rules compile when first needed.
     * {@code cacheDir} (null: none) keeps compiled packs between runs, keyed by the rules' content.
     */
    public static Engine open(Path rulesDir, String shownRulesDir, int firingLimit, Path cacheDir) {
        if (!Files.isDirectory(rulesDir)) {
            throw RegeltjekException.badInput(SourceLocation.of(shownRulesDir), "the rules directory does not exist",
                    "point --rules at a directory holding <pack>/pack.yaml");
        }
        Map<String, PackDescriptor> descriptors = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(rulesDir)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                Path descriptor = dir.resolve("pack.yaml");
                String id = dir.getFileName().toString();
                if (Files.isRegularFile(descriptor)) {
                    try {
                        descriptors.put(id, PackDescriptor.read(descriptor, shownRulesDir + "/" + id + "/pack.yaml", id));
                    } catch (RegeltjekException e) {
                        problems.addAll(e.problems());
                    }
                }
            }
        } catch (IOException e) {
            throw RegeltjekException.badInput(SourceLocation.of(shownRulesDir), "cannot read: " + e.getMessage(), null);
        }
        if (!problems.isEmpty()) {
            throw new RegeltjekException(RegeltjekException.Kind.BAD_RULES, problems);
        }
        if (descriptors.isEmpty()) {
            throw RegeltjekException.badInput(SourceLocation.of(shownRulesDir), "no rule packs here",
                    "a pack is a folder with pack.yaml and .drl files");
        }
        return new Engine(rulesDir, shownRulesDir, firingLimit, Collections.unmodifiableMap(descriptors), cacheDir);
    }

    /**
     * Takes over the compiled (or failed) state of {@code packs} from {@code earlier}, a rule set
     * from the same folder whose files for those packs the caller knows to be unchanged: a server
     * that reloads the rules after an edit then compiles only the packs that changed.
     */
    public void reuse(Engine earlier, java.util.Set<String> packs) {
        for (String pack : packs) {
            if (descriptors.containsKey(pack)) {
                CompiledPack done = earlier.compiled.get(pack);
                if (done != null) {
                    compiled.putIfAbsent(pack, done);
                }
                RegeltjekException failure = earlier.failed.get(pack);
                if (failure != null) {
                    failed.putIfAbsent(pack, failure);
                }
            }
        }
    }

    public Map<String, PackDescriptor> packs() {
        return descriptors;
    }

    /** More packs than this load a few after each other. */
    private static final int MAX_LOADERS = 8;

    /**
     * Starts compiling (or loading from the cache) {@code packs} on background threads, one per pack
     * (measured: with one per core, quick cache loads waited behind the compiling of an edited pack),
     * and returns at once. A run over several packs then loads them side by side
     * while it reads its case files, instead of one after the other as cases reach them. A pack's
     * problems still surface where it is used; unknown names are ignored.
     */
    public void loadInBackground(java.util.Collection<String> packs) {
        List<String> waiting = packs.stream().distinct()
                .filter(p -> descriptors.containsKey(p) && !compiled.containsKey(p) && !failed.containsKey(p)).toList();
        if (waiting.isEmpty()) {
            return;
        }
        java.util.concurrent.ExecutorService loaders = java.util.concurrent.Executors.newFixedThreadPool(
                Math.min(waiting.size(), MAX_LOADERS), task -> {
                    Thread thread = new Thread(task, "regeltjek-load");
                    thread.setDaemon(true);
                    return thread;
                });
        for (String pack : waiting) {
            loaders.execute(() -> {
                try {
                    compiled(pack, SourceLocation.of(shownRulesDir));
                } catch (RuntimeException e) {
                    // reported where the pack is used: compiling it there fails the same way (or comes from `failed`)
                }
            });
        }
        loaders.shutdown();
    }

    /** Compiles the pack if needed; bad rules throw with every problem located. */
    public List<RuleInfo> rules(String pack) {
        return compiled(pack, SourceLocation.of(shownRulesDir)).ruleList();
    }

    /** Checks a case under the scenario it names, else the pack's default scenario. */
    public CaseResult check(RawCase rawCase) {
        return check(rawCase, rawCase.scenario(), rawCase.scenarioLocation());
    }

    /** Checks a case under {@code scenario} instead of the one it names (null: the pack's default). */
    public CaseResult check(RawCase rawCase, String scenario) {
        return check(rawCase, scenario, rawCase.location());
    }

    private CaseResult check(RawCase rawCase, String scenario, SourceLocation scenarioLocation) {
        Prepared prepared = prepare(rawCase, scenario, scenarioLocation);
        return new CaseRunner(prepared.pack(), firingLimit).run(List.of(prepared.job()), e -> {
            throw e;
        }).get(0);
    }

    /**
     * Checks many cases with the same results as checking them one by one — but consecutive cases
     * of one pack and parameters share a session, which is several times faster. A case that
     * cannot be checked goes to {@code problems}, and the others are still checked.
     *
     * @param scenario the scenario for every case, or null for the one each case names
     * @param batchSize at most this many cases per session (1: each case in a session of its own)
     */
    public List<CaseResult> checkAll(List<RawCase> rawCases, String scenario, int batchSize,
                                     Consumer<RegeltjekException> problems) {
        List<CaseResult> results = new ArrayList<>(rawCases.size());
        List<Prepared> pending = new ArrayList<>();
        int pendingFacts = 0;
        for (RawCase rawCase : rawCases) {
            Prepared prepared;
            try {
                prepared = scenario == null ? prepare(rawCase, rawCase.scenario(), rawCase.scenarioLocation())
                        : prepare(rawCase, scenario, rawCase.location());
            } catch (RegeltjekException e) {
                problems.accept(e);
                continue;
            }
            int facts = prepared.job().facts().facts().size();
            if (!pending.isEmpty() && (!prepared.sharesSessionWith(pending.get(0)) || pending.size() >= batchSize
                    || pendingFacts + facts > MAX_FACTS_PER_SESSION)) {
                runBatch(pending, results, problems);
                pendingFacts = 0;
            }
            pending.add(prepared);
            pendingFacts += facts;
        }
        runBatch(pending, results, problems);
        return results;
    }

    /**
     * Cases per session in {@link #checkAll}: spreads a session's cost. Measured on loan cases: 32
     * per session were fastest; at 256 a session's objects no longer fit the processor's cache and a
     * case cost about a fifth more.
     */
    public static final int DEFAULT_BATCH_SIZE = 32;
    /**
     * Sharing a session pays for small cases (a loan application: 2–7 facts, about twice as fast)
     * but not for big ones (a year of Øresund day records, 262 facts, measured 20 % slower in pairs
     * than alone): a batch closes before it would hold more than this many facts.
     */
    static final int MAX_FACTS_PER_SESSION = 512;

    private void runBatch(List<Prepared> pending, List<CaseResult> results, Consumer<RegeltjekException> problems) {
        if (!pending.isEmpty()) {
            results.addAll(new CaseRunner(pending.get(0).pack(), firingLimit)
                    .run(pending.stream().map(Prepared::job).toList(), problems));
            pending.clear();
        }
    }

    /** A case read, validated and mapped to facts, ready for a session. */
    private record Prepared(CompiledPack pack, CaseRunner.Job job) {
        boolean sharesSessionWith(Prepared other) {
            return pack == other.pack && job.parameters().equals(other.job.parameters());
        }
    }

    private Prepared prepare(RawCase rawCase, String scenario, SourceLocation scenarioLocation) {
        CompiledPack pack = compiled(rawCase.pack(), rawCase.packLocation());
        PackDescriptor descriptor = pack.descriptor;
        String chosen = scenario != null ? scenario : descriptor.defaultScenario();
        if (chosen != null && !descriptor.scenarios().containsKey(chosen)) {
            throw RegeltjekException.badInput(scenarioLocation, "the pack " + descriptor.id() + " has no scenario \""
                    + chosen + "\"" + Fields.closest(chosen, descriptor.scenarios().keySet()), descriptor.scenarios().isEmpty()
                    ? "this pack defines no scenarios" : "scenarios: " + String.join(", ", descriptor.scenarios().keySet()));
        }
        Map<String, Object> overrides = rawCase.parameters() == null ? Map.of()
                : PackDescriptor.parameterValues(rawCase.parameters(), descriptor.parameters());
        validateExpectation(pack, rawCase);
        FactMapper.Mapped facts = FactMapper.map(pack, rawCase);
        Map<String, Object> parameters = descriptor.resolve(chosen, overrides);
        CaseInfo info = new CaseInfo(rawCase.name(), rawCase.pack(), chosen, parameters, rawCase.location(), rawCase.expect());
        return new Prepared(pack, new CaseRunner.Job(info, facts, parameters));
    }

    private CompiledPack compiled(String pack, SourceLocation where) {
        PackDescriptor descriptor = descriptors.get(pack);
        if (descriptor == null) {
            throw RegeltjekException.badInput(where, "unknown pack \"" + pack + "\"" + Fields.closest(pack, descriptors.keySet()),
                    "packs in " + shownRulesDir + ": " + String.join(", ", descriptors.keySet()));
        }
        RegeltjekException earlier = failed.get(pack);
        if (earlier != null) {
            throw earlier;
        }
        try {
            return compiled.computeIfAbsent(pack, id -> PackCompiler.compile(descriptor, rulesDir.resolve(id),
                    shownRulesDir + "/" + id, cache));
        } catch (RegeltjekException e) {
            failed.putIfAbsent(pack, e);
            throw e;
        }
    }

    private static void validateExpectation(CompiledPack pack, RawCase rawCase) {
        if (rawCase.expect() == null) {
            return;
        }
        for (ExpectedOutcome expected : rawCase.expect().outcomes()) {
            if (!pack.descriptor.criteria().containsKey(expected.criterion())) {
                throw RegeltjekException.badInput(expected.location(), "the pack " + pack.descriptor.id() + " has no criterion \""
                        + expected.criterion() + "\"" + Fields.closest(expected.criterion(), pack.descriptor.criteria().keySet()),
                        "criteria: " + String.join(", ", pack.descriptor.criteria().keySet()));
            }
        }
        List<String> known = new ArrayList<>(pack.rules.keySet());
        known.addAll(pack.descriptor.criteria().keySet());
        for (List<String> names : List.of(rawCase.expect().fired(), rawCase.expect().notFired())) {
            for (String name : names) {
                if (!known.contains(name)) {
                    throw RegeltjekException.badInput(rawCase.expect().location(), "expect names the rule \"" + name
                            + "\", which the pack " + pack.descriptor.id() + " does not have" + Fields.closest(name, known),
                            "use a rule name or a criterion id");
                }
            }
        }
    }
}
