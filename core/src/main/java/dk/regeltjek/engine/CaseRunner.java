package dk.regeltjek.engine;

import dk.regeltjek.model.CaseInfo;
import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.RegeltjekException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Checks cases of one pack: a batch of cases shares one session when the pack's rules are scoped
 * to a case (see {@link CaseScoping}) — this is what makes large runs fast. Anything unusual in a
 * batch (a rule that fails, loops or runs too long, one that inserts facts of its own, a case too
 * big for memory) makes the runner check the batch again one case per session, so results and
 * error messages are always those of a single case.
 */
final class CaseRunner {
    /** One case to check: what it is, its facts, and the parameters its rules read. */
    record Job(CaseInfo info, FactMapper.Mapped facts, Map<String, Object> parameters) {
    }

    private final CompiledPack pack;
    private final Engine.Limits limits;

    CaseRunner(CompiledPack pack, Engine.Limits limits) {
        this.pack = pack;
        this.limits = limits;
    }

    /**
     * Checks the jobs, which must share their parameters; results in the jobs' order. A case whose
     * rules fail goes to {@code failures} (which may throw) and has no result.
     */
    List<CaseResult> run(List<Job> jobs, Consumer<RegeltjekException> failures) {
        if (jobs.size() > 1 && pack.batchable()) {
            try {
                return OutcomeAssembly.results(pack, jobs, new SessionRun(pack, limits, jobs, true).run());
            } catch (SessionRun.NotSeparable e) {
                pack.notBatchable();
            } catch (RegeltjekException e) {
                // checked again case by case below, where the failure is reported for its own case
            }
        }
        List<CaseResult> results = new ArrayList<>(jobs.size());
        for (Job job : jobs) {
            try {
                List<Job> one = List.of(job);
                results.add(OutcomeAssembly.results(pack, one, new SessionRun(pack, limits, one, false).run()).get(0));
            } catch (RegeltjekException e) {
                failures.accept(e);
            }
        }
        return results;
    }
}
