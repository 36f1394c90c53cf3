package dk.regeltjek.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** What run and test print, in each format, and the exit codes CI relies on. */
class OutputFormatsTest {
    private static final String MET = "examples/laanepulje/alle-kriterier-opfyldt.yaml";
    private static final String NOT_MET = "examples/laanepulje/graense-20-mio-praecis.yaml";

    @TempDir
    Path tmp;

    @Test
    void runExplainsEachOutcomeWithRuleCitationFactsAndValues() {
        Cli.Result r = Cli.run("run", "--color", "never", NOT_MET);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out())
                .contains("verdikt: IKKE OPFYLDT")
                .contains("✗ LP-4 ikke opfyldt — Samlet bruttoanlægsudgift over 20 mio. kr. i 2025 og 2026")
                .contains("samlet bruttoanlægsudgift 2025–2026 20.000.000 kr. er ikke over 20.000.000 kr.")
                .contains("værdier: bruttoanlægsudgift 2025 = 12.000.000 kr.; bruttoanlægsudgift 2026 = 8.000.000 kr.")
                .contains("kilde:   Bilag 1, Kriterier, der skal opfyldes for at give adgang til lånepuljen, nr. 4, L92: \"Der kan alene")
                .contains("fakta:   Projekt \"Bofællesskabet Nordlys\" (" + NOT_MET + ":10:7)")
                .doesNotContain("\u001b[");
    }

    @Test
    void runExitsZeroWhenEveryCriterionIsMet() {
        assertThat(Cli.run("run", MET).exitCode()).isZero();
    }

    @Test
    void colourOnlyWhenAsked() {
        assertThat(Cli.run("run", "--color", "always", MET).out()).contains("\u001b[32m");
    }

    @Test
    void jsonIsVersionedAndCarriesTheExplanation() throws Exception {
        Cli.Result r = Cli.run("run", "--format", "json", NOT_MET);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(json.at("/tool/name").asText()).isEqualTo("regeltjek");
        JsonNode c = json.at("/cases/0");
        assertThat(c.get("verdict").asText()).isEqualTo("not_met");
        JsonNode lp4 = null;
        for (JsonNode o : c.get("outcomes")) {
            if (o.get("criterion").asText().equals("LP-4")) {
                lp4 = o;
            }
        }
        assertThat(lp4).isNotNull();
        assertThat(lp4.get("status").asText()).isEqualTo("not_met");
        assertThat(lp4.at("/citation/lines").asText()).isEqualTo("L92");
        assertThat(lp4.at("/subject/line").asInt()).isEqualTo(10);
        assertThat(lp4.at("/values/2/value").decimalValue()).isEqualByComparingTo("20000000");
        assertThat(json.at("/summary/not_met").asInt()).isEqualTo(1);
        assertThat(json.at("/summary/success").asBoolean()).isFalse();
    }

    /** Reports are diffed in CI: every JSON object keeps one key order, run after run (Map.of would not). */
    @Test
    void jsonKeysComeInAFixedOrder() throws Exception {
        Path bad = Files.writeString(tmp.resolve("forkert.yaml"), Files.readString(Path.of(MET), StandardCharsets.UTF_8)
                .replace("verdict: met", "verdict: not_met"), StandardCharsets.UTF_8);
        JsonNode test = new ObjectMapper().readTree(Cli.run("test", "--format", "json", bad.toString()).out());
        assertThat(test.get("tool").fieldNames()).toIterable().containsExactly("name", "version");
        assertThat(test.at("/cases/0/mismatches/0").fieldNames()).toIterable().containsExactly("where", "what", "expected", "actual");

        JsonNode compare = new ObjectMapper().readTree(Cli.run("compare", "--scenario", "gældende", "--scenario", "forslag",
                "--format", "json", "examples/oresund/ingen-log.yaml").out());
        assertThat(compare.get("tool").fieldNames()).toIterable().containsExactly("name", "version");
        assertThat(compare.get("summary").fieldNames()).toIterable().containsExactly("cases", "changed");
    }

    @Test
    void junitXmlHasOneSuitePerPackAndOneFailurePerFailingCase() throws Exception {
        Path bad = Files.writeString(tmp.resolve("forkert.yaml"), Files.readString(Path.of(MET), StandardCharsets.UTF_8)
                .replace("verdict: met", "verdict: not_met"), StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("test", "--format", "junit", MET, bad.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("name")).isEqualTo("laanepulje");
        assertThat(suite.getAttribute("tests")).isEqualTo("2");
        assertThat(xml.getElementsByTagName("failure").getLength()).isEqualTo(1);
        Element failure = (Element) xml.getElementsByTagName("failure").item(0);
        assertThat(failure.getTextContent()).contains("verdict: expected not_met, got met");
    }

    @Test
    void testShowsExpectedAndActualAndListsRulesNoExampleExercised() throws Exception {
        Path bad = Files.writeString(tmp.resolve("forkert.yaml"), Files.readString(Path.of(NOT_MET), StandardCharsets.UTF_8)
                .replace("status: not_met", "status: met"), StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("test", "--color", "never", bad.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out())
                .contains("FAIL laanepulje/forkert.yaml")
                .contains(": LP-4 for \"Bofællesskabet Nordlys\"")
                .contains("forventet: met")
                .contains("faktisk:   not_met — samlet bruttoanlægsudgift 2025–2026 20.000.000 kr. er ikke over 20.000.000 kr.")
                .contains("Regler som intet eksempel fik til at fyre")
                .contains("\"LP-2 renovering vurderes efter undtagelsen i kriterium 6\"")
                .contains("0 passed, 1 failed");
    }

    @Test
    void anExpectedMessageOrRatingThatDiffersFails() throws Exception {
        Path bad = Files.writeString(tmp.resolve("besked.yaml"), Files.readString(Path.of(NOT_MET), StandardCharsets.UTF_8)
                .replace("message: \"20.000.000 kr. er ikke over 20.000.000 kr.\"", "message: \"er over\"\n      rating: rød"),
                StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("test", "--color", "never", bad.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("LP-4 for \"Bofællesskabet Nordlys\" message")
                .contains("forventet: a message containing \"er over\"")
                .contains("LP-4 for \"Bofællesskabet Nordlys\" rating").contains("forventet: rød");
    }

    @Test
    void githubAnnotationsPointAtTheCaseFile() throws Exception {
        Path bad = Files.writeString(tmp.resolve("forkert.yaml"), Files.readString(Path.of(MET), StandardCharsets.UTF_8)
                .replace("verdict: met", "verdict: not_met"), StandardCharsets.UTF_8);
        Cli.Result test = Cli.run("test", "--format", "github", bad.toString());
        assertThat(test.exitCode()).isEqualTo(1);
        assertThat(test.out()).containsPattern("::error file=.*forkert\\.yaml,line=\\d+,col=\\d+,title=regeltjek%3A Et nybyggeri.*"
                + "::verdict: expected not_met, got met").contains("0 passed, 1 failed");
        Cli.Result run = Cli.run("run", "--format", "github", NOT_MET);
        assertThat(run.out()).contains("::error file=" + NOT_MET + ",line=10,col=7,title=LP-4 ikke opfyldt::samlet bruttoanlægsudgift");
    }

    @Test
    void outWritesTheReportToAFile() throws Exception {
        Path report = tmp.resolve("rapport.json");
        Cli.Result r = Cli.run("run", "--format", "json", "--out", report.toString(), MET);
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(new ObjectMapper().readTree(report.toFile()).get("schemaVersion").asInt()).isEqualTo(1);
    }
}
