package dk.regeltjek.report;

import dk.regeltjek.model.Problem;
import java.time.Duration;
import java.util.List;

/**
 * {@code compare}: how many cases were checked under both scenarios and how many of them changed.
 * A comparison is information, not a verdict: it fails only on bad input.
 */
public record ComparisonSummary(Provenance provenance, String before, String after, int cases, int changed,
                                List<Problem> problems, List<Skipped> skipped, Duration elapsed) implements Summary {

    @Override
    public ExitCode exitCode() {
        return problems.isEmpty() ? ExitCode.OK : ExitCode.BAD_INPUT;
    }
}
