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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.kie.api.definition.type.FactField;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaGroup;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Checks cases in a session: inserts the facts, fires the criteria, reports every criterion ×
 * subject that no rule decided as undetermined, then fires the verdicts, and reads the outcomes
 * from the final working memory.
 *
 * <p>A batch of cases of a scoped pack (see {@link CaseScoping}) shares one session, each case
 * numbered 1…n; this is what makes large runs fast. Anything unusual in a batch — a rule that
 * fails or loops, or one that inserts facts of its own — makes the runner check the batch again
 * one case per session, so results and error messages are always those of a single case.
 */
final class CaseRunner {
    /** One case to check: what it is, its facts, and the parameters its rules read. */
    record Job(CaseInfo info, FactMapper.Mapped facts, Map<String, Object> parameters) {
    }

    private final CompiledPack pack;
    private final int firingLimit;

    CaseRunner(CompiledPack pack, int firingLimit) {
        this.pack = pack;
        this.firingLimit = firingLimit;
    }

    /**
     * Checks the jobs, which must share their parameters; results in the jobs' order. A case whose
     * rules fail goes to {@code failures} (which may throw) and has no result.
     */
    List<CaseResult> run(List<Job> jobs, Consumer<RegeltjekException> failures) {
        if (jobs.size() > 1 && pack.batchable()) {
            try {
                return session(jobs, true);
            } catch (BatchNotSeparable e) {
                pack.notBatchable();
            } catch (RegeltjekException e) {
                // checked again case by case below, where the failure is reported for its own case
            }
        }
        List<CaseResult> results = new ArrayList<>(jobs.size());
        for (Job job : jobs) {
            try {
                results.add(session(List.of(job), false).get(0));
            } catch (RegeltjekException e) {
                failures.accept(e);
            }
        }
        return results;
    }

    /** Thrown when a batch turns out not to keep its cases apart; the cases are then checked one by one. */
    private static final class BatchNotSeparable extends RuntimeException {
        BatchNotSeparable() {
            super(null, null, false, false);
        }
    }

    private List<CaseResult> session(List<Job> jobs, boolean batch) {
        CaseInfo info = jobs.get(0).info();
        RuleContext context = new RuleContext(jobs.get(0).parameters());
        FiringRecorder recorder = new FiringRecorder(pack, context, batch);
        KieSession session = pack.sessions.newKieSession();
        context.attach();
        try {
            session.addEventListener(recorder.agendaListener);
            session.addEventListener(recorder.insertListener);
            for (int i = 0; i < jobs.size(); i++) {
                long number = batch ? i + 1 : 0;
                for (Object fact : jobs.get(i).facts().facts()) {
                    pack.typeOf(fact).setCase(fact, number);
                    session.insert(fact);
                }
            }
            int limit = batch ? batchFiringLimit(jobs.size()) : firingLimit;
            int fired = fire(session, recorder, info, limit);
            insertUndecided(session, recorder, false);
            AgendaGroup verdicts = session.getAgenda().getAgendaGroup(PackCompiler.VERDICT_GROUP);
            if (verdicts != null) {
                verdicts.setFocus();
                fire(session, recorder, info, limit - fired);
            }
            insertUndecided(session, recorder, true);
            if (recorder.insertedOwnFacts()) {
                throw new BatchNotSeparable();
            }
            return results(jobs, batch, recorder);
        } finally {
            RuleContext.clear();
            session.dispose();
        }
    }

    /**
     * A batch may fire as often as its cases would alone, but a looping rule should not cost n
     * loops before the batch is redone case by case (where the loop is then reported).
     */
    private int batchFiringLimit(int cases) {
        return (int) Math.min((long) firingLimit * cases, Math.max(firingLimit, (long) FIRINGS_PER_CASE_IN_BATCH * cases));
    }

    /** Far above what a case of the bundled packs fires (at most a few hundred), far below a loop. */
    private static final int FIRINGS_PER_CASE_IN_BATCH = 2_000;

    private List<CaseResult> results(List<Job> jobs, boolean batch, FiringRecorder recorder) {
        List<List<Outcome>> outcomes = new ArrayList<>(jobs.size());
        jobs.forEach(job -> outcomes.add(new ArrayList<>()));
        for (Object o : recorder.workingMemory()) {
            if (o instanceof Outcome outcome) {
                outcomes.get(batch ? (int) outcome.getRegeltjekCase() - 1 : 0).add(outcome);
            }
        }
        List<CaseResult> results = new ArrayList<>(jobs.size());
        for (int i = 0; i < jobs.size(); i++) {
            Job job = jobs.get(i);
            List<OutcomeRecord> records = records(outcomes.get(i), job.facts(), recorder);
            Status verdict = records.stream().map(OutcomeRecord::status).max(Comparator.comparingInt(Status::severity))
                    .orElse(Status.UNDETERMINED);
            results.add(new CaseResult(job.info(), verdict, records, recorder.firedFor(batch ? i + 1 : 0)));
        }
        return results;
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
                    undecided.add(Outcome.of(criterion.id(), criterion.verdict(), subject, type.caseOf(subject)).undetermined(missing(criterion, type, subject)));
                }
            }
        }
        undecided.forEach(session::insert);
    }

    private static String missing(PackDescriptor.Criterion criterion, DeclaredType type, Object subject) {
        List<String> missing = new ArrayList<>();
        for (String field : criterion.needs()) {
            FactField f = type.fields.get(field);
            if (f != null && type.get(subject, f) == null) {
                missing.add(type.text(field) + " (" + field + ")");
            }
        }
        return missing.isEmpty() ? "ingen regel afgjorde kriteriet for dette emne"
                : "kan ikke afgøres: mangler " + String.join(", ", missing);
    }

    private List<OutcomeRecord> records(List<Outcome> outcomes, FactMapper.Mapped facts, FiringRecorder recorder) {
        Map<String, Integer> order = pack.criterionOrder;
        Map<Object, Integer> factOrder = new IdentityHashMap<>();
        for (Object fact : facts.facts()) {
            factOrder.put(fact, factOrder.size());
        }
        // Sort by the criterion's place in pack.yaml, then the subject's place in the case file, then
        // the order inserted — packed into one long per outcome (15 + 24 + 24 bits), far cheaper than a comparator.
        long[] keys = new long[outcomes.size()];
        for (int i = 0; i < keys.length; i++) {
            Outcome o = outcomes.get(i);
            long criterion = Math.min(order.getOrDefault(o.getCriterion(), Integer.MAX_VALUE), 0x7FFF);
            long subject = Math.min(factOrder.getOrDefault(o.getSubject(), Integer.MAX_VALUE), 0xFFFFFF);
            keys[i] = criterion << 48 | subject << 24 | i;
        }
        java.util.Arrays.sort(keys);
        List<Outcome> sorted = new ArrayList<>(keys.length);
        for (long key : keys) {
            sorted.add(outcomes.get((int) (key & 0xFFFFFF)));
        }
        outcomes = sorted;
        checkConflicts(outcomes, recorder);
        List<OutcomeRecord> records = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            records.add(record(outcome, facts, recorder));
        }
        return records;
    }

    /** Outcomes come sorted by criterion: compare each with the first of its criterion and subject. */
    private void checkConflicts(List<Outcome> outcomes, FiringRecorder recorder) {
        int runStart = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome outcome = outcomes.get(i);
            if (!outcome.getCriterion().equals(outcomes.get(runStart).getCriterion())) {
                runStart = i;
            }
            Outcome first = null;
            for (int j = runStart; j < i && first == null; j++) {
                if (outcomes.get(j).getSubject() == outcome.getSubject()) {
                    first = outcomes.get(j);
                }
            }
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
        RuleInfo rule = provenance == null ? pack.ruleByCriterion.get(outcome.getCriterion())
                : provenance.info() != null ? provenance.info() : pack.rules.get(provenance.rule());
        Citation citation = rule == null ? null : rule.citation();
        List<FactRef> matched = new ArrayList<>();
        if (provenance != null) {
            List<Object> seen = new ArrayList<>(); // a match holds a handful of facts: compare by identity
            for (Object o : provenance.matched()) {
                if (!containsSame(seen, o)) {
                    seen.add(o);
                    FactRef ref = ref(o, facts);
                    if (ref != null && !matched.contains(ref)) {
                        matched.add(ref);
                    }
                }
            }
        }
        Map<String, Object> outcomeValues = outcome.getValues();
        List<NamedValue> values = new ArrayList<>(outcomeValues.size());
        for (Map.Entry<String, Object> value : outcomeValues.entrySet()) {
            values.add(new NamedValue(value.getKey(), value.getValue()));
        }
        return new OutcomeRecord(outcome.getCriterion(), criterion == null ? outcome.getCriterion() : criterion.title(),
                outcome.isVerdict(), outcome.getStatus(), outcome.getRating(), ref(outcome.getSubject(), facts),
                outcome.getMessage(), values, provenance == null ? null : provenance.rule(), citation, matched);
    }

    private static boolean containsSame(List<Object> objects, Object o) {
        for (Object other : objects) {
            if (other == o) {
                return true;
            }
        }
        return false;
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
