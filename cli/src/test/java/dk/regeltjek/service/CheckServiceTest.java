package dk.regeltjek.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dk.regeltjek.api.Checker;
import dk.regeltjek.cli.Main;
import dk.regeltjek.fixtures.Fixtures;
import dk.regeltjek.warm.LiveRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service answers a case with the JSON {@code run --format json} gives for it, within its bounds. */
class CheckServiceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path tmp;

    private Fixtures fixtures;
    private LiveRules live;
    private CheckService service;
    private final List<String> log = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        fixtures = Fixtures.copyTo(tmp.resolve("fx"));
        deleteOtherPacks(fixtures.rules);
        // the rules named as the CLI run from the temporary folder names them, so the JSON compares equal
        live = LiveRules.start(Checker.builder(fixtures.rules).shownAs("fx/rules").build(), Duration.ofHours(1), log::add);
        service = CheckService.start(live, new CheckService.Settings("127.0.0.1", 0, null, 64 * 1024, 4), log::add);
    }

    @AfterEach
    void stop() {
        service.close();
        live.close();
    }

    /** The grant pack alone: the tests compare with the CLI on it. */
    private static void deleteOtherPacks(Path rules) throws IOException {
        try (var packs = Files.list(rules)) {
            for (Path pack : packs.filter(p -> !p.getFileName().toString().equals("tilskud")).toList()) {
                try (var files = Files.walk(pack)) {
                    for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(f);
                    }
                }
            }
        }
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + service.address().getPort() + path);
    }

    /** A fixture case file as the JSON case document a client would send, saved as request.json. */
    private String caseJson(String file) throws IOException {
        JsonNode yaml = new YAMLMapper().readTree(fixtures.example("tilskud", file).toFile());
        String json = JSON.writeValueAsString(yaml);
        Files.writeString(tmp.resolve("request.json"), json);
        return json;
    }

    /** What the CLI writes for the same case file, run from its folder (so it is named request.json too). */
    private JsonNode cli(String... args) {
        StringWriter out = new StringWriter();
        dk.regeltjek.cli.Invocation here = dk.regeltjek.cli.Invocation.remote(tmp, java.util.Map.of(), false, null, null,
                (rules, shown, cache) -> Checker.builder(rules).shownAs(shown).cacheDir(cache).build());
        Main.execute(args, new PrintWriter(out), new PrintWriter(new StringWriter()), here);
        return timeless(out.toString());
    }

    private static JsonNode timeless(String json) {
        try {
            ObjectNode tree = (ObjectNode) JSON.readTree(json);
            tree.remove("createdAt");
            return tree;
        } catch (IOException e) {
            throw new AssertionError(json, e);
        }
    }

    @Test
    void aCaseIsAnsweredWithTheJsonRunGivesForIt() throws Exception {
        String body = caseJson("graenser.yaml");
        HttpResponse<String> response = post("/v1/check", body);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        JsonNode expected = cli("run", "--format", "json", "--no-cache", "--rules", fixtures.rules.toString(), "request.json");
        assertThat(timeless(response.body())).isEqualTo(expected);
        assertThat(expected.at("/cases/0/verdict").asText()).isEqualTo("met");
    }

    @Test
    void aComparisonIsAnsweredWithTheJsonCompareGivesForIt() throws Exception {
        String body = caseJson("forslag.yaml");
        HttpResponse<String> response = post("/v1/compare?before=g%C3%A6ldende&after=forslag", body);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode expected = cli("compare", "--format", "json", "--no-cache", "--rules", fixtures.rules.toString(),
                "--scenario", "gældende", "--scenario", "forslag", "request.json");
        assertThat(timeless(response.body())).isEqualTo(expected);
        assertThat(expected.at("/summary/changed").asInt()).isEqualTo(1);
    }

    @Test
    void thePacksAreListedAsPacksFormatJsonListsThem() throws Exception {
        HttpResponse<String> response = get("/v1/packs");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode expected = cli("packs", "--format", "json", "--no-cache", "--rules", fixtures.rules.toString());
        assertThat(timeless(response.body())).isEqualTo(expected);
    }

    @Test
    void badInputIsA400WithTheLocatedProblemsTheCliPrints() throws Exception {
        HttpResponse<String> wrong = post("/v1/check", "{\"case\": \"Et beløb skrevet på dansk.\", \"pack\": \"tilskud\","
                + " \"facts\": {\"Ansoegning\": {\"kommune\": \"Gentofte\"}, \"Projekt\": {\"navn\": \"P\", \"budget\": \"12.000\"}}}");
        assertThat(wrong.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(wrong.body()).at("/problems/0");
        assertThat(problem.get("file").asText()).isEqualTo("request.json");
        assertThat(problem.get("line").asInt()).isEqualTo(1);
        assertThat(problem.get("message").asText()).contains("Projekt.budget").contains("12.000");
        assertThat(problem.get("hint").asText()).contains("12000");

        HttpResponse<String> file = post("/v1/check", "{\"case\": \"En sag der peger på en fil.\", \"pack\": \"tilskud\","
                + " \"facts\": {\"Projekt\": {\"csv\": \"/etc/passwd\"}}}");
        assertThat(file.statusCode()).isEqualTo(400);
        assertThat(file.body()).contains("cannot refer to the file").doesNotContain("root:");
    }

    @Test
    void requestsAreBounded() throws Exception {
        HttpResponse<String> large = post("/v1/check", "{\"case\": \"" + "x".repeat(70 * 1024) + "\"}");
        assertThat(large.statusCode()).isEqualTo(413);
        assertThat(get("/v1/nothing").statusCode()).isEqualTo(404);
        assertThat(get("/v1/check").statusCode()).isEqualTo(405);
        assertThat(post("/v1/compare", caseJson("forslag.yaml")).statusCode()).isEqualTo(400);
    }

    @Test
    void aClientWaitingForEachAnswerIsNeverTurnedAwayAsBusy() throws Exception {
        String body = caseJson("graenser.yaml");
        try (CheckService one = CheckService.start(live, new CheckService.Settings("127.0.0.1", 0, null, 64 * 1024, 1),
                log::add)) {
            URI check = URI.create("http://127.0.0.1:" + one.address().getPort() + "/v1/check");
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                statuses.add(HTTP.send(HttpRequest.newBuilder(check).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode());
            }
            assertThat(statuses).containsOnly(200);
        }
    }

    @Test
    void offLoopbackATokenIsRequiredAndChecked() throws Exception {
        assertThatThrownBy(() -> new CheckService.Settings("0.0.0.0", 0, null, 1024, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a token");
        try (CheckService guarded = CheckService.start(live, new CheckService.Settings("127.0.0.1", 0, "s3cret", 1024, 1),
                log::add)) {
            URI health = URI.create("http://127.0.0.1:" + guarded.address().getPort() + "/healthz");
            assertThat(HTTP.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                    .isEqualTo(401);
            assertThat(HTTP.send(HttpRequest.newBuilder(health).header("Authorization", "Bearer wrong").build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
            assertThat(HTTP.send(HttpRequest.newBuilder(health).header("Authorization", "Bearer s3cret").build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void editedRulesServeOnceTheyCompileAndTheOldOnesServeUntilThen() throws Exception {
        String body = caseJson("alle-kriterier.yaml");
        assertThat(post("/v1/check", body).body()).contains("40 % er mindst 20 %");
        assertThat(JSON.readTree(get("/healthz").body()).get("status").asText()).isEqualTo("ok");

        fixtures.edit("rules/tilskud/kriterier.drl", ".mindst(\"andel almene boliger\"", ".hoejst(\"andel almene boliger\"");
        live.look();
        assertThat(post("/v1/check", body).body()).contains("40 % er ikke højst 20 %");

        fixtures.edit("rules/tilskud/kriterier.drl", ".hoejst(\"andel almene boliger\"", ".hoejst(\"andel almene boliger\" +");
        live.look();
        JsonNode health = JSON.readTree(get("/healthz").body());
        assertThat(health.get("status").asText()).isEqualTo("stale");
        assertThat(health.at("/pendingProblems/0/file").asText()).endsWith("tilskud/kriterier.drl");
        assertThat(post("/v1/check", body).body()).as("the last rules that compiled still serve")
                .contains("40 % er ikke højst 20 %");
        assertThat(log).anyMatch(line -> line.contains("do not compile"));
    }
}
