package dk.regeltjek.report;

import dk.regeltjek.testing.PackCoverage;
import dk.regeltjek.testing.TestResult;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code test} as JSON (docs/result.schema.json): each case with its mismatches, then coverage per pack. */
final class JsonTestReporter implements Reporter<TestResult, TestSummary> {
    private final JsonDocument json;
    private final Detail detail;

    JsonTestReporter(Writer out, ReportSettings settings) throws IOException {
        this(out, settings, settings.toolVersion(), settings.createdAt());
    }

    JsonTestReporter(Writer out, ReportSettings settings, String toolVersion, Instant createdAt) throws IOException {
        this.detail = settings.detail();
        json = JsonResults.openCases(out, settings, Command.TEST, toolVersion, createdAt);
    }

    @Override
    public void add(TestResult result, Duration time) throws IOException {
        json.item(JsonShapes.testResult(result, detail));
    }

    @Override
    public void finish(TestSummary summary) throws IOException {
        json.endArray();
        JsonResults.closing(json, summary);
        json.field("coverage", summary.coverage().stream().map(JsonShapes::coverage).toList());
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("cases", summary.cases());
        s.putAll(JsonShapes.verdicts(summary.verdicts()));
        s.put("passed", summary.passed());
        s.put("failed", summary.failed());
        s.put("problems", summary.problems().size());
        s.put("skipped", summary.skipped().size());
        s.put("unfiredRules", summary.unfiredRules());
        s.put("failOnWarn", summary.gate().failOnWarn());
        s.put("minCoverage", summary.gate().minCoverage());
        s.put("belowMinimum", summary.belowMinimum().stream().map(PackCoverage::pack).toList());
        s.put("success", summary.success());
        s.put("exitCode", summary.exitCode().code());
        json.field("summary", s);
        json.end();
    }
}
