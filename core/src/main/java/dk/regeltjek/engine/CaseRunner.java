package dk.regeltjek.engine;

import dk.regeltjek.model.RuleInfo;
import dk.regeltjek.model.CaseInfo;
import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.Citation;
import dk.regeltjek.model.FactRef;
import dk.regeltjek.model.NamedValue;
import dk.regeltjek.model.OutcomeRecord;
import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.model.SourceLocation;
import dk.regeltjek.rules.Outcome;
import dk.regeltjek.model.Status;
import dk.regeltjek.rules.RuleContext;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
        RuleContext context = new RuleContext(jobs.get(0).parameters(), pack.criterionOrder);
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

    /** An outcome in working memory with the firing that inserted it (none for the safety net's). */
    private record Made(Outcome outcome, FiringRecorder.Provenance provenance) {
    }

    private List<CaseResult> results(List<Job> jobs, boolean batch, FiringRecorder recorder) {
        List<List<Made>> outcomes = new ArrayList<>(jobs.size());
        jobs.forEach(job -> outcomes.add(new ArrayList<>()));
        List<Object> memory = recorder.workingMemory();
        for (int i = 0; i < memory.size(); i++) {
            if (memory.get(i) instanceof Outcome outcome) {
                outcomes.get(batch ? (int) outcome.getRegeltjekCase() - 1 : 0).add(new Made(outcome, recorder.provenanceAt(i)));
            }
        }
        List<CaseResult> results = new ArrayList<>(jobs.size());
        for (int i = 0; i < jobs.size(); i++) {
            Job job = jobs.get(i);
            List<OutcomeRecord> records = records(outcomes.get(i), job.facts());
            results.add(new CaseResult(job.info(), worst(records), records, recorder.firedFor(batch ? i + 1 : 0)));
        }
        return results;
    }

    /** The case's verdict: its most severe outcome (undetermined when it has none). */
    private static Status worst(List<OutcomeRecord> records) {
        Status worst = null;
        for (OutcomeRecord record : records) {
            if (worst == null || record.status().severity() > worst.severity()) {
                worst = record.status();
            }
        }
        return worst == null ? Status.UNDETERMINED : worst;
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
        List<Object> memory = recorder.workingMemory();
        List<Object> subjects = new ArrayList<>();
        for (Object o : memory) {
            if (!(o instanceof Outcome)) {
                subjects.add(o);
            }
        }
        // per subject and criterion (by its place in pack.yaml): does some outcome already decide it?
        int width = pack.criterionOrder.size();
        boolean[] decided = new boolean[subjects.size() * width];
        Map<Object, Integer> subjectIndex = new IdentityHashMap<>(subjects.size());
        for (int i = 0; i < subjects.size(); i++) {
            subjectIndex.put(subjects.get(i), i);
        }
        for (Object o : memory) {
            if (o instanceof Outcome outcome) {
                Integer criterion = pack.criterionOrder.get(outcome.getCriterion());
                Integer subject = subjectIndex.get(outcome.getSubject());
                if (criterion != null && subject != null) {
                    decided[subject * width + criterion] = true;
                }
            }
        }
        List<Outcome> undecided = new ArrayList<>();
        for (PackDescriptor.Criterion criterion : pack.descriptor.criteria().values()) {
            if (criterion.verdict() != verdicts) {
                continue;
            }
            DeclaredType type = pack.types.get(criterion.subject());
            Class<?> subjectClass = type.factType.getFactClass();
            int at = pack.criterionOrder.get(criterion.id());
            for (int i = 0; i < subjects.size(); i++) {
                Object subject = subjects.get(i);
                if (!decided[i * width + at] && subject.getClass() == subjectClass) {
                    undecided.add(Outcome.of(criterion.id(), criterion.verdict(), subject, type.caseOf(subject))
                            .undetermined(missing(criterion, type, subject)));
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

    private List<OutcomeRecord> records(List<Made> outcomes, FactMapper.Mapped facts) {
        Map<String, Integer> order = pack.criterionOrder;
        // Sort by the criterion's place in pack.yaml, then the subject's place in the case file, then
        // the order inserted — packed into one long per outcome (15 + 24 + 24 bits), far cheaper than a comparator.
        long[] keys = new long[outcomes.size()];
        for (int i = 0; i < keys.length; i++) {
            Outcome o = outcomes.get(i).outcome();
            long criterion = Math.min(order.getOrDefault(o.getCriterion(), Integer.MAX_VALUE), 0x7FFF);
            int position = facts.positionOf(o.getSubject());
            long subject = position < 0 ? 0xFFFFFF : Math.min(position, 0xFFFFFF);
            keys[i] = criterion << 48 | subject << 24 | i;
        }
        java.util.Arrays.sort(keys);
        List<Made> sorted = new ArrayList<>(keys.length);
        for (long key : keys) {
            sorted.add(outcomes.get((int) (key & 0xFFFFFF)));
        }
        checkConflicts(sorted);
        List<OutcomeRecord> records = new ArrayList<>(sorted.size());
        for (Made made : sorted) {
            records.add(record(made, facts));
        }
        return records;
    }

    /** Outcomes come sorted by criterion: compare each with the first of its criterion and subject. */
    private void checkConflicts(List<Made> outcomes) {
        int runStart = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome outcome = outcomes.get(i).outcome();
            if (!outcome.getCriterion().equals(outcomes.get(runStart).outcome().getCriterion())) {
                runStart = i;
            }
            Made first = null;
            for (int j = runStart; j < i && first == null; j++) {
                if (outcomes.get(j).outcome().getSubject() == outcome.getSubject()) {
                    first = outcomes.get(j);
                }
            }
            if (first != null && first.outcome().getStatus() != outcome.getStatus()) {
                String a = ruleOf(first);
                String b = ruleOf(outcomes.get(i));
                throw RegeltjekException.badRules(location(pack.rules.get(b)), "criterion " + outcome.getCriterion()
                        + " is both " + first.outcome().getStatus().key() + " (rule \"" + a + "\") and "
                        + outcome.getStatus().key() + " (rule \"" + b + "\") for the same subject",
                        "make the rules' conditions exclude each other");
            }
        }
    }

    private static String ruleOf(Made made) {
        return made.provenance() == null ? "(ingen regel)" : made.provenance().rule();
    }

    private OutcomeRecord record(Made made, FactMapper.Mapped facts) {
        Outcome outcome = made.outcome();
        FiringRecorder.Provenance provenance = made.provenance();
        PackDescriptor.Criterion criterion = pack.descriptor.criteria().get(outcome.getCriterion());
        RuleInfo rule = provenance == null ? pack.ruleByCriterion.get(outcome.getCriterion())
                : provenance.info() != null ? provenance.info() : pack.rules.get(provenance.rule());
        Citation citation = rule == null ? null : rule.citation();
        List<FactRef> matched = provenance == null ? List.of() : matchedFacts(provenance.matched(), facts);
        List<NamedValue> values = new ArrayList<>(outcome.valueCount());
        outcome.forEachValue((label, value) -> values.add(new NamedValue(label, value)));
        return new OutcomeRecord(outcome.getCriterion(), criterion == null ? outcome.getCriterion() : criterion.title(),
                outcome.isVerdict(), outcome.getStatus(), outcome.getRating(), ref(outcome.getSubject(), facts),
                outcome.getMessage(), values, provenance == null ? null : provenance.rule(), citation, matched);
    }

    /** The facts a rule matched, each once, as references (outcomes it matched are left out). */
    private List<FactRef> matchedFacts(List<Object> objects, FactMapper.Mapped facts) {
        if (objects.size() == 1) { // most rules match one fact: no bookkeeping
            FactRef ref = ref(objects.get(0), facts);
            return ref == null ? List.of() : List.of(ref);
        }
        List<FactRef> matched = new ArrayList<>(objects.size());
        List<Object> seen = new ArrayList<>(objects.size()); // a match holds a handful of facts: compare by identity
        for (Object o : objects) {
            if (!containsSame(seen, o)) {
                seen.add(o);
                FactRef ref = ref(o, facts);
                if (ref != null && !matched.contains(ref)) {
                    matched.add(ref);
                }
            }
        }
        return matched;
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
        FactRef ref = facts.refOf(fact);
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
