package dk.regeltjek.report;

import dk.regeltjek.compare.ScenarioComparison;
import dk.regeltjek.model.CaseResult;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code compare} as JSON (docs/compare.schema.json): the cases whose outcome changes, streamed
 * with the evidence under both scenarios, then the cases that do not change, briefly.
 */
final class JsonComparisonReporter implements Reporter<ScenarioComparison, ComparisonSummary> {
    /** The version of docs/compare.schema.json written here. */
    static final int SCHEMA_VERSION = 2;

    private final JsonDocument json;
    private final List<Map<String, Object>> unchanged = new ArrayList<>();

    JsonComparisonReporter(Writer out, ReportSettings settings) throws IOException {
        json = new JsonDocument(out, settings.pretty()).begin(SCHEMA_VERSION, Command.COMPARE, settings.toolVersion(),
                settings.createdAt());
        json.startArray("changedCases");
    }

    @Override
    public void add(ScenarioComparison c, Duration time) throws IOException {
        if (!c.changed()) {
            unchanged.add(JsonShapes.ordered("file", c.first().info().location().file(), "line", c.first().info().location().line(),
                    "name", c.first().info().name(), "pack", c.first().info().pack(), "verdict", c.first().verdict().key()));
            return;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", c.first().info().location().file());
        m.put("line", c.first().info().location().line());
        m.put("name", c.first().info().name());
        m.put("pack", c.first().info().pack());
        m.put("before", side(c.first()));
        m.put("after", side(c.second()));
        m.put("changes", c.changes().stream().map(ch -> JsonShapes.ordered("criterion", ch.criterion(), "subject", ch.subject(),
                "before", ch.first() == null ? null : JsonShapes.outcome(ch.first()),
                "after", ch.second() == null ? null : JsonShapes.outcome(ch.second()))).toList());
        json.item(m);
    }

    /** What one scenario decided the case under: the scenario, date, parameter values and verdict. */
    private static Map<String, Object> side(CaseResult result) {
        return JsonShapes.ordered("scenario", result.info().scenario(),
                "date", result.info().date() == null ? null : result.info().date().toString(),
                "parameters", JsonShapes.plain(result.info().parameters()), "verdict", result.verdict().key());
    }

    @Override
    public void finish(ComparisonSummary summary) throws IOException {
        json.endArray();
        json.field("unchangedCases", unchanged);
        json.field("scenarios", JsonShapes.ordered("before", summary.before(), "after", summary.after()));
        JsonResults.closing(json, summary);
        json.field("summary", JsonShapes.ordered("cases", summary.cases(), "changed", summary.changed(),
                "problems", summary.problems().size(), "skipped", summary.skipped().size(),
                "exitCode", summary.exitCode().code()));
        json.end();
    }
}
