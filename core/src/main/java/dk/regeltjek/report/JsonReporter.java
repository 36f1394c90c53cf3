package dk.regeltjek.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.FactRef;
import dk.regeltjek.model.NamedValue;
import dk.regeltjek.model.OutcomeRecord;
import dk.regeltjek.model.Status;
import dk.regeltjek.testing.Mismatch;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON results, streamed case by case. The shape is versioned by {@code schemaVersion} and
 * described in {@code docs/result.schema.json}.
 */
public final class JsonReporter implements Reporter {
    public static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    private final JsonGenerator json;
    private TextReporter.Detail detail = TextReporter.Detail.all;

    /** {@code pretty}: indented for people (at a terminal); compact for files and pipes, where size is speed. */
    public JsonReporter(Writer out, String command, String version, boolean pretty) throws IOException {
        json = MAPPER.getFactory().createGenerator(out);
        if (pretty) {
            json.useDefaultPrettyPrinter();
        }
        json.writeStartObject();
        json.writeNumberField("schemaVersion", SCHEMA_VERSION);
        json.writeObjectField("tool", ordered("name", "regeltjek", "version", version));
        json.writeStringField("command", command);
        json.writeArrayFieldStart("cases");
    }

    /** Which outcomes to write: all, only those not met (fails), or none (summary: verdicts only). */
    public JsonReporter detail(TextReporter.Detail detail) {
        this.detail = detail;
        return this;
    }

    @Override
    public void caseChecked(CaseResult result, List<Mismatch> mismatches) throws IOException {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("file", result.info().location().file());
        c.put("line", result.info().location().line());
        c.put("name", result.info().name());
        c.put("pack", result.info().pack());
        c.put("scenario", result.info().scenario());
        c.put("parameters", plainParameters(result.info().parameters()));
        c.put("verdict", result.verdict().key());
        if (mismatches != null) {
            c.put("passed", mismatches.isEmpty());
            c.put("mismatches", mismatches.stream().map(m -> ordered("where", m.where().toString(), "what", m.what(),
                    "expected", m.expected(), "actual", m.actual())).toList());
        }
        c.put("outcomes", result.outcomes().stream()
                .filter(o -> detail == TextReporter.Detail.all || detail == TextReporter.Detail.fails && o.status() != Status.MET)
                .map(JsonReporter::outcome).toList());
        c.put("firedRules", result.firedRules());
        MAPPER.writeValue(json, c); // no flush per case: the writer's buffer streams it out
    }

    /**
     * A JSON object with its keys in the order given. (Not {@code Map.of}: its order changes from one
     * JVM to the next, and reports must be the same byte for byte on every run.)
     */
    static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Map<String, Object> plainParameters(Map<String, Object> parameters) {
        Map<String, Object> plain = new LinkedHashMap<>();
        parameters.forEach((k, v) -> plain.put(k, v instanceof java.time.LocalDate ? v.toString() : v));
        return plain;
    }

    static Map<String, Object> outcome(OutcomeRecord o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("criterion", o.criterion());
        m.put("title", o.criterionTitle());
        m.put("derived", o.verdict());
        m.put("status", o.status().key());
        m.put("rating", o.rating());
        m.put("subject", fact(o.subject()));
        m.put("message", o.message());
        m.put("values", o.values().stream().map(JsonReporter::value).toList());
        m.put("rule", o.rule());
        if (o.citation() != null) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("document", o.citation().document());
            c.put("section", o.citation().section());
            c.put("lines", o.citation().lines());
            c.put("quote", o.citation().quote());
            m.put("citation", c);
        }
        m.put("matched", o.matched().stream().map(JsonReporter::fact).toList());
        return m;
    }

    private static Map<String, Object> value(NamedValue v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", v.label());
        m.put("text", v.text());
        m.put("value", v.value());
        return m;
    }

    private static Map<String, Object> fact(FactRef f) {
        if (f == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", f.type());
        m.put("name", f.name());
        m.put("file", f.location() == null ? null : f.location().file());
        m.put("line", f.location() == null ? null : f.location().line());
        return m;
    }

    @Override
    public void finish(Summary summary) throws IOException {
        json.writeEndArray();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("cases", summary.cases());
        for (Status status : Status.values()) {
            s.put(status.key(), summary.count(status));
        }
        if (summary.isTest()) {
            s.put("passed", summary.passed());
            s.put("failed", summary.failed());
            s.put("uncoveredRules", summary.uncoveredRules());
        }
        s.put("success", summary.success());
        json.writeObjectField("summary", s);
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }
}
