package dk.regeltjek.engine;

import dk.regeltjek.model.RuleInfo;
import dk.regeltjek.rules.Outcome;
import dk.regeltjek.rules.runtime.RuleRuntime;
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
    record Provenance(String rule, RuleInfo info, List<Object> matched) {
    }

    private final CompiledPack pack;
    private final RuleRuntime.Session context;
    /** Whether the session holds a batch of cases, numbered from 1 (a single case is number 0). */
    private final boolean batch;
    /** How often each rule fired, counted in single-case sessions only (see beforeMatchFired). */
    private final Map<String, Integer> firings = new LinkedHashMap<>();
    /** Per case number, the rules that fired for it in first-fired order. */
    private final List<List<String>> firedByCase = new java.util.ArrayList<>();
    /** A rule inserted something other than an outcome while a batch ran: the batch must be redone case by case. */
    private boolean insertedOwnFacts;
    /** Working memory as the events report it, in insertion order (cheaper than asking the session). */
    private final List<Object> live = new java.util.ArrayList<>();
    /** Beside each object in {@link #live}: for an outcome a rule inserted, that firing; otherwise null. */
    private final List<Provenance> origins = new java.util.ArrayList<>();
    private Match current;
    private RuleInfo currentInfo;
    /** The rule that fired last (or is firing): the one a timeout names. */
    private volatile String lastRule;

    final DefaultAgendaEventListener agendaListener = new DefaultAgendaEventListener() {
        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            current = event.getMatch();
            String name = current.getRule().getName();
            lastRule = name;
            RuleInfo info = pack.rules.get(name);
            currentInfo = info;
            String criterion = info == null ? null : info.criterion();
            boolean verdict = criterion != null && pack.verdictRules.contains(name);
            long caseNumber = batch ? ((Number) current.getDeclarationValue(CaseScoping.CASE_BINDING)).longValue() : 0;
            context.firing(name, criterion, verdict, caseNumber);
            if (!batch) { // a batch that fails or loops is redone case by case, where the counts name the culprit
                firings.merge(name, 1, Integer::sum);
            }
            while (firedByCase.size() <= caseNumber) {
                firedByCase.add(new java.util.ArrayList<>());
            }
            addOnce(firedByCase.get((int) caseNumber), name);
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            current = null;
        }
    };

    final DefaultRuleRuntimeEventListener insertListener = new DefaultRuleRuntimeEventListener() {
        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            Object object = event.getObject();
            Provenance origin = null;
            if (current != null && object instanceof Outcome) {
                // getObjects() builds a fresh list each call: it is ours to keep
                origin = new Provenance(current.getRule().getName(), currentInfo, current.getObjects());
            } else if (current != null && batch) {
                insertedOwnFacts = true; // a derived fact has no case number, so rules of every case would see it
            }
            live.add(object);
            origins.add(origin);
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            Object gone = event.getOldObject();
            for (int i = live.size() - 1; i >= 0; i--) { // by identity: equal facts may be different facts; deletes are rare
                if (live.get(i) == gone) {
                    live.remove(i);
                    origins.remove(i);
                    break;
                }
            }
        }
    };

    /** A case fires a handful of distinct rules: a short list beats a hash set. */
    private static void addOnce(List<String> names, String name) {
        if (!names.contains(name)) {
            names.add(name);
        }
    }

    FiringRecorder(CompiledPack pack, RuleRuntime.Session context, boolean batch) {
        this.pack = pack;
        this.context = context;
        this.batch = batch;
    }

    /** Every object now in working memory, in the order inserted (a view: copy it before inserting more). */
    List<Object> workingMemory() {
        return java.util.Collections.unmodifiableList(live);
    }

    /** The rules that fired for case {@code caseNumber}, in the order they first fired. */
    List<String> firedFor(long caseNumber) {
        return caseNumber < firedByCase.size() ? List.copyOf(firedByCase.get((int) caseNumber)) : List.of();
    }

    boolean insertedOwnFacts() {
        return insertedOwnFacts;
    }

    /** The firing that inserted the object at {@code index} of {@link #workingMemory()}, or null. */
    Provenance provenanceAt(int index) {
        return origins.get(index);
    }

    /** The rules that fired most often, most first: the likely culprits when the firing limit is reached. */
    List<Map.Entry<String, Integer>> busiestRules(int n) {
        return firings.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n).toList();
    }

    /** The rule that fired last, or is firing now; null before the first firing. */
    String lastRule() {
        return lastRule;
    }

    /** The rule that fired most often. */
    String busiestRule() {
        return firings.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("?");
    }
}
