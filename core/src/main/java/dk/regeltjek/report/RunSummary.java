package dk.regeltjek.report;

import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.Problem;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code run}: the verdicts over all cases and per pack (in the order first met).
 *
 * @param failOnWarn whether a warning fails the run ({@code --fail-on-warn})
 */
public record RunSummary(Provenance provenance, Verdicts verdicts, Map<String, Verdicts> byPack, List<Problem> problems,
                         List<Skipped> skipped, Duration elapsed, boolean failOnWarn) implements Summary {

    /**
     * The summary of {@code results} checked by a program embedding the library: verdicts counted,
     * no problems, nothing skipped, warnings allowed.
     */
    public static RunSummary of(Provenance provenance, List<CaseResult> results) {
        VerdictTally tally = new VerdictTally();
        results.forEach(tally::add);
        return new RunSummary(provenance, tally.verdicts(), tally.byPack(), List.of(), List.of(), Duration.ZERO, false);
    }

    @Override
    public int cases() {
        return verdicts.total();
    }

    /** Whether every case is met, or met with warnings (and warnings are allowed). */
    public boolean success() {
        return verdicts.notMet() + verdicts.undetermined() == 0 && (!failOnWarn || verdicts.warning() == 0);
    }

    @Override
    public ExitCode exitCode() {
        if (!problems.isEmpty()) {
            return ExitCode.BAD_INPUT;
        }
        return success() ? ExitCode.OK : ExitCode.FAILED;
    }
}
