package dk.regeltjek.report;

import java.io.IOException;
import java.time.Duration;

/**
 * Renders one command's results in one format: each result as it is done (formats that need the
 * whole run keep them until {@link #finish}), then the summary. A reporter only renders: what
 * counts as a failure is decided by the {@link Summary}.
 *
 * @param <T> the result of one case: {@code CaseResult} (run), {@code TestResult} (test),
 *            {@code ScenarioComparison} (compare)
 * @param <S> the command's summary
 */
public interface Reporter<T, S extends Summary> {

    /** One case's result and the time its check took. */
    void add(T result, Duration time) throws IOException;

    /** After the last case; writes what is left and flushes. */
    void finish(S summary) throws IOException;
}
