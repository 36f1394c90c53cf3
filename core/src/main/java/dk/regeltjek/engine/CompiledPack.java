package dk.regeltjek.engine;

import dk.regeltjek.model.PackInfo;
import dk.regeltjek.model.RuleInfo;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.KieBase;
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
    /** For each verdict criterion, the criteria it is derived from (pack.yaml's {@code from}). */
    final Map<String, List<String>> verdictInputs = new LinkedHashMap<>();
    /** Sessions are reset and reused: creating one per case would cost more than checking the case. */
    final KieSessionsPool sessions;
    /** The rules that decide a verdict (asked at every firing, so kept as a set). */
    final Set<String> verdictRules = new HashSet<>();
    private final Map<Class<?>, DeclaredType> typesByClass = new HashMap<>();
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
            if (c.verdict()) {
                verdictInputs.put(c.id(), c.from());
            }
        });
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        rules.values().stream().filter(r -> r.criterion() != null && info.criteria().get(r.criterion()).verdict())
                .forEach(r -> verdictRules.add(r.name()));
        types.values().forEach(type -> typesByClass.put(type.factType.getFactClass(), type));
        this.batchable = batchable;
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
