package dk.regeltjek.report;

import dk.regeltjek.model.Problem;
import java.time.Duration;
import java.util.List;

/**
 * What a command found, as plain data, after the last case: the counts reporters print and the
 * exit code, which is a method here so that every format and the process agree on it.
 */
public sealed interface Summary permits RunSummary, TestSummary, ComparisonSummary {

    /** The version, the time and the packs that decided the results. */
    Provenance provenance();

    /** Cases checked (a case that could not be checked is in {@link #skipped()} instead). */
    int cases();

    /** Everything wrong with the input or the rules, sorted by place. */
    List<Problem> problems();

    List<Skipped> skipped();

    /** Wall-clock time of the whole command. */
    Duration elapsed();

    ExitCode exitCode();
}
