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
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * Turns what a session left in working memory into each case's result: its outcomes in report
 * order (criterion as in pack.yaml, then subject as in the case file), each with the rule, the
 * citation and the facts that explain it, and the case's verdict.
 */
final class OutcomeAssembly {
    private OutcomeAssembly() {
    }

    static List<CaseResult> results(CompiledPack pack, List<CaseRunner.Job> jobs, SessionRun.Fired fired) {
        List<Object> memory = fired.memory();
        // the outcomes of each case, grouped by case (a counting sort of working memory's outcome places)
        int[] start = new int[jobs.size() + 1];
        int outcomes = 0;
        for (Object o : memory) {
            if (o instanceof Outcome outcome) {
                start[caseOf(outcome, jobs.size()) + 1]++;
                outcomes++;
            }
        }
        for (int c = 1; c < start.length; c++) {
            start[c] += start[c - 1];
        }
        int[] next = java.util.Arrays.copyOf(start, jobs.size());
        int[] places = new int[outcomes];
        for (int i = 0; i < memory.size(); i++) {
            if (memory.get(i) instanceof Outcome outcome) {
                places[next[caseOf(outcome, jobs.size())]++] = i;
            }
        }
        List<CaseResult> results = new ArrayList<>(jobs.size());
        for (int c = 0; c < jobs.size(); c++) {
            CaseRunner.Job job = jobs.get(c);
            Records records = records(pack, memory, fired.origins(), places, start[c], start[c + 1], job.facts());
            results.add(new CaseResult(job.info(), records.verdict(), records, fired.firedRules().get(c)));
        }
        return results;
    }

    /** The case (from 0, in the jobs' order) an outcome belongs to: its batch number less one, or 0 for a single case. */
    private static int caseOf(Outcome outcome, int cases) {
        return cases == 1 ? 0 : (int) outcome.getRegeltjekCase() - 1;
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

    /**
     * A case's outcomes in report order: sorted by the criterion's place in pack.yaml, then the
     * subject's place in the case file, then the order inserted — packed into one long per outcome
     * (15 + 24 + 24 bits), far cheaper than a comparator.
     */
    private static Records records(CompiledPack pack, List<Object> memory, List<FiringRecorder.Provenance> origins, int[] places,
                                   int from, int to, FactMapper.Mapped facts) {
        int n = to - from;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            Outcome o = (Outcome) memory.get(places[from + i]);
            int place = pack.criterionIndex(o, origins.get(places[from + i]));
            long criterion = Math.min(place < 0 ? Integer.MAX_VALUE : place, 0x7FFF);
            int position = facts.positionOf(o.getSubject());
            long subject = position < 0 ? 0xFFFFFF : Math.min(position, 0xFFFFFF);
            keys[i] = criterion << 48 | subject << 24 | i;
        }
        Arrays.sort(keys);
        Outcome[] sorted = new Outcome[n];
        FiringRecorder.Provenance[] provenance = new FiringRecorder.Provenance[n];
        for (int i = 0; i < n; i++) {
            int place = places[from + (int) (keys[i] & 0xFFFFFF)];
            sorted[i] = (Outcome) memory.get(place);
            provenance[i] = origins.get(place);
        }
        checkConflicts(pack, sorted, provenance);
        return new Records(pack, sorted, provenance, facts);
    }

    /**
     * A case's outcome records, each assembled when first read: a run that only counts verdicts, or
     * writes a summary, never pays for the values, citations and matched facts of every outcome.
     * What a record shows was fixed when the session ended (an outcome does not change after it).
     */
    static final class Records extends AbstractList<OutcomeRecord> implements RandomAccess {
        private final CompiledPack pack;
        private final Outcome[] outcomes;
        private final FiringRecorder.Provenance[] provenance;
        private final FactMapper.Mapped facts;
        private final OutcomeRecord[] made;

        Records(CompiledPack pack, Outcome[] outcomes, FiringRecorder.Provenance[] provenance, FactMapper.Mapped facts) {
            this.pack = pack;
            this.outcomes = outcomes;
            this.provenance = provenance;
            this.facts = facts;
            this.made = new OutcomeRecord[outcomes.length];
        }

        @Override
        public OutcomeRecord get(int index) {
            OutcomeRecord record = made[index];
            if (record == null) { // a race makes two equal records, and either may be kept
                record = record(pack, outcomes[index], provenance[index], facts);
                made[index] = record;
            }
            return record;
        }

        @Override
        public int size() {
            return outcomes.length;
        }

        /** As {@link OutcomeAssembly#verdict}, read from the outcomes without making their records. */
        Status verdict() {
            String caseVerdict = pack.info.caseVerdict();
            Status worst = null;
            for (Outcome outcome : outcomes) {
                boolean counts = caseVerdict == null || caseVerdict.equals(outcome.getCriterion());
                if (counts && (worst == null || outcome.getStatus().severity() > worst.severity())) {
                    worst = outcome.getStatus();
                }
            }
            return worst == null ? Status.UNDETERMINED : worst;
        }
    }

    /** Outcomes come sorted by criterion: compare each with the first of its criterion and subject. */
    private static void checkConflicts(CompiledPack pack, Outcome[] outcomes, FiringRecorder.Provenance[] provenance) {
        int runStart = 0;
        for (int i = 0; i < outcomes.length; i++) {
            Outcome outcome = outcomes[i];
            if (!outcome.getCriterion().equals(outcomes[runStart].getCriterion())) {
                runStart = i;
            }
            int first = -1;
            for (int j = runStart; j < i && first < 0; j++) {
                if (outcomes[j].getSubject() == outcome.getSubject()) {
                    first = j;
                }
            }
            if (first >= 0 && outcomes[first].getStatus() != outcome.getStatus()) {
                String a = ruleOf(provenance[first]);
                String b = ruleOf(provenance[i]);
                throw RegeltjekException.badRules(RuleFailures.location(pack, b), "criterion " + outcome.getCriterion()
                        + " is both " + outcomes[first].getStatus().key() + " (rule \"" + a + "\") and "
                        + outcome.getStatus().key() + " (rule \"" + b + "\") for the same subject",
                        "make the rules' conditions exclude each other");
            }
        }
    }

    private static String ruleOf(FiringRecorder.Provenance provenance) {
        return provenance == null ? "(ingen regel)" : provenance.rule();
    }

    private static OutcomeRecord record(CompiledPack pack, Outcome outcome, FiringRecorder.Provenance provenance,
                                        FactMapper.Mapped facts) {
        PackInfo.Criterion criterion = pack.info.criteria().get(outcome.getCriterion());
        RuleInfo rule = provenance == null ? pack.ruleByCriterion.get(outcome.getCriterion())
                : provenance.meta().info() != null ? provenance.meta().info() : pack.rules.get(provenance.rule());
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
