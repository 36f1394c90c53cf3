package dk.regeltjek.report;

import dk.regeltjek.model.CaseResult;
import dk.regeltjek.testing.TestResult;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.time.Duration;

/**
 * The JSON form of {@code run} and {@code test} results, for programs: written by the command line
 * ({@code --format json}) and by any system embedding the library, and read back into records.
 * The shape is described by {@code docs/result.schema.json}; {@link #SCHEMA_VERSION} changes
 * whenever a field changes meaning or goes away (fields may be added within a version).
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(Path.of("results.json"))) {
 *     JsonResults.write(out, Results.ofRun(summary, Detail.all, results));
 * }
 * Results again = JsonResults.read(Files.newBufferedReader(Path.of("results.json")));
 * }</pre>
 */
public final class JsonResults {
    /** The version of docs/result.schema.json this class writes and reads. */
    public static final int SCHEMA_VERSION = 2;

    private JsonResults() {
    }

    /** A reporter that streams a run's cases as JSON as they are checked (memory does not grow with the run). */
    public static Reporter<CaseResult, RunSummary> runReporter(Writer out, ReportSettings settings) throws IOException {
        return new JsonRunReporter(out, settings);
    }

    /** A reporter that streams a test's cases as JSON. */
    public static Reporter<TestResult, TestSummary> testReporter(Writer out, ReportSettings settings) throws IOException {
        return new JsonTestReporter(out, settings);
    }

    /** Writes a whole report, compact (one line), with the version and time its provenance records. */
    public static void write(Writer out, Results results) throws IOException {
        Provenance p = results.summary().provenance();
        ReportSettings settings = ReportSettings.of(p.toolVersion(), p.createdAt()).withDetail(results.detail());
        if (results.summary() instanceof TestSummary summary) {
            JsonTestReporter reporter = new JsonTestReporter(out, settings, p.toolVersion(), p.createdAt());
            for (TestResult test : results.tests()) {
                reporter.add(test, Duration.ZERO);
            }
            reporter.finish(summary);
        } else {
            JsonRunReporter reporter = new JsonRunReporter(out, settings, p.toolVersion(), p.createdAt());
            for (CaseResult result : results.cases()) {
                reporter.add(result, Duration.ZERO);
            }
            reporter.finish((RunSummary) results.summary());
        }
    }

    /**
     * Reads a report written in schemaVersion {@value #SCHEMA_VERSION}. Parameter values come back
     * as JSON has them (dates as ISO text); the elapsed time is not recorded and reads as zero.
     *
     * @throws IOException for text that is not JSON, or JSON of another schema version or command
     */
    public static Results read(Reader in) throws IOException {
        return JsonReading.read(JsonDocument.MAPPER.readTree(in));
    }

    /** A run or test document opened up to its list of cases, which the reporter then fills. */
    static JsonDocument openCases(Writer out, ReportSettings settings, Command command, String toolVersion,
                                  java.time.Instant createdAt) throws IOException {
        JsonDocument json = new JsonDocument(out, settings.pretty()).begin(SCHEMA_VERSION, command, toolVersion, createdAt);
        json.field("detail", JsonShapes.detail(settings.detail()));
        json.startArray("cases");
        return json;
    }

    /** The fields every run and test document closes with: problems, skipped cases and the packs used. */
    static void closing(JsonDocument json, Summary summary) throws IOException {
        json.field("problems", summary.problems().stream().map(JsonShapes::problem).toList());
        json.field("skipped", summary.skipped().stream().map(JsonShapes::skipped).toList());
        json.field("packs", summary.provenance().packs().stream().map(JsonShapes::pack).toList());
    }
}
