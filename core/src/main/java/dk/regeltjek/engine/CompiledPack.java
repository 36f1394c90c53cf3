package dk.regeltjek.engine;

import dk.regeltjek.model.PackInfo;
import dk.regeltjek.model.RuleInfo;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dk.regeltjek.rules.Outcome;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSessionsPool;

/** A pack whose rules compiled: its rule base, declared types and rules, ready to check cases. */
final class CompiledPack {
    final PackInfo info;
    final KieBase kieBase;
    final Map<String, DeclaredType> types;
    /** Rules by name, in file order. */
    final Map<String, RuleInfo> rules;
    /** The first rule of each criterion, whose citation an outcome without a rule of its own shows. */
    final Map<String, RuleInfo> ruleByCriterion;
    /** Each criterion's place in pack.yaml, the order reports list outcomes in. */
    final Map<String, Integer> criterionOrder = new HashMap<>();
    /** Each criterion's subject type, in the same order (the safety net asks for every batch). */
    final List<DeclaredType> criterionSubjects = new ArrayList<>();
    /** For each verdict criterion, the criteria it is derived from (pack.yaml's {@code from}). */
    final Map<String, List<String>> verdictInputs = new LinkedHashMap<>();
    /** Sessions are reset and reused: creating one per case would cost more than checking the case. */
    final KieSessionsPool sessions;
    /** The rules that decide a verdict (asked at every firing, so kept as a set). */
    final Set<String> verdictRules = new HashSet<>();
    private final Map<Class<?>, DeclaredType> typesByClass = new HashMap<>();
    /** What a firing needs to know of its rule, by the compiled rule's identity (a firing asks at every match). */
    private final Map<Rule, RuleMeta> ruleMeta = new IdentityHashMap<>();
    /** The same, in the order of {@link RuleMeta#index()}. */
    final List<RuleMeta> ruleList = new ArrayList<>();
    /** Whether cases may share a session (see {@link CaseScoping}); cleared if a batch proves otherwise. */
    private volatile boolean batchable;

    CompiledPack(PackInfo info, KieBase kieBase, Map<String, DeclaredType> types, Map<String, RuleInfo> rules,
                 Map<String, RuleInfo> ruleByCriterion, boolean batchable) {
        this.info = info;
        this.kieBase = kieBase;
        this.types = types;
        this.rules = rules;
        this.ruleByCriterion = ruleByCriterion;
        info.criteria().values().forEach(c -> {
            criterionOrder.put(c.id(), criterionOrder.size());
            criterionSubjects.add(types.get(c.subject()));
            if (c.verdict()) {
                verdictInputs.put(c.id(), c.from());
            }
        });
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        rules.values().stream().filter(r -> r.criterion() != null && info.criteria().get(r.criterion()).verdict())
                .forEach(r -> verdictRules.add(r.name()));
        types.values().forEach(type -> typesByClass.put(type.factType.getFactClass(), type));
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                RuleMeta meta = meta(rule.getName(), ruleList.size());
                ruleList.add(meta);
                ruleMeta.put(rule, meta);
            }
        }
        this.batchable = batchable;
    }

    /**
     * A rule as a firing sees it: its name, its {@link RuleInfo} (null for a rule the pack does not
     * list), the criterion it decides (or null), whether that is a verdict, and its number in this pack.
     */
    record RuleMeta(String name, RuleInfo info, String criterion, boolean verdict, int index, int criterionIndex) {
    }

    private RuleMeta meta(String name, int index) {
        RuleInfo info = rules.get(name);
        String criterion = info == null ? null : info.criterion();
        Integer place = criterion == null ? null : criterionOrder.get(criterion);
        return new RuleMeta(name, info, criterion, criterion != null && verdictRules.contains(name), index,
                place == null ? -1 : place);
    }

    /**
     * The place in pack.yaml of the criterion an outcome decides, or -1: read from the rule that
     * made it when there is one (no lookup by the criterion's id, which a rule cannot change).
     */
    int criterionIndex(Outcome outcome, FiringRecorder.Provenance made) {
        if (made != null && made.meta().criterionIndex() >= 0) {
            return made.meta().criterionIndex();
        }
        Integer place = criterionOrder.get(outcome.getCriterion());
        return place == null ? -1 : place;
    }

    /** The metadata of a rule of this pack's rule base, found by identity. */
    RuleMeta meta(Rule rule) {
        RuleMeta meta = ruleMeta.get(rule);
        if (meta == null) { // not a rule object the rule base listed: by name, as a rule without a number
            RuleMeta named = ruleList.stream().filter(m -> m.name().equals(rule.getName())).findFirst().orElse(null);
            return named != null ? named : meta(rule.getName(), -1);
        }
        return meta;
    }

    /** The parameter values of a scenario on a date (a case without overrides of its own), kept: cases share them. */
    private final Map<ParameterKey, Map<String, Object>> parameters = new java.util.concurrent.ConcurrentHashMap<>();

    private record ParameterKey(String scenario, java.time.LocalDate date) {
    }

    /** {@link ParameterValues#forCase} without overrides; a failure is not kept, so each case reports it at its own place. */
    Map<String, Object> parameters(String scenario, java.time.LocalDate date, dk.regeltjek.model.SourceLocation where) {
        ParameterKey key = new ParameterKey(scenario, date);
        Map<String, Object> values = parameters.get(key);
        if (values == null) {
            values = ParameterValues.forCase(info, scenario, Map.of(), date, where);
            if (parameters.size() < 1_000) { // a run over many dates keeps only the first thousand
                parameters.putIfAbsent(key, values);
            }
        }
        return values;
    }

    /** The declared type of a fact the engine made from a case file. */
    DeclaredType typeOf(Object fact) {
        return typesByClass.get(fact.getClass());
    }

    boolean batchable() {
        return batchable;
    }

    void notBatchable() {
        batchable = false;
    }
}
