package dk.regeltjek.report;

import com.fasterxml.jackson.databind.JsonNode;
import dk.regeltjek.model.Amount;
import dk.regeltjek.model.CaseInfo;
import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.Citation;
import dk.regeltjek.model.FactRef;
import dk.regeltjek.model.NamedValue;
import dk.regeltjek.model.OutcomeRecord;
import dk.regeltjek.model.Problem;
import dk.regeltjek.model.RuleInfo;
import dk.regeltjek.model.SourceLocation;
import dk.regeltjek.model.Status;
import dk.regeltjek.model.Values;
import dk.regeltjek.testing.Mismatch;
import dk.regeltjek.testing.PackCoverage;
import dk.regeltjek.testing.TestResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Turns a result document (docs/result.schema.json) back into records. */
final class JsonReading {
    private JsonReading() {
    }

    static Results read(JsonNode root) throws IOException {
        if (root == null || !root.isObject()) {
            throw new IOException("not a regeltjek result: expected a JSON object");
        }
        int version = root.path("schemaVersion").asInt(-1);
        if (version != JsonResults.SCHEMA_VERSION) {
            throw new IOException("schemaVersion " + version + " cannot be read; this reader reads " + JsonResults.SCHEMA_VERSION);
        }
        String command = root.path("command").asText();
        Detail detail = Detail.valueOf(root.path("detail").asText(Detail.all.name()));
        List<PackUsed> packs = list(root.path("packs"), JsonReading::pack);
        Provenance provenance = new Provenance(root.path("tool").path("version").asText(),
                Instant.parse(root.path("createdAt").asText()), packs);
        List<Problem> problems = list(root.path("problems"), JsonReading::problem);
        List<Skipped> skipped = list(root.path("skipped"), JsonReading::skipped);
        List<CaseResult> cases = list(root.path("cases"), JsonReading::caseResult);
        JsonNode s = root.path("summary");
        return switch (command) {
            case "run" -> Results.ofRun(new RunSummary(provenance, verdicts(s), byPack(s.path("byPack")), problems, skipped,
                    Duration.ZERO, s.path("failOnWarn").asBoolean()), detail, cases);
            case "test" -> {
                List<TestResult> tests = new ArrayList<>();
                JsonNode caseNodes = root.path("cases");
                for (int i = 0; i < cases.size(); i++) {
                    tests.add(new TestResult(cases.get(i), list(caseNodes.get(i).path("mismatches"), JsonReading::mismatch)));
                }
                List<PackCoverage> coverage = list(root.path("coverage"), c -> coverage(c, provenance));
                TestSummary.Gate gate = new TestSummary.Gate(s.path("failOnWarn").asBoolean(),
                        s.path("minCoverage").isNumber() ? s.path("minCoverage").asInt() : null);
                yield Results.ofTest(new TestSummary(provenance, verdicts(s), s.path("passed").asInt(), s.path("failed").asInt(),
                        coverage, gate, problems, skipped, Duration.ZERO), detail, tests);
            }
            default -> throw new IOException("not a run or test result: command \"" + command + "\"");
        };
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> item) {
        List<T> items = new ArrayList<>();
        array.forEach(node -> items.add(item.apply(node)));
        return items;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.asText();
    }

    private static CaseResult caseResult(JsonNode c) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        c.path("parameters").fields().forEachRemaining(e -> parameters.put(e.getKey(), plain(e.getValue())));
        String date = text(c.get("date"));
        CaseInfo info = new CaseInfo(c.path("name").asText(), c.path("pack").asText(), text(c.get("scenario")),
                date == null ? null : LocalDate.parse(date), parameters, location(c), null);
        return new CaseResult(info, Status.fromKey(c.path("verdict").asText()), list(c.path("outcomes"), JsonReading::outcome),
                list(c.path("firedRules"), JsonNode::asText));
    }

    private static SourceLocation location(JsonNode node) {
        return new SourceLocation(node.path("file").asText(), node.path("line").asInt(), node.path("column").asInt());
    }

    private static OutcomeRecord outcome(JsonNode o) {
        return new OutcomeRecord(o.path("criterion").asText(), o.path("title").asText(), o.path("derived").asBoolean(),
                Status.fromKey(o.path("status").asText()), text(o.get("rating")), fact(o.get("subject")),
                o.path("message").asText(), list(o.path("values"), JsonReading::value), text(o.get("rule")),
                citation(o.get("citation")), list(o.path("matched"), JsonReading::fact));
    }

    private static FactRef fact(JsonNode f) {
        if (f == null || f.isNull()) {
            return null;
        }
        String file = text(f.get("file"));
        return new FactRef(f.path("type").asText(), f.path("name").asText(),
                file == null ? null : new SourceLocation(file, f.path("line").asInt(), f.path("column").asInt()));
    }

    private static Citation citation(JsonNode c) {
        if (c == null || c.isNull()) {
            return null;
        }
        return new Citation(text(c.get("document")), text(c.get("section")), text(c.get("lines")), text(c.get("quote")));
    }

    /**
     * A compared value back as the kind of value it was, chosen so that it prints as the recorded
     * text: an amount when a unit is recorded, else a decimal or a whole count, a yes/no, or text.
     */
    private static NamedValue value(JsonNode v) {
        String label = v.path("label").asText();
        String text = v.path("text").asText();
        JsonNode value = v.path("value");
        String unit = text(v.get("unit"));
        if (value.isNumber()) {
            BigDecimal decimal = value.decimalValue();
            if (unit != null) {
                return new NamedValue(label, new Amount(decimal, unit));
            }
            if (value.isIntegralNumber() && value.canConvertToLong() && !Values.format(decimal).equals(text)
                    && Values.format(value.longValue()).equals(text)) {
                return new NamedValue(label, value.longValue());
            }
            return new NamedValue(label, decimal);
        }
        if (value.isBoolean()) {
            return new NamedValue(label, value.booleanValue());
        }
        return new NamedValue(label, text);
    }

    private static Object plain(JsonNode node) {
        if (node.isNull()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isArray()) {
            return list(node, JsonReading::plain);
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.fields().forEachRemaining(e -> map.put(e.getKey(), plain(e.getValue())));
            return map;
        }
        return node.asText();
    }

    private static Mismatch mismatch(JsonNode m) {
        return new Mismatch(parseLocation(m.path("where").asText()), m.path("what").asText(), m.path("expected").asText(),
                m.path("actual").asText());
    }

    /** {@code file:line:col}, {@code file:line} or {@code file}, as {@link SourceLocation#toString} writes it. */
    static SourceLocation parseLocation(String where) {
        String[] parts = where.split(":");
        int numbers = 0;
        for (int i = parts.length - 1; i > 0 && numbers < 2 && parts[i].matches("\\d+"); i--) {
            numbers++;
        }
        if (numbers == 0) {
            return SourceLocation.of(where);
        }
        int line = Integer.parseInt(parts[parts.length - numbers]);
        int column = numbers == 2 ? Integer.parseInt(parts[parts.length - 1]) : 0;
        String file = String.join(":", java.util.Arrays.copyOf(parts, parts.length - numbers));
        return new SourceLocation(file, line, column);
    }

    private static Problem problem(JsonNode p) {
        return new Problem(location(p), p.path("message").asText(), text(p.get("hint")));
    }

    private static Skipped skipped(JsonNode s) {
        JsonNode cause = s.get("cause");
        return new Skipped(text(s.get("pack")), s.path("name").asText(), location(s),
                cause == null || cause.isNull() ? null : problem(cause));
    }

    private static PackUsed pack(JsonNode p) {
        List<PackUsed.Criterion> criteria = list(p.path("criteria"), c -> new PackUsed.Criterion(c.path("id").asText(),
                c.path("title").asText(), c.path("subject").asText(), c.path("derived").asBoolean()));
        String id = p.path("id").asText();
        List<RuleInfo> rules = list(p.path("rules"), r -> new RuleInfo(id, r.path("name").asText(), text(r.get("criterion")),
                citation(r.get("citation")), r.path("file").asText(), r.path("line").asInt()));
        return new PackUsed(id, text(p.get("title")), text(p.get("document")), text(p.get("contentHash")),
                text(p.get("sourceChecksum")), criteria, rules);
    }

    private static PackCoverage coverage(JsonNode c, Provenance provenance) {
        String pack = c.path("pack").asText();
        PackUsed used = provenance.pack(pack);
        List<RuleInfo> rules = used == null ? List.of() : used.rules();
        Set<String> unfiredNames = new java.util.HashSet<>(list(c.path("unfiredRules"), r -> r.path("name").asText()));
        List<RuleInfo> unfired = rules.stream().filter(r -> unfiredNames.contains(r.name())).toList();
        Map<String, Set<Status>> seen = new LinkedHashMap<>();
        c.path("seen").fields().forEachRemaining(e -> {
            Set<Status> statuses = EnumSet.noneOf(Status.class);
            e.getValue().forEach(s -> statuses.add(Status.fromKey(s.asText())));
            seen.put(e.getKey(), Set.copyOf(statuses));
        });
        return new PackCoverage(pack, rules, unfired, List.copyOf(seen.keySet()), seen);
    }

    private static Verdicts verdicts(JsonNode s) {
        return new Verdicts(s.path("met").asInt(), s.path("not_met").asInt(), s.path("warning").asInt(),
                s.path("undetermined").asInt());
    }

    private static Map<String, Verdicts> byPack(JsonNode node) {
        Map<String, Verdicts> byPack = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> byPack.put(e.getKey(), verdicts(e.getValue())));
        return byPack;
    }
}
