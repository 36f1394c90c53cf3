package dk.regeltjek.report;

import dk.regeltjek.model.CaseResult;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code run} as JSON (docs/result.schema.json): cases stream out as they are checked. */
final class JsonRunReporter implements Reporter<CaseResult, RunSummary> {
    private final JsonDocument json;
    private final Detail detail;

    JsonRunReporter(Writer out, ReportSettings settings) throws IOException {
        this(out, settings, settings.toolVersion(), settings.createdAt());
    }

    JsonRunReporter(Writer out, ReportSettings settings, String toolVersion, Instant createdAt) throws IOException {
        this.detail = settings.detail();
        json = JsonResults.openCases(out, settings, Command.RUN, toolVersion, createdAt);
    }

    @Override
    public void add(CaseResult result, Duration time) throws IOException {
        json.item(JsonShapes.caseResult(result, detail));
    }

    @Override
    public void finish(RunSummary summary) throws IOException {
        json.endArray();
        JsonResults.closing(json, summary);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("cases", summary.cases());
        s.putAll(JsonShapes.verdicts(summary.verdicts()));
        Map<String, Object> byPack = new LinkedHashMap<>();
        summary.byPack().forEach((pack, v) -> byPack.put(pack, JsonShapes.verdicts(v)));
        s.put("byPack", byPack);
        s.put("problems", summary.problems().size());
        s.put("skipped", summary.skipped().size());
        s.put("failOnWarn", summary.failOnWarn());
        s.put("success", summary.success());
        s.put("exitCode", summary.exitCode().code());
        json.field("summary", s);
        json.end();
    }
}
