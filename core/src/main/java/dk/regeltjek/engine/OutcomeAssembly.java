package dk.regeltjek.engine;

import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.Citation;
import dk.regeltjek.model.FactRef;
import dk.regeltjek.model.NamedValue;
import dk.regeltjek.model.OutcomeRecord;
import dk.regeltjek.model.PackInfo;
import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.model.RuleInfo;
import dk.regeltjek.model.Status;
import dk.regeltjek.rules.Outcome;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Turns what a session left in working memory into each case's result: its outcomes in report
 * order (criterion as in pack.yaml, then subject as in the case file), each with the rule, the
 * citation and the facts that explain it, and the case's verdict.
 */
final class OutcomeAssembly {
    private OutcomeAssembly() {
    }

    static List<CaseResult> results(CompiledPack pack, List<CaseRunner.Job> jobs, SessionRun.Fired fired) {
        List<CaseResult> results = new ArrayList<>(jobs.size());
        for (int i = 0; i < jobs.size(); i++) {
            CaseRunner.Job job = jobs.get(i);
            List<OutcomeRecord> records = records(pack, fired.outcomes().get(i), job.facts());
            results.add(new CaseResult(job.info(), verdict(pack.info, records), records, fired.firedRules().get(i)));
        }
        return results;
    }

    /**
     * The status of the pack's case verdict (the most severe when the case has several subjects of
     * its type), or, for a pack that names none, the most severe status of all outcomes; a case with
     * nothing to decide is undetermined.
     */
    static Status verdict(PackInfo pack, List<OutcomeRecord> records) {
        Status worst = null;
        for (OutcomeRecord record : records) {
            boolean counts = pack.caseVerdict() == null || pack.caseVerdict().equals(record.criterion());
            if (counts && (worst == null || record.status().severity() > worst.severity())) {
                worst = record.status();
            }
        }
        return worst == null ? Status.UNDETERMINED : worst;
    }

    private static List<OutcomeRecord> records(CompiledPack pack, List<SessionRun.Made> outcomes, FactMapper.Mapped facts) {
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
        Arrays.sort(keys);
        List<SessionRun.Made> sorted = new ArrayList<>(keys.length);
        for (long key : keys) {
            sorted.add(outcomes.get((int) (key & 0xFFFFFF)));
        }
        checkConflicts(pack, sorted);
        List<OutcomeRecord> records = new ArrayList<>(sorted.size());
        for (SessionRun.Made made : sorted) {
            records.add(record(pack, made, facts));
        }
        return records;
    }

    /** Outcomes come sorted by criterion: compare each with the first of its criterion and subject. */
    private static void checkConflicts(CompiledPack pack, List<SessionRun.Made> outcomes) {
        int runStart = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome outcome = outcomes.get(i).outcome();
            if (!outcome.getCriterion().equals(outcomes.get(runStart).outcome().getCriterion())) {
                runStart = i;
            }
            SessionRun.Made first = null;
            for (int j = runStart; j < i && first == null; j++) {
                if (outcomes.get(j).outcome().getSubject() == outcome.getSubject()) {
                    first = outcomes.get(j);
                }
            }
            if (first != null && first.outcome().getStatus() != outcome.getStatus()) {
                String a = ruleOf(first);
                String b = ruleOf(outcomes.get(i));
                throw RegeltjekException.badRules(RuleFailures.location(pack, b), "criterion " + outcome.getCriterion()
                        + " is both " + first.outcome().getStatus().key() + " (rule \"" + a + "\") and "
                        + outcome.getStatus().key() + " (rule \"" + b + "\") for the same subject",
                        "make the rules' conditions exclude each other");
            }
        }
    }

    private static String ruleOf(SessionRun.Made made) {
        return made.provenance() == null ? "(ingen regel)" : made.provenance().rule();
    }

    private static OutcomeRecord record(CompiledPack pack, SessionRun.Made made, FactMapper.Mapped facts) {
        Outcome outcome = made.outcome();
        FiringRecorder.Provenance provenance = made.provenance();
        PackInfo.Criterion criterion = pack.info.criteria().get(outcome.getCriterion());
        RuleInfo rule = provenance == null ? pack.ruleByCriterion.get(outcome.getCriterion())
                : provenance.info() != null ? provenance.info() : pack.rules.get(provenance.rule());
        Citation citation = rule == null ? null : rule.citation();
        List<FactRef> matched = provenance == null ? List.of() : matchedFacts(pack, provenance.matched(), facts);
        List<NamedValue> values = new ArrayList<>(outcome.valueCount());
        outcome.forEachValue((label, value) -> values.add(new NamedValue(label, value)));
        return new OutcomeRecord(outcome.getCriterion(), criterion == null ? outcome.getCriterion() : criterion.title(),
                outcome.isVerdict(), outcome.getStatus(), outcome.getRating(), ref(pack, outcome.getSubject(), facts),
                outcome.getMessage(), values, provenance == null ? null : provenance.rule(), citation, matched);
    }

    /** The facts a rule matched, each once, as references (outcomes it matched are left out). */
    private static List<FactRef> matchedFacts(CompiledPack pack, List<Object> objects, FactMapper.Mapped facts) {
        if (objects.size() == 1) { // most rules match one fact: no bookkeeping
            FactRef ref = ref(pack, objects.get(0), facts);
            return ref == null ? List.of() : List.of(ref);
        }
        List<FactRef> matched = new ArrayList<>(objects.size());
        List<Object> seen = new ArrayList<>(objects.size()); // a match holds a handful of facts: compare by identity
        for (Object o : objects) {
            if (!containsSame(seen, o)) {
                seen.add(o);
                FactRef ref = ref(pack, o, facts);
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
    private static FactRef ref(CompiledPack pack, Object fact, FactMapper.Mapped facts) {
        if (fact == null || fact instanceof Outcome) {
            return null;
        }
        FactRef ref = facts.refOf(fact);
        if (ref != null) {
            return ref;
        }
        DeclaredType type = pack.typeOf(fact);
        return type == null ? null : new FactRef(type.simpleName(), FactMapper.name(type, fact, 0), null);
    }
}
