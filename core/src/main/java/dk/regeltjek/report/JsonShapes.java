package dk.regeltjek.report;

import dk.regeltjek.model.Amount;
import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.Citation;
import dk.regeltjek.model.FactRef;
import dk.regeltjek.model.NamedValue;
import dk.regeltjek.model.OutcomeRecord;
import dk.regeltjek.model.Problem;
import dk.regeltjek.model.RuleInfo;
import dk.regeltjek.model.SourceLocation;
import dk.regeltjek.model.Status;
import dk.regeltjek.testing.Mismatch;
import dk.regeltjek.testing.PackCoverage;
import dk.regeltjek.testing.TestResult;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON objects of the result schema (docs/result.schema.json), as ordered maps: every object
 * keeps one key order, run after run, so reports can be diffed.
 */
final class JsonShapes {
    private JsonShapes() {
    }

    /** A JSON object with its keys in the order given. */
    static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static Map<String, Object> tool(String version) {
        return ordered("name", "regeltjek", "version", version);
    }

    /** What {@code detail} puts in the "detail" field: compact text is complete in JSON. */
    static String detail(Detail detail) {
        return detail == Detail.compact ? Detail.all.name() : detail.name();
    }

    static Map<String, Object> caseResult(CaseResult result, Detail detail) {
        Map<String, Object> c = caseHead(result);
        c.put("verdict", result.verdict().key());
        c.put("outcomes", outcomes(result, detail));
        c.put("firedRules", result.firedRules());
        return c;
    }

    static Map<String, Object> testResult(TestResult test, Detail detail) {
        CaseResult result = test.result();
        Map<String, Object> c = caseHead(result);
        c.put("verdict", result.verdict().key());
        c.put("passed", test.passed());
        c.put("mismatches", test.mismatches().stream().map(JsonShapes::mismatch).toList());
        c.put("outcomes", outcomes(result, detail));
        c.put("firedRules", result.firedRules());
        return c;
    }

    /** Where the case is, and what it was checked under: pack, scenario, date and every parameter value. */
    static Map<String, Object> caseHead(CaseResult result) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("file", result.info().location().file());
        c.put("line", result.info().location().line());
        c.put("column", result.info().location().column());
        c.put("name", result.info().name());
        c.put("pack", result.info().pack());
        c.put("scenario", result.info().scenario());
        c.put("date", result.info().date() == null ? null : result.info().date().toString());
        c.put("parameters", plain(result.info().parameters()));
        return c;
    }

    private static List<Map<String, Object>> outcomes(CaseResult result, Detail detail) {
        return result.outcomes().stream().filter(o -> detail.explains(o.status())).map(JsonShapes::outcome).toList();
    }

    static Map<String, Object> mismatch(Mismatch m) {
        return ordered("where", m.where().toString(), "what", m.what(), "expected", m.expected(), "actual", m.actual());
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
        m.put("values", o.values().stream().map(JsonShapes::value).toList());
        m.put("rule", o.rule());
        m.put("citation", citation(o.citation()));
        m.put("matched", o.matched().stream().map(JsonShapes::fact).toList());
        return m;
    }

    static Map<String, Object> citation(Citation c) {
        return c == null ? null : ordered("document", c.document(), "section", c.section(), "lines", c.lines(), "quote", c.quote());
    }

    private static Map<String, Object> value(NamedValue v) {
        String unit = v.raw() instanceof Amount a && !a.getUnit().isEmpty() ? a.getUnit() : null;
        return ordered("label", v.label(), "text", v.text(), "value", v.value(), "unit", unit);
    }

    static Map<String, Object> fact(FactRef f) {
        if (f == null) {
            return null;
        }
        SourceLocation at = f.location();
        return ordered("type", f.type(), "name", f.name(), "file", at == null ? null : at.file(),
                "line", at == null ? null : at.line(), "column", at == null ? null : at.column());
    }

    static Map<String, Object> problem(Problem p) {
        return ordered("file", p.where().file(), "line", p.where().line(), "column", p.where().column(),
                "message", p.message(), "hint", p.hint());
    }

    static Map<String, Object> skipped(Skipped s) {
        return ordered("file", s.location().file(), "line", s.location().line(), "column", s.location().column(),
                "name", s.name(), "pack", s.pack(), "cause", s.cause() == null ? null : problem(s.cause()));
    }

    static Map<String, Object> pack(PackUsed p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("title", p.title());
        m.put("document", p.document());
        m.put("contentHash", p.contentHash());
        m.put("sourceChecksum", p.sourceChecksum());
        m.put("criteria", p.criteria().stream().map(c -> ordered("id", c.id(), "title", c.title(), "subject", c.subject(),
                "derived", c.derived())).toList());
        m.put("rules", p.rules().stream().map(JsonShapes::rule).toList());
        return m;
    }

    static Map<String, Object> rule(RuleInfo r) {
        return ordered("name", r.name(), "criterion", r.criterion(), "file", r.file(), "line", r.line(),
                "citation", citation(r.citation()));
    }

    static Map<String, Object> coverage(PackCoverage c) {
        Map<String, Object> seen = new LinkedHashMap<>();
        for (String criterion : c.criteria()) {
            seen.put(criterion, c.seen().getOrDefault(criterion, java.util.Set.of()).stream().sorted().map(Status::key).toList());
        }
        return ordered("pack", c.pack(),
                "rules", ordered("total", c.rules().size(), "fired", c.rulesFired(), "percent", c.rulesPercent()),
                "criteria", ordered("total", c.criteria().size(), "bothSides", c.criteriaOnBothSides().size(),
                        "percent", c.criteriaPercent()),
                "unfiredRules", c.unfired().stream().map(r -> ordered("name", r.name(), "file", r.file(), "line", r.line())).toList(),
                "seen", seen);
    }

    static Map<String, Object> verdicts(Verdicts v) {
        return ordered("met", v.met(), "not_met", v.notMet(), "warning", v.warning(), "undetermined", v.undetermined());
    }

    /** Parameter values as JSON has them: dates as ISO text, amounts as numbers, lists and maps kept. */
    static Object plain(Object value) {
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof Amount a) {
            return a.getValue();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> plain = new LinkedHashMap<>();
            map.forEach((k, v) -> plain.put(String.valueOf(k), plain(v)));
            return plain;
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(JsonShapes::plain).toList();
        }
        if (value == null || value instanceof Number || value instanceof Boolean || value instanceof String) {
            return value;
        }
        return String.valueOf(value);
    }
}
