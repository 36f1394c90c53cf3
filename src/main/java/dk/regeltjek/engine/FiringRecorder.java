package dk.regeltjek.engine;

import dk.regeltjek.rules.Outcome;
import dk.regeltjek.rules.RuleContext;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.rule.Match;

/**
 * Records, while rules fire, which rule fired how often and which rule (with which matched facts)
 * inserted each outcome; tells the helpers which criterion the firing rule decides.
 */
final class FiringRecorder {
    /** The rule that made an outcome and the facts it had matched. */
    record Provenance(String rule, List<Object> matched) {
    }

    private final CompiledPack pack;
    private final RuleContext context;
    private final Map<String, Integer> firings = new LinkedHashMap<>();
    private final Map<Outcome, Provenance> provenance = new IdentityHashMap<>();
    /** Working memory as the events report it, in insertion order (cheaper than asking the session). */
    private final Map<Object, Boolean> live = new java.util.LinkedHashMap<>();
    private Match current;

    final DefaultAgendaEventListener agendaListener = new DefaultAgendaEventListener() {
        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            current = event.getMatch();
            String name = current.getRule().getName();
            RuleInfo info = pack.rules.get(name);
            String criterion = info == null ? null : info.criterion();
            boolean verdict = criterion != null && pack.descriptor.criteria().get(criterion).verdict();
            context.firing(name, criterion, verdict);
            firings.merge(name, 1, Integer::sum);
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            current = null;
        }
    };

    final DefaultRuleRuntimeEventListener insertListener = new DefaultRuleRuntimeEventListener() {
        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            live.put(new Identity(event.getObject()), Boolean.TRUE);
            if (current != null && event.getObject() instanceof Outcome outcome) {
                provenance.put(outcome, new Provenance(current.getRule().getName(), List.copyOf(current.getObjects())));
            }
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            live.remove(new Identity(event.getOldObject()));
        }
    };

    FiringRecorder(CompiledPack pack, RuleContext context) {
        this.pack = pack;
        this.context = context;
    }

    /** Identity, not equals: declared types with @key fields may be equal without being the same fact. */
    private record Identity(Object object) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity other && other.object == object;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(object);
        }
    }

    /** Every object now in working memory, in the order inserted. */
    List<Object> workingMemory() {
        List<Object> objects = new java.util.ArrayList<>(live.size());
        live.keySet().forEach(k -> objects.add(((Identity) k).object()));
        return objects;
    }

    Map<String, Integer> firings() {
        return firings;
    }

    Provenance provenance(Outcome outcome) {
        return provenance.get(outcome);
    }

    /** The rules that fired most often, most first: the likely culprits when the firing limit is reached. */
    List<Map.Entry<String, Integer>> busiestRules(int n) {
        return firings.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n).toList();
    }

    /** The rule that fired most often. */
    String busiestRule() {
        return firings.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("?");
    }
}
