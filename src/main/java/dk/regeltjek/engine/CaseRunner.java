package dk.regeltjek.engine;

import dk.regeltjek.api.CaseInfo;
import dk.regeltjek.api.CaseResult;
import dk.regeltjek.api.Citation;
import dk.regeltjek.api.FactRef;
import dk.regeltjek.api.NamedValue;
import dk.regeltjek.api.OutcomeRecord;
import dk.regeltjek.api.RegeltjekException;
import dk.regeltjek.api.SourceLocation;
import dk.regeltjek.rules.Outcome;
import dk.regeltjek.rules.Outcome.Status;
import dk.regeltjek.rules.RuleContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.definition.type.FactField;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaGroup;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Checks one case in its own session: inserts the facts, fires the criteria, reports every
 * criterion × subject that no rule decided as undetermined, then fires the verdicts, and reads
 * the outcomes from the final working memory.
 */
final class CaseRunner {
    private final CompiledPack pack;
    private final int firingLimit;

    CaseRunner(CompiledPack pack, int firingLimit) {
        this.pack = pack;
        this.firingLimit = firingLimit;
    }

    CaseResult run(CaseInfo info, FactMapper.Mapped facts, Map<String, Object> parameters) {
        RuleContext context = new RuleContext(parameters);
        FiringRecorder recorder = new FiringRecorder(pack, context);
        KieSession session = pack.sessions.newKieSession();
        context.attach();
        try {
            session.addEventListener(recorder.agendaListener);
            session.addEventListener(recorder.insertListener);
            for (Object fact : facts.facts()) {
                session.insert(fact);
            }
            int fired = fire(session, recorder, info, firingLimit);
            insertUndecided(session, recorder, false);
            AgendaGroup verdicts = session.getAgenda().getAgendaGroup(PackCompiler.VERDICT_GROUP);
            if (verdicts != null) {
                verdicts.setFocus();
                fire(session, recorder, info, firingLimit - fired);
            }
            insertUndecided(session, recorder, true);
            List<OutcomeRecord> outcomes = records(session, facts, recorder);
            Status verdict = outcomes.stream().map(OutcomeRecord::status).max(Comparator.comparingInt(Status::severity))
                    .orElse(Status.UNDETERMINED);
            return new CaseResult(info, verdict, outcomes, List.copyOf(recorder.firings().keySet()));
        } finally {
            RuleContext.clear();
            session.dispose();
        }
    }

    private int fire(KieSession session, FiringRecorder recorder, CaseInfo info, int limit) {
        int fired;
        try {
            fired = session.fireAllRules(Math.max(limit, 1));
        } catch (ConsequenceException e) {
            throw ruleFailed(e.getMatch().getRule().getName(), info, e.getCause() == null ? e : e.getCause());
        } catch (RuntimeException e) {
            throw ruleFailed(ruleNamedIn(e, recorder), info, e);
        }
        if (fired >= limit) {
            String busiest = recorder.busiestRules(3).stream()
                    .map(e -> "\"" + e.getKey() + "\" (" + location(pack.rules.get(e.getKey())) + ") " + e.getValue() + "×")
                    .collect(java.util.stream.Collectors.joining(", "));
            throw RegeltjekException.badRules(location(pack.rules.get(recorder.busiestRule())), "the rules fired "
                    + firingLimit + " times for the case at " + info.location() + " and were stopped; rules that fired most: "
                    + busiest, "a rule that modifies or inserts a fact it matches loops: add a guard or no-loop");
        }
        return fired;
    }

    private static final java.util.regex.Pattern RULE_IN_MESSAGE = java.util.regex.Pattern.compile("Rule \"([^\"]+)\"");

    /** A condition that fails names its rule only in the exception text ("… in [Rule "x" in file]"). */
    private static String ruleNamedIn(Throwable e, FiringRecorder recorder) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            java.util.regex.Matcher m = RULE_IN_MESSAGE.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return m.group(1);
            }
        }
        return recorder.busiestRule();
    }

    private RegeltjekException ruleFailed(String rule, CaseInfo info, Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return RegeltjekException.badRules(location(pack.rules.get(rule)), "rule \"" + rule + "\" failed on the case at "
                + info.location() + ": " + message.replaceAll("\\s+", " "),
                "check the rule against this case's values and the pack's parameters; a field that may be missing needs "
                        + "`field != null` in the condition, or @required in its declaration");
    }

    private static SourceLocation location(RuleInfo rule) {
        return rule == null ? SourceLocation.of("rules") : new SourceLocation(rule.file(), rule.line(), 0);
    }

    /** The safety net: an undetermined outcome for every criterion and subject no rule decided. */
    private void insertUndecided(KieSession session, FiringRecorder recorder, boolean verdicts) {
        Map<String, Set<Object>> decided = new HashMap<>();
        Map<Class<?>, List<Object>> byClass = new HashMap<>();
        for (Object o : recorder.workingMemory()) {
            if (o instanceof Outcome outcome) {
                decided.computeIfAbsent(outcome.getCriterion(), k -> Collections.newSetFromMap(new IdentityHashMap<>()))
                        .add(outcome.getSubject());
            } else {
                byClass.computeIfAbsent(o.getClass(), k -> new ArrayList<>()).add(o);
            }
        }
        List<Outcome> undecided = new ArrayList<>();
        for (PackDescriptor.Criterion criterion : pack.descriptor.criteria().values()) {
            if (criterion.verdict() != verdicts) {
                continue;
            }
            DeclaredType type = pack.types.get(criterion.subject());
            Set<Object> done = decided.getOrDefault(criterion.id(), Set.of());
            for (Object subject : byClass.getOrDefault(type.factType.getFactClass(), List.of())) {
                if (!done.contains(subject)) {
                    undecided.add(Outcome.of(criterion.id(), criterion.verdict(), subject).undetermined(missing(criterion, type, subject)));
                }
            }
        }
        undecided.forEach(session::insert);
    }

    private static String missing(PackDescriptor.Criterion criterion, DeclaredType type, Object subject) {
        List<String> missing = new ArrayList<>();
        for (String field : criterion.needs()) {
            FactField f = type.fields.get(field);
            if (f != null && type.factType.get(subject, field) == null) {
                missing.add(type.text(field) + " (" + field + ")");
            }
        }
        return missing.isEmpty() ? "ingen regel afgjorde kriteriet for dette emne"
                : "kan ikke afgøres: mangler " + String.join(", ", missing);
    }

    private List<OutcomeRecord> records(KieSession session, FactMapper.Mapped facts, FiringRecorder recorder) {
        Map<String, Integer> order = pack.criterionOrder;
        Map<Object, Integer> factOrder = new IdentityHashMap<>();
        for (Object fact : facts.facts()) {
            factOrder.put(fact, factOrder.size());
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Object o : recorder.workingMemory()) {
            if (o instanceof Outcome outcome) {
                outcomes.add(outcome);
            }
        }
        outcomes.sort(Comparator.<Outcome>comparingInt(o -> order.getOrDefault(o.getCriterion(), Integer.MAX_VALUE))
                .thenComparingInt(o -> factOrder.getOrDefault(o.getSubject(), Integer.MAX_VALUE)));
        checkConflicts(outcomes, recorder);
        List<OutcomeRecord> records = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            records.add(record(outcome, facts, recorder));
        }
        return records;
    }

    private void checkConflicts(List<Outcome> outcomes, FiringRecorder recorder) {
        Map<String, Map<Object, Outcome>> seen = new HashMap<>();
        for (Outcome outcome : outcomes) {
            Outcome first = seen.computeIfAbsent(outcome.getCriterion(), k -> new IdentityHashMap<>())
                    .putIfAbsent(outcome.getSubject(), outcome);
            if (first != null && first.getStatus() != outcome.getStatus()) {
                String a = ruleOf(first, recorder);
                String b = ruleOf(outcome, recorder);
                throw RegeltjekException.badRules(location(pack.rules.get(b)), "criterion " + outcome.getCriterion()
                        + " is both " + first.getStatus().key() + " (rule \"" + a + "\") and " + outcome.getStatus().key()
                        + " (rule \"" + b + "\") for the same subject", "make the rules' conditions exclude each other");
            }
        }
    }

    private static String ruleOf(Outcome outcome, FiringRecorder recorder) {
        FiringRecorder.Provenance p = recorder.provenance(outcome);
        return p == null ? "(ingen regel)" : p.rule();
    }

    private OutcomeRecord record(Outcome outcome, FactMapper.Mapped facts, FiringRecorder recorder) {
        PackDescriptor.Criterion criterion = pack.descriptor.criteria().get(outcome.getCriterion());
        FiringRecorder.Provenance provenance = recorder.provenance(outcome);
        RuleInfo rule = provenance == null ? pack.ruleByCriterion.get(outcome.getCriterion()) : pack.rules.get(provenance.rule());
        Citation citation = rule == null ? null : rule.citation();
        List<FactRef> matched = new ArrayList<>();
        if (provenance != null) {
            Set<FactRef> unique = new LinkedHashSet<>();
            for (Object o : provenance.matched()) {
                FactRef ref = ref(o, facts);
                if (ref != null) {
                    unique.add(ref);
                }
            }
            matched.addAll(unique);
        }
        List<NamedValue> values = new ArrayList<>();
        outcome.getValues().forEach((label, value) -> values.add(new NamedValue(label, value)));
        return new OutcomeRecord(outcome.getCriterion(), criterion == null ? outcome.getCriterion() : criterion.title(),
                outcome.isVerdict(), outcome.getStatus(), outcome.getRating(), ref(outcome.getSubject(), facts),
                outcome.getMessage(), values, provenance == null ? null : provenance.rule(), citation, matched);
    }

    /** The reference of a fact: where it was written, or, for a fact a rule derived, its type and name. */
    private FactRef ref(Object fact, FactMapper.Mapped facts) {
        if (fact == null || fact instanceof Outcome) {
            return null;
        }
        FactRef ref = facts.refs().get(fact);
        if (ref != null) {
            return ref;
        }
        for (DeclaredType type : pack.types.values()) {
            if (type.factType.getFactClass() == fact.getClass()) {
                return new FactRef(type.simpleName(), FactMapper.name(type, fact, 0), null);
            }
        }
        return null;
    }

}
