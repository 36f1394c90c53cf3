package dk.regeltjek.engine;

import dk.regeltjek.model.CaseInfo;
import dk.regeltjek.model.PackInfo;
import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.rules.Outcome;
import dk.regeltjek.rules.runtime.RuleRuntime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.kie.api.definition.type.FactField;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaGroup;

/**
 * One rule session: inserts the cases' facts, fires the criteria, reports every criterion ×
 * subject no rule decided as undetermined (the safety net), then fires the verdicts and does the
 * same for them — all within the firing limit and the time limit.
 */
final class SessionRun {
    /**
     * What the session left: working memory in the order inserted, beside each object the firing
     * that inserted it (null for the case's facts and the safety net's outcomes), and per case (in
     * the jobs' order) the rules that fired for it.
     */
    record Fired(List<Object> memory, List<FiringRecorder.Provenance> origins, List<List<String>> firedRules) {
    }

    /** Thrown when a batch turns out not to keep its cases apart; the cases are then checked one by one. */
    static final class NotSeparable extends RuntimeException {
        NotSeparable() {
            super(null, null, false, false);
        }
    }

    /** A case may fire at least this often per fact before its rules are taken to loop (big cases fire more). */
    private static final int FIRINGS_PER_FACT = 50;

    private final CompiledPack pack;
    private final Engine.Limits limits;
    private final List<CaseRunner.Job> jobs;
    private final boolean batch;

    SessionRun(CompiledPack pack, Engine.Limits limits, List<CaseRunner.Job> jobs, boolean batch) {
        this.pack = pack;
        this.limits = limits;
        this.jobs = jobs;
        this.batch = batch;
    }

    Fired run() {
        CaseInfo info = jobs.get(0).info();
        KieSession session = pack.sessions.newKieSession();
        boolean reusable = true;
        RuleRuntime.Session context = RuleRuntime.access().open(jobs.get(0).parameters(), pack.criterionOrder,
                pack.verdictInputs);
        FiringRecorder recorder = new FiringRecorder(pack, context, batch, batch ? jobs.size() : 0);
        try (context; Watchdog watchdog = new Watchdog(session, context, limits.timeout())) {
            session.addEventListener(recorder.agendaListener);
            session.addEventListener(recorder.insertListener);
            int facts = 0;
            for (int i = 0; i < jobs.size(); i++) {
                long number = batch ? i + 1 : 0;
                for (Object fact : jobs.get(i).facts().facts()) {
                    pack.typeOf(fact).setCase(fact, number);
                    session.insert(fact);
                    facts++;
                }
            }
            int limit = firingLimit(facts);
            int fired = fire(session, recorder, watchdog, info, limit);
            insertUndecided(session, recorder, false, 0);
            int criteriaDone = recorder.live().size(); // what the verdicts' safety net need not look at again
            AgendaGroup verdicts = session.getAgenda().getAgendaGroup(PackCompiler.VERDICT_GROUP);
            if (verdicts != null) {
                verdicts.setFocus();
                fire(session, recorder, watchdog, info, limit - fired);
            }
            insertUndecided(session, recorder, true, recorder.deletions() == 0 ? criteriaDone : 0);
            if (recorder.insertedOwnFacts()) {
                throw new NotSeparable();
            }
            return fired(recorder);
        } catch (OutOfMemoryError e) {
            reusable = false;
            throw RuleFailures.outOfMemory(info);
        } finally {
            release(session, reusable);
        }
    }

    private static void release(KieSession session, boolean reusable) {
        try {
            if (reusable) {
                session.dispose(); // back to the pool, reset
            } else {
                session.destroy();
            }
        } catch (RuntimeException e) {
            // a session that cannot be reset is simply not reused
        }
    }

    /**
     * A case may fire as often as the firing limit allows, and more when it is big; a batch as
     * often as its cases would alone, but a looping rule should not cost n loops before the batch
     * is redone case by case (where the loop is then reported).
     */
    private int firingLimit(int facts) {
        long perCase = Math.max(limits.firingLimit(), (long) FIRINGS_PER_FACT * facts / jobs.size());
        long limit = batch ? Math.min(perCase * jobs.size(), Math.max(perCase, (long) FIRINGS_PER_CASE_IN_BATCH * jobs.size()))
                : Math.max(limits.firingLimit(), (long) FIRINGS_PER_FACT * facts);
        return (int) Math.min(Integer.MAX_VALUE - 1, limit);
    }

    /** Far above what a case of the bundled packs fires (at most a few hundred), far below a loop. */
    private static final int FIRINGS_PER_CASE_IN_BATCH = 2_000;

    private int fire(KieSession session, FiringRecorder recorder, Watchdog watchdog, CaseInfo info, int limit) {
        int fired;
        try {
            fired = session.fireAllRules(Math.max(limit, 1));
        } catch (RuntimeException e) {
            if (watchdog.stop() == Watchdog.Stop.NONE) {
                throw RuleFailures.ruleFailed(pack, recorder, info, e);
            }
            fired = 0; // a rule stopped at a checkpoint: reported below as the time limit or the cancellation
        }
        switch (watchdog.stop()) {
            case TIMEOUT -> throw RuleFailures.timedOut(pack, info, recorder.lastRule(), limits.timeout());
            case CANCELLED -> throw new CancellationException("the check was cancelled");
            case NONE -> {
            }
        }
        if (fired >= limit) {
            throw RuleFailures.looped(pack, recorder, info, limit);
        }
        return fired;
    }

    private Fired fired(FiringRecorder recorder) {
        List<List<String>> byCase = recorder.firedByCase(batch ? jobs.size() : 0);
        return new Fired(recorder.live(), recorder.origins(), batch ? byCase.subList(1, byCase.size()) : byCase);
    }

    /**
     * The safety net: an undetermined outcome for every criterion and subject no rule decided. The
     * subjects are the cases' facts, known by their case and place in it (no map per session); when
     * a rule inserted or deleted facts, every other object in working memory is a subject, found by identity.
     */
    private void insertUndecided(KieSession session, FiringRecorder recorder, boolean verdicts, int from) {
        if (recorder.factsChanged()) {
            insertUndecidedByIdentity(session, recorder, verdicts);
            return;
        }
        int width = pack.criterionOrder.size();
        int[] offsets = new int[jobs.size() + 1];
        for (int c = 0; c < jobs.size(); c++) {
            offsets[c + 1] = offsets[c] + jobs.get(c).facts().facts().size();
        }
        // per case fact and criterion (by its place in pack.yaml): does some outcome already decide it?
        boolean[] decided = new boolean[offsets[jobs.size()] * width];
        List<Object> memory = recorder.live();
        List<FiringRecorder.Provenance> origins = recorder.origins();
        // verdicts are inserted in the verdict group, after the criteria and their safety net: only those are looked at
        for (int i = from; i < memory.size(); i++) {
            if (memory.get(i) instanceof Outcome outcome) {
                int criterion = pack.criterionIndex(outcome, origins.get(i));
                int subject = criterion < 0 ? -1 : subjectIndex(outcome, offsets);
                if (subject >= 0) {
                    decided[subject * width + criterion] = true;
                }
            }
        }
        List<Object> subjects = new ArrayList<>(offsets[jobs.size()]);
        for (CaseRunner.Job job : jobs) {
            subjects.addAll(job.facts().facts());
        }
        insertUndetermined(session, subjects, decided, width, verdicts);
    }

    /** The subject's number among all the session's case facts, or -1 when it is none of them. */
    private int subjectIndex(Outcome outcome, int[] offsets) {
        int c = batch ? (int) outcome.getRegeltjekCase() - 1 : 0;
        if (c >= 0 && c < jobs.size()) {
            int at = jobs.get(c).facts().positionOf(outcome.getSubject());
            if (at >= 0) {
                return offsets[c] + at;
            }
        }
        for (int other = 0; other < jobs.size(); other++) { // a subject of another case: not with scoped rules
            int at = other == c ? -1 : jobs.get(other).facts().positionOf(outcome.getSubject());
            if (at >= 0) {
                return offsets[other] + at;
            }
        }
        return -1;
    }

    /** The safety net when rules changed the facts: every object in working memory that is not an outcome is a subject. */
    private void insertUndecidedByIdentity(KieSession session, FiringRecorder recorder, boolean verdicts) {
        List<Object> memory = recorder.workingMemory();
        List<Object> subjects = new ArrayList<>();
        for (Object o : memory) {
            if (!(o instanceof Outcome)) {
                subjects.add(o);
            }
        }
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
        insertUndetermined(session, subjects, decided, width, verdicts);
    }

    /** Inserts an undetermined outcome for each criterion of the group and each subject of its type not {@code decided}. */
    private void insertUndetermined(KieSession session, List<Object> subjects, boolean[] decided, int width, boolean verdicts) {
        RuleRuntime.Access rules = RuleRuntime.access();
        List<Object> undecided = new ArrayList<>();
        int at = -1; // the criterion's place in pack.yaml
        for (PackInfo.Criterion criterion : pack.info.criteria().values()) {
            at++;
            if (criterion.verdict() != verdicts) {
                continue;
            }
            DeclaredType type = pack.criterionSubjects.get(at);
            Class<?> subjectClass = type.factType.getFactClass();
            for (int i = 0; i < subjects.size(); i++) {
                Object subject = subjects.get(i);
                if (!decided[i * width + at] && subject.getClass() == subjectClass) {
                    undecided.add(rules.undetermined(criterion.id(), criterion.verdict(), subject, type.caseOf(subject),
                            missing(criterion, type, subject)));
                }
            }
        }
        undecided.forEach(session::insert);
    }

    private static String missing(PackInfo.Criterion criterion, DeclaredType type, Object subject) {
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
}
