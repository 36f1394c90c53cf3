package dk.regeltjek.report;

import java.util.Locale;
import dk.regeltjek.model.Citation;
import dk.regeltjek.model.Problem;
import dk.regeltjek.model.RuleInfo;
import dk.regeltjek.model.SourceLocation;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A SARIF 2.1.0 log with one run: the rules (one per criterion of each pack used, its cited
 * passages as help text, plus regeltjek's own rules for problems and expectations), the results
 * located in the case files, and the provenance in the run's property bag.
 */
final class SarifLog {
    static final String PROBLEM_RULE = "regeltjek/problem";
    static final String EXPECTATION_RULE = "regeltjek/expectation";

    private final List<Map<String, Object>> rules = new ArrayList<>();
    private final Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    private final List<Map<String, Object>> results = new ArrayList<>();
    private final Provenance provenance;

    SarifLog(Provenance provenance) {
        this.provenance = provenance;
        for (PackUsed pack : provenance.packs()) {
            for (PackUsed.Criterion c : pack.criteria()) {
                addRule(ruleId(pack.id(), c.id()), c.id(), c.title(), help(pack, c), JsonShapes.ordered("pack", pack.id(),
                        "subject", c.subject(), "derived", c.derived()));
            }
        }
        addRule(PROBLEM_RULE, "problem", "The input or the rules cannot be checked",
                "A case file that cannot be read, or rules that do not compile or misbehave. The message says where and how to fix it.",
                Map.of());
        addRule(EXPECTATION_RULE, "expectation", "An expectation of a case's expect block does not hold",
                "The case's outcome differs from what its expect block states.", Map.of());
    }

    /** The criterion ids of {@code pack}, or none when the log does not know it. */
    List<String> criteria(String pack) {
        PackUsed used = provenance.pack(pack);
        return used == null ? List.of() : used.criteria().stream().map(PackUsed.Criterion::id).toList();
    }

    static String ruleId(String pack, String criterion) {
        return pack + "/" + criterion;
    }

    /** The criterion's cited passages: document, section, lines and the verbatim quote of each of its rules. */
    private static String help(PackUsed pack, PackUsed.Criterion c) {
        List<String> passages = new ArrayList<>();
        for (RuleInfo rule : pack.rulesOf(c.id())) {
            Citation cite = rule.citation();
            if (cite == null) {
                continue;
            }
            String passage = String.join(", ", nonNull(cite.document() == null ? pack.document() : cite.document(),
                    cite.section(), cite.lines())) + (cite.quote() == null ? "" : ": \"" + cite.quote() + "\"");
            if (!passages.contains(passage)) {
                passages.add(passage);
            }
        }
        return passages.isEmpty() ? c.title() : String.join("\n", passages);
    }

    private static List<String> nonNull(String... parts) {
        List<String> list = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                list.add(p);
            }
        }
        return list;
    }

    private void addRule(String id, String name, String title, String help, Map<String, Object> properties) {
        ruleIndex.put(id, rules.size());
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("id", id);
        rule.put("name", name);
        rule.put("shortDescription", text(title));
        rule.put("fullDescription", text(title));
        rule.put("help", text(help));
        if (!properties.isEmpty()) {
            rule.put("properties", properties);
        }
        rules.add(rule);
    }

    /** A result at {@code at}; a rule the log does not know (a pack that failed to load) is added on the way. */
    void result(String ruleId, String level, String message, SourceLocation at, Map<String, Object> properties) {
        if (!ruleIndex.containsKey(ruleId)) {
            addRule(ruleId, ruleId.substring(ruleId.indexOf('/') + 1), ruleId, ruleId, Map.of());
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("ruleId", ruleId);
        r.put("ruleIndex", ruleIndex.get(ruleId));
        r.put("level", level);
        r.put("message", text(message));
        if (at != null && at.file() != null && !at.file().isEmpty()) {
            r.put("locations", List.of(location(at)));
        }
        if (!properties.isEmpty()) {
            r.put("properties", properties);
        }
        results.add(r);
    }

    void problem(Problem p) {
        result(PROBLEM_RULE, "error", p.message() + (p.hint() == null ? "" : " (hint: " + p.hint() + ")"), p.where(), Map.of());
    }

    void write(Writer out, Summary summary, Command command, boolean pretty) throws IOException {
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "regeltjek");
        driver.put("version", summary.provenance().toolVersion());
        driver.put("rules", rules);
        Map<String, Object> invocation = new LinkedHashMap<>();
        invocation.put("executionSuccessful", summary.exitCode() != ExitCode.INTERNAL_ERROR);
        invocation.put("exitCode", summary.exitCode().code());
        invocation.put("startTimeUtc", summary.provenance().createdAt().toString());
        invocation.put("endTimeUtc", summary.provenance().createdAt().plus(summary.elapsed()).toString());
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("invocations", List.of(invocation));
        run.put("results", results);
        run.put("properties", JsonShapes.ordered("command", command.key(), "cases", summary.cases(),
                "problems", summary.problems().size(), "skipped", summary.skipped().size(),
                "packs", summary.provenance().packs().stream().map(p -> JsonShapes.ordered("id", p.id(), "title", p.title(),
                        "document", p.document(), "contentHash", p.contentHash(), "sourceChecksum", p.sourceChecksum())).toList()));
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        (pretty ? JsonDocument.MAPPER.writerWithDefaultPrettyPrinter() : JsonDocument.MAPPER.writer()).writeValue(out, log);
        out.write('\n');
        out.flush();
    }

    private static Map<String, Object> location(SourceLocation at) {
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", Map.of("uri", uri(at.file())));
        if (at.line() > 0) {
            Map<String, Object> region = new LinkedHashMap<>();
            region.put("startLine", at.line());
            if (at.column() > 0) {
                region.put("startColumn", at.column());
            }
            physical.put("region", region);
        }
        return Map.of("physicalLocation", physical);
    }

    /** A path as a URI reference: unreserved characters and '/' as they are, everything else percent-encoded. */
    static String uri(String path) {
        StringBuilder uri = new StringBuilder();
        for (byte b : path.replace('\\', '/').getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
                uri.append((char) c);
            } else {
                uri.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return uri.toString();
    }

    private static Map<String, Object> text(String text) {
        return Map.of("text", text == null ? "" : text);
    }
}
