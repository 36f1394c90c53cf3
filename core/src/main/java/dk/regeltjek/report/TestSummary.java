package dk.regeltjek.report;

import dk.regeltjek.model.Problem;
import dk.regeltjek.testing.PackCoverage;
import java.time.Duration;
import java.util.List;

/**
 * {@code test}: how many cases met their expect block, the verdicts, and per pack how well the
 * examples exercise the rules — with the gate the coverage is held to.
 */
public record TestSummary(Provenance provenance, Verdicts verdicts, int passed, int failed, List<PackCoverage> coverage,
                          Gate gate, List<Problem> problems, List<Skipped> skipped, Duration elapsed) implements Summary {

    /**
     * What fails a test besides a failed expectation.
     *
     * @param failOnWarn  rules no example made fire fail the test ({@code --fail-on-warn})
     * @param minCoverage the lowest share (percent) of rules fired and of criteria seen on both
     *                    sides any pack may have ({@code --min-coverage}), or null for no minimum
     */
    public record Gate(boolean failOnWarn, Integer minCoverage) {
        public static final Gate NONE = new Gate(false, null);
    }

    @Override
    public int cases() {
        return passed + failed;
    }

    /** The packs whose coverage is below the gate's minimum. */
    public List<PackCoverage> belowMinimum() {
        if (gate.minCoverage() == null) {
            return List.of();
        }
        return coverage.stream().filter(c -> c.below(gate.minCoverage())).toList();
    }

    /** The rules no example made fire, over all packs: the test's warnings. */
    public int unfiredRules() {
        return coverage.stream().mapToInt(c -> c.unfired().size()).sum();
    }

    public boolean success() {
        return failed == 0 && belowMinimum().isEmpty() && !(gate.failOnWarn() && unfiredRules() > 0);
    }

    @Override
    public ExitCode exitCode() {
        if (!problems.isEmpty()) {
            return ExitCode.BAD_INPUT;
        }
        return success() ? ExitCode.OK : ExitCode.FAILED;
    }
}
