package dk.regeltjek.engine;

import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;

/** A pack whose rules compiled: its rule base, declared types and rules, ready to check cases. */
final class CompiledPack {
    final PackDescriptor descriptor;
    final KieBase kieBase;
    final Map<String, DeclaredType> types;
    /** Rules by name, in file order. */
    final Map<String, RuleInfo> rules;
    /** The first rule of each criterion, whose citation an outcome without a rule of its own shows. */
    final Map<String, RuleInfo> ruleByCriterion;
    /** Each criterion's place in pack.yaml, the order reports list outcomes in. */
    final Map<String, Integer> criterionOrder = new java.util.HashMap<>();
    /** Sessions are reset and reused: creating one per case would cost more than checking the case. */
    final KieSessionsPool sessions;

    CompiledPack(PackDescriptor descriptor, KieBase kieBase, Map<String, DeclaredType> types, Map<String, RuleInfo> rules,
                 Map<String, RuleInfo> ruleByCriterion) {
        this.descriptor = descriptor;
        this.kieBase = kieBase;
        this.types = types;
        this.rules = rules;
        this.ruleByCriterion = ruleByCriterion;
        descriptor.criteria().keySet().forEach(id -> criterionOrder.put(id, criterionOrder.size()));
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    }

    List<RuleInfo> ruleList() {
        return List.copyOf(rules.values());
    }
}
