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
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The formats CI tools read: JUnit with times, errors and skipped cases and always well-formed;
 * GitHub annotations capped with a notice for the rest and a job summary; JSON of run, test,
 * compare and packs valid against their documented schemas, with the input problems in them.
 */
class CiFormatsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static Document xml(String text) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    private static Path brokenFile(FixtureCli cli) {
        return cli.fixtures.write("examples/tilskud/brudt.yaml", "case: En brudt fil.\npack: tilskud\nfacts:\n  Projekt: [1, 2\n");
    }

    @Test
    void junitHasTimesATimestampAndABrokenInputFileAsAnError() throws Exception {
        FixtureCli cli = new FixtureCli(tmp);
        brokenFile(cli);
        Cli.Result r = cli.run("run", "--format", "junit", cli.examples());
        assertThat(r.exitCode()).isEqualTo(2);
        Document doc = xml(r.out());
        Element root = doc.getDocumentElement();
        assertThat(root.getAttribute("tests")).isEqualTo("11"); // 7 cases of tilskud, 3 of udvalg, the broken file
        assertThat(root.getAttribute("failures")).isEqualTo("5");
        assertThat(root.getAttribute("errors")).isEqualTo("1");
        assertThat(root.getAttribute("timestamp")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d");
        assertThat(Double.parseDouble(root.getAttribute("time"))).isPositive();
        List<Element> suites = elements(doc, "testsuite");
        assertThat(suites).extracting(s -> s.getAttribute("name")).containsExactly("tilskud", "udvalg", "problems");
        double caseTimes = 0;
        for (Element testcase : elements(doc, "testcase")) {
            assertThat(testcase.getAttribute("time")).matches("\\d+\\.\\d{3}");
            caseTimes += Double.parseDouble(testcase.getAttribute("time"));
        }
        assertThat(caseTimes).isPositive();
        Element error = elements(doc, "error").get(0);
        assertThat(((Element) error.getParentNode()).getAttribute("file")).endsWith("brudt.yaml");
        assertThat(error.getAttribute("message")).contains("not valid YAML");
        assertThat(elements(doc, "property")).extracting(p -> p.getAttribute("name")).contains("pack.contentHash",
                "pack.sourceChecksum", "regeltjek.version");
    }

    @Test
    void junitMarksTheCasesOfAPackWhoseRulesDoNotCompileAsSkippedAndTheRuleFileAsTheError() throws Exception {
        FixtureCli cli = new FixtureCli(tmp);
        cli.fixtures.edit("rules/tilskud/kriterier.drl", "$p : Projekt( budget != null )", "$p : Projekt( budget != null ");
        Cli.Result r = cli.run("test", "--format", "junit", cli.example("graenser.yaml"), cli.example("mangler.yaml"));
        assertThat(r.exitCode()).isEqualTo(2);
        Document doc = xml(r.out());
        assertThat(elements(doc, "skipped")).hasSize(2);
        assertThat(elements(doc, "error")).isNotEmpty()
                .allSatisfy(e -> assertThat(((Element) e.getParentNode()).getAttribute("file")).contains("kriterier.drl"));
        assertThat(doc.getDocumentElement().getAttribute("skipped")).isEqualTo("2");
    }

    @Test
    void junitIsWellFormedWhateverTheCaseSays() throws Exception {
        FixtureCli cli = new FixtureCli(tmp);
        Path odd = cli.fixtures.write("sager/tegn.yaml", """
                case: "Styretegn \\x01\\x1b[31m, U+FFFE \\uFFFE og U+FFFF \\uFFFF og ]]> slutmarkør"
                pack: tilskud
                facts:
                  Ansoegning: { kommune: "Gentofte\\x02", indsendt: 2025-02-20 }
                  Projekt:
                    - { navn: "<Nord & Syd>", budget: 1_000_000, andelAlmene: 30, afsluttet: 2026-06-30 }
                """);
        Cli.Result r = cli.run("run", "--format", "junit", odd.toString());
        Document doc = xml(r.out());
        Element testcase = elements(doc, "testcase").get(0);
        assertThat(testcase.getAttribute("name")).contains("\\u0001\\u001B[31m").contains("\uFFFD").contains("]]>");
        assertThat(elements(doc, "failure").get(0).getTextContent()).contains("Projekt \"<Nord & Syd>\"");
    }

    @Test
    void githubWritesAtMostTheGivenNumberOfAnnotationsPerLevelAndCountsTheRest() {
        FixtureCli cli = new FixtureCli(tmp);
        brokenFile(cli);
        Cli.Result r = cli.run("run", "--format", "github", "--max-annotations", "2", cli.examples());
        List<String> lines = r.out().lines().toList();
        List<String> errors = lines.stream().filter(l -> l.startsWith("::error ")).toList();
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0)).contains("brudt.yaml").contains("not valid YAML");
        assertThat(lines.stream().filter(l -> l.startsWith("::warning ")).count()).isEqualTo(2);
        List<String> notices = lines.stream().filter(l -> l.startsWith("::notice ")).toList();
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0)).matches("::notice title=regeltjek%3A \\d+ more annotations::\\d+ more annotations not shown "
                + "\\(\\d+ errors, \\d+ warnings, 0 notices; at most 2 of each level are written\\).*");
        assertThat(lines.subList(lines.size() - 3, lines.size())).containsExactly(
                "  tilskud: 7 sager: 4 opfyldt, 0 med advarsler, 2 ikke opfyldt, 1 uafgjort",
                "  udvalg: 3 sager: 1 opfyldt, 0 med advarsler, 2 ikke opfyldt, 0 uafgjort",
                "10 sager: 5 opfyldt, 0 med advarsler, 4 ikke opfyldt, 1 uafgjort");
    }

    @Test
    void githubWritesTheJobSummaryWithTheMatrixWhenTheStepSummaryFileIsSet() throws Exception {
        FixtureCli cli = new FixtureCli(tmp);
        Path summary = Files.writeString(tmp.resolve("step-summary.md"), "# an earlier step\n");
        Cli.Result r = cli.withEnv(Map.of("GITHUB_STEP_SUMMARY", summary.toString()), "run", "--format", "github",
                cli.example("graenser.yaml"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        String markdown = Files.readString(summary);
        assertThat(markdown).startsWith("# an earlier step\n## regeltjek run: 1 sag: 1 opfyldt")
                .contains("| Sag | Emne | T-1 | T-2 | T-3 | T-LOFT | T-FRIST | T-ANTAL | T-PROJEKT | T-ANSOEGNING |")
                .contains("| Projekt \"Grænsen\" | ✗ | ✓ | ✓ | ✓ | – | – | ✗ | – |")
                .contains("✓ opfyldt · ✗ ikke opfyldt · ! advarsel · ? uafgjort · – intet udfald");
    }

    @Test
    void jsonOfRunAndTestMatchesTheSchemaAndCarriesTheProblemsAndWhatDecidedTheResults() throws Exception {
        FixtureCli cli = new FixtureCli(tmp);
        brokenFile(cli);
        for (String command : List.of("run", "test")) {
            Cli.Result r = cli.run(command, "--format", "json", cli.examples());
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(Schemas.result(r.out())).as(command).isEmpty();
            JsonNode json = JSON.readTree(r.out());
            assertThat(json.get("schemaVersion").asInt()).isEqualTo(2);
            assertThat(json.at("/problems/0/file").asText()).endsWith("brudt.yaml");
            assertThat(json.at("/problems/0/message").asText()).contains("not valid YAML");
            assertThat(json.at("/summary/exitCode").asInt()).isEqualTo(2);
            assertThat(json.at("/packs/0/contentHash").asText()).hasSize(64);
            assertThat(json.at("/packs/0/sourceChecksum").asText()).hasSize(64);
            assertThat(json.get("createdAt").asText()).matches("\\d{4}-.*Z");
            assertThat(json.at("/cases/0/date").asText()).isEqualTo("2025-03-01");
            assertThat(json.at("/cases/0/parameters/beloebsgraense").decimalValue()).isEqualByComparingTo("2000000");
        }
    }

    @Test
    void compareWritesItsOwnSchemaJunitWithTheChangedCasesAndGithubNotices() throws Exception {
        FixtureCli cli = new FixtureCli(tmp);
        String[] scenarios = {"--scenario", "gældende", "--scenario", "forslag"};
        String examples = cli.fixtures.examples.resolve("tilskud").toString(); // the fixture pack with scenarios
        Cli.Result json = cli.run("compare", concat(scenarios, "--format", "json", examples));
        assertThat(json.exitCode()).as(json.err()).isZero();
        assertThat(Schemas.compare(json.out())).isEmpty();
        JsonNode doc = JSON.readTree(json.out());
        assertThat(doc.at("/scenarios/before").asText()).isEqualTo("gældende");
        assertThat(doc.at("/changedCases/0/before/parameters/beloebsgraense").asInt()).isEqualTo(2_000_000);
        assertThat(doc.at("/changedCases/0/after/parameters/beloebsgraense").asInt()).isEqualTo(3_000_000);
        int changed = doc.at("/summary/changed").asInt();
        assertThat(doc.get("changedCases").size()).isEqualTo(changed).isPositive();
        assertThat(doc.get("unchangedCases").size()).isEqualTo(doc.at("/summary/cases").asInt() - changed);

        Document junit = xml(cli.run("compare", concat(scenarios, "--format", "junit", examples)).out());
        assertThat(elements(junit, "failure")).hasSize(changed).allSatisfy(f -> assertThat(f.getAttribute("type")).isEqualTo("changed"));

        Cli.Result github = cli.run("compare", concat(scenarios, "--format", "github", examples));
        assertThat(github.exitCode()).isZero();
        assertThat(github.out().lines().filter(l -> l.startsWith("::notice ")).count()).isEqualTo(changed);
        // capped, the notice counting the rest is one of the notices GitHub shows
        List<String> capped = cli.run("compare", concat(scenarios, "--format", "github", "--max-annotations", "3",
                examples)).out().lines().filter(l -> l.startsWith("::notice ")).toList();
        assertThat(capped).hasSize(3);
        assertThat(capped.get(2)).contains((changed - 2) + " more annotations not shown (0 errors, 0 warnings, "
                + (changed - 2) + " notices");
    }

    @Test
    void packsJsonMatchesItsSchema() throws Exception {
        FixtureCli cli = new FixtureCli(tmp);
        Cli.Result r = cli.run("packs", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Schemas.packs(r.out())).isEmpty();
        JsonNode pack = JSON.readTree(r.out()).at("/packs/0");
        assertThat(pack.get("id").asText()).isEqualTo("tilskud");
        assertThat(pack.at("/parameters/2/dated/2025-07-01").asText()).isEqualTo("2027-06-30");
        assertThat(pack.at("/rules/0/citation/lines").asText()).isEqualTo("L6");
        assertThat(cli.run("packs", "tilskudd").err()).contains("unknown pack \"tilskudd\"").contains("packs in");
    }

    private static String[] concat(String[] first, String... rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }
}
