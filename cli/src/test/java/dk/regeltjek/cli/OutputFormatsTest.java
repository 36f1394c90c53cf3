package dk.regeltjek.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** What run and test print, in each format, and the exit codes CI relies on (on the fixture pack tilskud). */
class OutputFormatsTest {
    @TempDir
    Path tmp;

    private Workspace ws;
    /** Every criterion met. */
    private String met;
    /** Under its scenario "forslag", T-1 is not met: 2.500.000 kr. is not over 3.000.000 kr. */
    private String notMet;

    @BeforeEach
    void fixtures() {
        ws = Workspace.withFixtures(tmp.resolve("ws"));
        met = ws.example("tilskud", "alle-kriterier.yaml").toString();
        notMet = ws.example("tilskud", "forslag.yaml").toString();
    }

    private Cli.Result cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(1, List.of("--no-cache", "--rules", ws.rules.toString()));
        return Cli.run(all.toArray(String[]::new));
    }

    private Path variant(String name, String of, String from, String to) throws Exception {
        String text = Files.readString(Path.of(of), StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        return Files.writeString(tmp.resolve(name), text.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void runExplainsEachOutcomeWithRuleCitationFactsAndValues() {
        Cli.Result r = cli("run", "--color", "never", notMet);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out())
                .contains("  pakke tilskud · scenarie forslag · dato 01/03/2025 · verdikt: IKKE OPFYLDT (8 udfald, 3 ikke opfyldt, "
                        + "1 uafgjort)")
                .contains("✗ T-1 ikke opfyldt — Samlet budget over beløbsgrænsen — Projekt \"Mellemstort\"")
                .contains("samlet budget 2.500.000 kr. er ikke over 3.000.000 kr.")
                .contains("værdier: samlet budget = 2.500.000 kr.")
                .contains("regel:   \"T-1 samlet budget over beløbsgrænsen\"")
                .contains("kilde:   Kriterier for tilskud, nr. 1, L6: \"Der kan alene søges tilskud til projekter")
                .contains("fakta:   Projekt \"Mellemstort\" (" + notMet + ":10:7)")
                .doesNotContain("\u001b[");
    }

    @Test
    void runExitsZeroWhenEveryCriterionIsMet() {
        assertThat(cli("run", met).exitCode()).isZero();
    }

    @Test
    void colourOnlyWhenAsked() {
        assertThat(cli("run", "--color", "always", met).out()).contains("\u001b[32m");
    }

    @Test
    void jsonIsVersionedAndCarriesTheExplanation() throws Exception {
        Cli.Result r = cli("run", "--format", "json", notMet);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(2);
        assertThat(json.at("/tool/name").asText()).isEqualTo("regeltjek");
        JsonNode c = json.at("/cases/0");
        assertThat(c.get("verdict").asText()).isEqualTo("not_met");
        JsonNode t1 = null;
        for (JsonNode o : c.get("outcomes")) {
            if (o.get("criterion").asText().equals("T-1")) {
                t1 = o;
            }
        }
        assertThat(t1).isNotNull();
        assertThat(t1.get("status").asText()).isEqualTo("not_met");
        assertThat(t1.at("/citation/lines").asText()).isEqualTo("L6");
        assertThat(t1.at("/subject/line").asInt()).isEqualTo(10);
        List<String> compared = new ArrayList<>();
        t1.get("values").forEach(v -> compared.add(v.get("value").decimalValue().toPlainString()));
        assertThat(compared).containsExactly("2500000", "3000000");
        assertThat(json.at("/summary/not_met").asInt()).isEqualTo(1);
        assertThat(json.at("/summary/success").asBoolean()).isFalse();
    }

    /** Reports are diffed in CI: every JSON object keeps one key order, run after run (Map.of would not). */
    @Test
    void jsonKeysComeInAFixedOrder() throws Exception {
        Path bad = variant("forkert.yaml", met, "verdict: met", "verdict: not_met");
        JsonNode test = new ObjectMapper().readTree(cli("test", "--format", "json", bad.toString()).out());
        assertThat(test.get("tool").fieldNames()).toIterable().containsExactly("name", "version");
        assertThat(test.at("/cases/0/mismatches/0").fieldNames()).toIterable().containsExactly("where", "what", "expected", "actual");

        JsonNode compare = new ObjectMapper().readTree(cli("compare", "--scenario", "gældende", "--scenario", "forslag",
                "--format", "json", notMet).out());
        assertThat(compare.get("tool").fieldNames()).toIterable().containsExactly("name", "version");
        assertThat(compare.get("summary").fieldNames()).toIterable()
                .containsExactly("cases", "changed", "problems", "skipped", "exitCode");
    }

    @Test
    void junitXmlHasOneSuitePerPackAndOneFailurePerFailingCase() throws Exception {
        Path bad = variant("forkert.yaml", met, "verdict: met", "verdict: not_met");
        Cli.Result r = cli("test", "--format", "junit", met, bad.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("name")).isEqualTo("tilskud");
        assertThat(suite.getAttribute("tests")).isEqualTo("2");
        assertThat(xml.getElementsByTagName("failure").getLength()).isEqualTo(1);
        Element failure = (Element) xml.getElementsByTagName("failure").item(0);
        assertThat(failure.getTextContent()).contains("verdict: expected not_met, got met");
    }

    @Test
    void testShowsExpectedAndActualAndListsRulesNoExampleExercised() throws Exception {
        Path bad = variant("forkert.yaml", notMet, "T-1: not_met", "T-1: met");
        Cli.Result r = cli("test", "--color", "never", bad.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out())
                .contains("FAIL tilskud/forkert.yaml")
                .contains(": T-1 for \"Mellemstort\"")
                .contains("forventet: met")
                .contains("faktisk:   not_met — samlet budget 2.500.000 kr. er ikke over 3.000.000 kr.")
                .contains("Regler som intet eksempel fik til at fyre")
                .contains("\"T-LOFT ansøgt beløb inden for årets pulje\"")
                .contains("0 passed, 1 failed");
    }

    @Test
    void anExpectedMessageOrRatingThatDiffersFails() throws Exception {
        Path bad = variant("besked.yaml", notMet, "T-1: not_met", "T-1: { status: not_met, message: \"er over\", rating: rød }");
        Cli.Result r = cli("test", "--color", "never", bad.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("T-1 for \"Mellemstort\" message")
                .contains("forventet: a message containing \"er over\"")
                .contains("T-1 for \"Mellemstort\" rating").contains("forventet: rød");
    }

    @Test
    void githubAnnotationsPointAtTheCaseFile() throws Exception {
        Path bad = variant("forkert.yaml", met, "verdict: met", "verdict: not_met");
        Cli.Result test = cli("test", "--format", "github", bad.toString());
        assertThat(test.exitCode()).isEqualTo(1);
        assertThat(test.out()).containsPattern("::error file=.*forkert\\.yaml,line=\\d+,col=\\d+,title=regeltjek%3A En ansøgning.*"
                + "::verdict: expected not_met, got met").contains("0 passed, 1 failed");
        Cli.Result run = cli("run", "--format", "github", notMet);
        assertThat(run.out()).contains("::error file=" + notMet + ",line=10,col=7,title=T-1 ikke opfyldt::samlet budget");
    }

    @Test
    void outWritesTheReportToAFile() throws Exception {
        Path report = tmp.resolve("rapport.json");
        Cli.Result r = cli("run", "--format", "json", "--out", report.toString(), met);
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(new ObjectMapper().readTree(report.toFile()).get("schemaVersion").asInt()).isEqualTo(2);
    }
}
