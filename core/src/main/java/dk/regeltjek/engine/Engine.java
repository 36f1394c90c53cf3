package dk.regeltjek.engine;

import dk.regeltjek.facts.Fields;
import dk.regeltjek.facts.RawCase;
import dk.regeltjek.model.CaseInfo;
import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.ExpectedOutcome;
import dk.regeltjek.model.PackInfo;
import dk.regeltjek.model.Problem;
import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.model.RuleInfo;
import dk.regeltjek.model.SourceLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The domain-free core: knows the packs in a rules directory, compiles each on first use (once,
 * shared by all threads), and checks cases against it, returning plain result data. The only
 * place that touches Drools.
 */
public final class Engine {
    /**
     * The bounds every check runs within.
     *
     * @param firingLimit rule firings per case (at least 50 per fact) after which the rules are taken to loop
     * @param timeout     time a case's rules may fire before they are stopped with a located error
     */
    public record Limits(int firingLimit, Duration timeout) {
        public static final int DEFAULT_FIRING_LIMIT = 100_000;
        public static final Limits DEFAULT = new Limits(DEFAULT_FIRING_LIMIT, Duration.ofSeconds(10));
    }

    /**
     * Cases per session in {@link #checkAll}: spreads a session's cost (see docs/engine-notes.md for
     * why 32). Results never depend on it.
     */
    public static final int DEFAULT_BATCH_SIZE = 32;
    /** Sharing a session pays for small cases but not for big ones: a batch closes before it would hold more facts. */
    static final int MAX_FACTS_PER_SESSION = 512;
    /** More packs than this load a few after each other. */
    private static final int MAX_LOADERS = 8;

    private final Path rulesDir;
    private final String shownRulesDir;
    private final Map<String, PackInfo> packs;
    private final Path cacheDir;
    private final CompiledPackCache cache;
    /** Roomy, so that packs loading at the same time rarely share a bin (computeIfAbsent locks the bin). */
    private final Map<String, CompiledPack> compiled = new ConcurrentHashMap<>(64);
    /** Packs whose rules did not compile: every case of them gets the same problems, without recompiling. */
    private final Map<String, RegeltjekException> failed = new ConcurrentHashMap<>();

    private Engine(Path rulesDir, String shownRulesDir, Path cacheDir, Map<String, PackInfo> packs) {
        this.rulesDir = rulesDir;
        this.shownRulesDir = shownRulesDir;
        this.packs = packs;
        this.cacheDir = cacheDir;
        this.cache = cacheDir == null ? null : new CompiledPackCache(cacheDir);
    }

    /**
     * Reads every {@code <pack>/pack.yaml} under {@code rulesDir}; rules compile when first needed.
     * {@code shownRulesDir} is how messages name the folder; {@code cacheDir} (null: none) keeps
     * compiled packs between processes, keyed by the rules' content.
     */
    public static Engine open(Path rulesDir, String shownRulesDir, Path cacheDir) {
        String language = java.util.Locale.getDefault().getLanguage();
        if (language.equals("tr") || language.equals("az")) {
            // Drools capitalises field names by the default locale: "indsendt" would need "getİndsendt"
            throw RegeltjekException.badRules(SourceLocation.of(shownRulesDir), "the rules cannot be compiled in this JVM's "
                    + "default locale (" + java.util.Locale.getDefault() + "): Drools capitalises field names by it",
                    "start Java with -Duser.language=en, or call Locale.setDefault(Locale.ROOT) before loading rules");
        }
        if (!Files.isDirectory(rulesDir)) {
            throw RegeltjekException.badInput(SourceLocation.of(shownRulesDir), "the rules directory does not exist",
                    "point --rules at a directory holding <pack>/pack.yaml");
        }
        Map<String, PackInfo> packs = RulesFolder.read(rulesDir, shownRulesDir);
        if (packs.isEmpty()) {
            throw RegeltjekException.badInput(SourceLocation.of(shownRulesDir), "no rule packs here",
                    "a pack is a folder with pack.yaml and .drl files");
        }
        return new Engine(rulesDir, shownRulesDir, cacheDir, packs);
    }

    /**
     * The rules folder as it is now: this engine when every pack's files (pack.yaml, rules, source
     * document) hash as when it was opened, otherwise a new engine that keeps each unchanged pack's
     * compiled rules (or its compile problems) and compiles the others when they are first used.
     */
    public Engine reloaded() {
        Engine now = open(rulesDir, shownRulesDir, cacheDir);
        if (now.packs.keySet().equals(packs.keySet())
                && now.packs.values().stream().allMatch(p -> unchanged(p, packs.get(p.id())))) {
            return this;
        }
        for (PackInfo pack : now.packs.values()) {
            if (unchanged(pack, packs.get(pack.id()))) {
                CompiledPack done = compiled.get(pack.id());
                if (done != null) {
                    now.compiled.put(pack.id(), done);
                }
                RegeltjekException failure = failed.get(pack.id());
                if (failure != null) {
                    now.failed.put(pack.id(), failure);
                }
            }
        }
        return now;
    }

    /** Same files, by content: the pack folder and the document it quotes. */
    private static boolean unchanged(PackInfo now, PackInfo before) {
        return before != null && now.contentHash() != null && now.contentHash().equals(before.contentHash())
                && java.util.Objects.equals(now.sourceChecksum(), before.sourceChecksum());
    }

    public Map<String, PackInfo> packs() {
        return packs;
    }

    /**
     * Starts compiling (or loading from the cache) {@code packIds} on background threads, one per
     * pack, and returns at once, so a run over several packs loads them side by side. A pack's
     * problems still surface where it is used; unknown names are ignored.
     */
    public void loadInBackground(Collection<String> packIds) {
        List<String> waiting = packIds.stream().distinct()
                .filter(p -> packs.containsKey(p) && !compiled.containsKey(p) && !failed.containsKey(p)).toList();
        if (waiting.isEmpty()) {
            return;
        }
        ExecutorService loaders = Executors.newFixedThreadPool(Math.min(waiting.size(), MAX_LOADERS), task -> {
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

    /** The pack's rules in file order (compiling it if needed); bad rules throw with every problem located. */
    public List<RuleInfo> rules(String pack) {
        return PackCompiler.rules(compiled(pack, SourceLocation.of(shownRulesDir)));
    }

    /**
     * The types a pack declares for cases, each with its fields in the order declared (compiling
     * the pack if needed): what a bulk file's columns may name. {@code where} locates an unknown pack.
     */
    public Map<String, List<String>> declaredFields(String pack, SourceLocation where) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        compiled(pack, where).types.forEach((name, type) -> fields.put(name, List.copyOf(type.fields.keySet())));
        return fields;
    }

    /** Checks a case under {@code scenario} (null: the one it names, else the pack's default). */
    public CaseResult check(RawCase rawCase, String scenario, Limits limits) {
        Prepared prepared = prepare(rawCase, scenario);
        return new CaseRunner(prepared.pack(), limits).run(List.of(prepared.job()), e -> {
            throw e;
        }).get(0);
    }

    /**
     * Checks many cases with the same results as checking them one by one — but consecutive cases
     * of one pack and parameters share a session, which is several times faster. A case that
     * cannot be checked goes to {@code problems}, and the others are still checked.
     *
     * @param scenario  the scenario for every case, or null for the one each case names
     * @param batchSize at most this many cases per session (1: each case in a session of its own)
     */
    public List<CaseResult> checkAll(List<RawCase> rawCases, String scenario, int batchSize, Limits limits,
                                     Consumer<RegeltjekException> problems) {
        List<CaseResult> results = new ArrayList<>(rawCases.size());
        List<Prepared> pending = new ArrayList<>();
        int pendingFacts = 0;
        for (RawCase rawCase : rawCases) {
            Prepared prepared;
            try {
                prepared = prepare(rawCase, scenario);
            } catch (RegeltjekException e) {
                problems.accept(e);
                continue;
            }
            int facts = prepared.job().facts().facts().size();
            if (!pending.isEmpty() && (!prepared.sharesSessionWith(pending.get(0)) || pending.size() >= batchSize
                    || pendingFacts + facts > MAX_FACTS_PER_SESSION)) {
                runBatch(pending, limits, results, problems);
                pendingFacts = 0;
            }
            pending.add(prepared);
            pendingFacts += facts;
        }
        runBatch(pending, limits, results, problems);
        return results;
    }

    private static void runBatch(List<Prepared> pending, Limits limits, List<CaseResult> results,
                                 Consumer<RegeltjekException> problems) {
        if (!pending.isEmpty()) {
            results.addAll(new CaseRunner(pending.get(0).pack(), limits)
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

    private Prepared prepare(RawCase rawCase, String scenario) {
        CompiledPack pack = compiled(rawCase.pack(), rawCase.packLocation());
        PackInfo info = pack.info;
        String chosen = scenario != null ? scenario : rawCase.scenario() != null ? rawCase.scenario() : info.defaultScenario();
        SourceLocation scenarioAt = scenario == null && rawCase.scenarioLocation() != null ? rawCase.scenarioLocation()
                : rawCase.location();
        if (chosen != null && !info.scenarios().containsKey(chosen)) {
            throw RegeltjekException.badInput(scenarioAt, "the pack " + info.id() + " has no scenario \"" + chosen + "\""
                    + Fields.closest(chosen, info.scenarios().keySet()), info.scenarios().isEmpty()
                    ? "this pack defines no scenarios" : "scenarios: " + String.join(", ", info.scenarios().keySet()));
        }
        Map<String, Object> overrides = rawCase.parameters() == null ? Map.of()
                : PackYaml.overrides(rawCase.parameters(), info.parameters());
        // the expect block's mistakes and the facts' are reported together
        List<Problem> problems = new ArrayList<>(expectationProblems(pack, rawCase));
        FactMapper.Mapped facts = null;
        try {
            facts = FactMapper.map(pack, rawCase);
        } catch (RegeltjekException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new RegeltjekException(RegeltjekException.Kind.BAD_INPUT, problems);
        }
        LocalDate date = rawCase.date() != null ? rawCase.date() : info.referenceDate();
        Map<String, Object> parameters = overrides.isEmpty() ? pack.parameters(chosen, date, rawCase.location())
                : ParameterValues.forCase(info, chosen, overrides, date, rawCase.location());
        CaseInfo caseInfo = new CaseInfo(rawCase.name(), rawCase.pack(), chosen, date, parameters, rawCase.location(),
                rawCase.expect());
        return new Prepared(pack, new CaseRunner.Job(caseInfo, facts, parameters));
    }

    private CompiledPack compiled(String pack, SourceLocation where) {
        PackInfo info = packs.get(pack);
        if (info == null) {
            throw RegeltjekException.badInput(where, "unknown pack \"" + pack + "\"" + Fields.closest(pack, packs.keySet()),
                    "packs in " + shownRulesDir + ": " + String.join(", ", packs.keySet()));
        }
        RegeltjekException earlier = failed.get(pack);
        if (earlier != null) {
            throw earlier;
        }
        try {
            return compiled.computeIfAbsent(pack, id -> PackCompiler.compile(info, rulesDir.resolve(id),
                    shownRulesDir + "/" + id, cache, packs::get));
        } catch (RegeltjekException e) {
            failed.putIfAbsent(pack, e);
            throw e;
        }
    }

    /** What the expect block names that the pack does not have: every such criterion and rule. */
    private static List<Problem> expectationProblems(CompiledPack pack, RawCase rawCase) {
        List<Problem> problems = new ArrayList<>();
        if (rawCase.expect() == null) {
            return problems;
        }
        for (ExpectedOutcome expected : rawCase.expect().outcomes()) {
            if (!pack.info.criteria().containsKey(expected.criterion())) {
                problems.add(new Problem(expected.location(), "the pack " + pack.info.id() + " has no criterion \""
                        + expected.criterion() + "\"" + Fields.closest(expected.criterion(), pack.info.criteria().keySet()),
                        "criteria: " + String.join(", ", pack.info.criteria().keySet())));
            }
        }
        List<String> known = new ArrayList<>(pack.rules.keySet());
        known.addAll(pack.info.criteria().keySet());
        for (List<String> names : List.of(rawCase.expect().fired(), rawCase.expect().notFired())) {
            for (String name : names) {
                if (!known.contains(name)) {
                    problems.add(new Problem(rawCase.expect().location(), "expect names the rule \"" + name
                            + "\", which the pack " + pack.info.id() + " does not have" + Fields.closest(name, known),
                            "use a rule name or a criterion id"));
                }
            }
        }
        return problems;
    }
}
