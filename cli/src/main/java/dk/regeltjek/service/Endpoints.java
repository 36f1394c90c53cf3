package dk.regeltjek.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.regeltjek.api.Case;
import dk.regeltjek.api.Checker;
import dk.regeltjek.compare.ScenarioComparison;
import dk.regeltjek.io.BuildIdentity;
import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.PackInfo;
import dk.regeltjek.model.Problem;
import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.model.RuleInfo;
import dk.regeltjek.report.ComparisonSummary;
import dk.regeltjek.report.Detail;
import dk.regeltjek.report.Format;
import dk.regeltjek.report.PackUsed;
import dk.regeltjek.report.PacksReporter;
import dk.regeltjek.report.Provenance;
import dk.regeltjek.report.Reporter;
import dk.regeltjek.report.Reporters;
import dk.regeltjek.report.ReportSettings;
import dk.regeltjek.report.RunSummary;
import dk.regeltjek.report.VerdictTally;
import dk.regeltjek.warm.LiveRules;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each path of the service answers. A case is read from the request body exactly as a JSON
 * case file holds it — inline facts only, as it has no folder to refer to files in — and answered
 * with the documented JSON the CLI writes for it (docs/result.schema.json, docs/compare.schema.json,
 * docs/packs.schema.json). Bad input is a 400 with the same located problems the CLI prints.
 */
final class Endpoints {
    private static final String VERSION = BuildIdentity.version(Endpoints.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** How a request's case is named in messages and results. */
    private static final String REQUEST = "request.json";

    private final LiveRules rules;

    Endpoints(LiveRules rules) {
        this.rules = rules;
    }

    Reply answer(String method, URI uri, byte[] body) {
        String path = uri.getPath();
        return switch (path) {
            case "/v1/check" -> method.equals("POST") ? check(body) : notAllowed("POST");
            case "/v1/compare" -> method.equals("POST") ? compare(query(uri), body) : notAllowed("POST");
            case "/v1/packs" -> method.equals("GET") ? packs() : notAllowed("GET");
            case "/healthz" -> method.equals("GET") ? health() : notAllowed("GET");
            default -> Reply.error(404, "no such path: " + path + "; paths: /v1/check, /v1/compare, /v1/packs, /healthz");
        };
    }

    /** The run JSON of the case in {@code body}: what {@code run --format json} writes for it. */
    private Reply check(byte[] body) {
        Checker checker = rules.current();
        Instant started = Instant.now();
        List<Problem> problems = new ArrayList<>();
        List<Case> cases = read(checker, body, problems);
        List<CaseResult> results = cases.isEmpty() ? List.of()
                : checker.checkAll(cases, null, e -> problems.addAll(e.problems()));
        VerdictTally tally = new VerdictTally();
        results.forEach(tally::add);
        Provenance provenance = provenance(checker, cases, started, problems);
        List<Problem> once = problems.stream().distinct().sorted().toList();
        RunSummary summary = new RunSummary(provenance, tally.verdicts(), tally.byPack(), once, List.of(),
                Duration.between(started, Instant.now()), false);
        StringWriter out = new StringWriter();
        try {
            Reporter<CaseResult, RunSummary> reporter = Reporters.run(Format.JSON, out, settings(started));
            for (CaseResult result : results) {
                reporter.add(result, summary.elapsed());
            }
            reporter.finish(summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Reply(status(once), out.toString());
    }

    /** The compare JSON of the case in {@code body} under the scenarios {@code before} and {@code after}. */
    private Reply compare(Map<String, String> query, byte[] body) {
        String before = query.get("before");
        String after = query.get("after");
        if (before == null || after == null) {
            return Reply.error(400, "name the two scenarios: /v1/compare?before=gældende&after=forslag");
        }
        Checker checker = rules.current();
        Instant started = Instant.now();
        List<Problem> problems = new ArrayList<>();
        List<Case> cases = read(checker, body, problems);
        Map<Object, CaseResult> under = new HashMap<>();
        for (CaseResult result : checker.checkAll(cases, after, e -> problems.addAll(e.problems()))) {
            under.put(result.info().location(), result);
        }
        List<ScenarioComparison> comparisons = new ArrayList<>();
        for (CaseResult result : checker.checkAll(cases, before, e -> problems.addAll(e.problems()))) {
            CaseResult other = under.get(result.info().location());
            if (other != null) {
                comparisons.add(ScenarioComparison.of(result, other));
            }
        }
        List<Problem> once = problems.stream().distinct().sorted().toList();
        ComparisonSummary summary = new ComparisonSummary(provenance(checker, cases, started, once), before, after,
                comparisons.size(), (int) comparisons.stream().filter(ScenarioComparison::changed).count(), once, List.of(),
                Duration.between(started, Instant.now()));
        StringWriter out = new StringWriter();
        try {
            Reporter<ScenarioComparison, ComparisonSummary> reporter = Reporters.compare(Format.JSON, out, settings(started));
            for (ScenarioComparison comparison : comparisons) {
                reporter.add(comparison, summary.elapsed());
            }
            reporter.finish(summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Reply(status(once), out.toString());
    }

    /** The packs JSON: what {@code packs --format json} writes. */
    private Reply packs() {
        Checker checker = rules.current();
        List<PacksReporter.Listing> listings = new ArrayList<>();
        for (PackInfo pack : checker.packs().values()) {
            listings.add(new PacksReporter.Listing(pack, checker.rules(pack.id())));
        }
        StringWriter out = new StringWriter();
        try {
            Reporters.packs(Format.JSON, out, settings(Instant.now())).write(listings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Reply(200, out.toString());
    }

    /** Up to date when the rules serving are the rules on disk; otherwise why the edited ones are not serving. */
    private Reply health() {
        LiveRules.State state = rules.state();
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("status", state.upToDate() ? "ok" : "stale");
        health.put("tool", Map.of("name", "regeltjek", "version", VERSION));
        health.put("loadedAt", state.loadedAt().toString());
        health.put("reloads", state.reloads());
        health.put("packs", state.serving().packs().values().stream()
                .map(p -> Map.of("id", p.id(), "contentHash", p.contentHash())).toList());
        health.put("pendingProblems", state.pending().stream().map(Endpoints::problem).toList());
        return new Reply(200, json(health));
    }

    private static List<Case> read(Checker checker, byte[] body, List<Problem> problems) {
        try {
            return checker.read(new ByteArrayInputStream(body), REQUEST, true);
        } catch (RegeltjekException e) {
            problems.addAll(e.problems());
            return List.of();
        }
    }

    private static Provenance provenance(Checker checker, List<Case> cases, Instant at, List<Problem> problems) {
        List<PackUsed> packs = new ArrayList<>();
        for (String id : cases.stream().map(Case::pack).distinct().toList()) {
            PackInfo pack = checker.packs().get(id);
            if (pack != null) {
                try {
                    List<RuleInfo> rules = checker.rules(id);
                    packs.add(PackUsed.of(pack, rules));
                } catch (RegeltjekException e) {
                    problems.addAll(e.problems());
                }
            }
        }
        return new Provenance(VERSION, at, packs);
    }

    private static ReportSettings settings(Instant at) {
        return ReportSettings.of(VERSION, at).withDetail(Detail.all).withPretty(false);
    }

    /** 200 with results; 400 when the case is bad input; 500 when the rules fail (the service's fault, not the caller's). */
    private static int status(List<Problem> problems) {
        if (problems.isEmpty()) {
            return 200;
        }
        return problems.stream().anyMatch(p -> p.where().file().equals(REQUEST)) ? 400 : 500;
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> query = new HashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    query.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return query;
    }

    private static Reply notAllowed(String method) {
        return Reply.error(405, "use " + method + " here");
    }

    static Map<String, Object> problem(Problem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", p.where().file());
        m.put("line", p.where().line());
        m.put("column", p.where().column());
        m.put("message", p.message());
        m.put("hint", p.hint());
        return m;
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
