package dk.regeltjek.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The HTML report's structure, checked without a browser: the page is well-formed XML as well as
 * HTML, so it is parsed and its tables, captions and cells are inspected. (HtmlBrowserTest renders it.)
 */
class HtmlReportTest {
    @TempDir
    Path tmp;

    static Document parse(String html) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> elements(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    /** A case whose strings try to become markup. */
    static Path hostileCase(FixtureCli cli) {
        return cli.fixtures.write("examples/tilskud/fjendtlig.yaml", """
                case: "<script>alert('sag')</script> & <b>fed</b>"
                pack: tilskud
                facts:
                  Ansoegning: { kommune: "<img src=x onerror=alert(1)>", indsendt: 2025-02-20 }
                  Projekt:
                    - { navn: "<script>alert(1)</script>", budget: 1_000_000, andelAlmene: 30, afsluttet: 2026-06-30 }
                """);
    }

    @Test
    void aRunIsOneSelfContainedDanishPageWithAMatrixPerPackAndCellsLabelledByStatus() throws Exception {
        FixtureCli cli = new FixtureCli(tmp);
        hostileCase(cli);
        Path report = tmp.resolve("rapport.html");
        Cli.Result r = cli.run("run", "--format", "html", "--out", report.toString(), cli.examples());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        String html = Files.readString(report);
        Document doc = parse(html);
        assertThat(doc.getDocumentElement().getAttribute("lang")).isEqualTo("da");

        List<Element> matrices = elements(doc, "table").stream().filter(t -> t.getAttribute("class").equals("matrix")).toList();
        assertThat(matrices).as("one matrix per pack used").hasSize(2);
        assertThat(matrices.get(0).getElementsByTagName("caption").item(0).getTextContent())
                .startsWith("Pakke tilskud — Testpulje til grønne boliger 2025–2026");
        assertThat(matrices.get(1).getElementsByTagName("caption").item(0).getTextContent())
                .startsWith("Pakke udvalg — Testudvalgets forretningsorden");

        for (String status : List.of("met", "not_met", "warning", "undetermined")) {
            List<Element> cells = elements(doc, "td").stream().filter(td -> td.getAttribute("class").equals("s-" + status)).toList();
            assertThat(cells).as(status).isNotEmpty();
            for (Element cell : cells) {
                Element summary = (Element) cell.getElementsByTagName("summary").item(0);
                assertThat(summary.getTextContent()).as(status).matches("[✓✗!?] (opfyldt|ikke opfyldt|advarsel|uafgjort).*");
                assertThat(cell.getElementsByTagName("details").getLength()).isPositive();
            }
        }
        Element notMet = elements(doc, "td").stream().filter(td -> td.getAttribute("class").equals("s-not_met")).findFirst()
                .orElseThrow();
        assertThat(notMet.getTextContent()).contains("Værdier").contains("Kilde").contains("Fakta");
        assertThat(elements(doc, "blockquote")).isNotEmpty();

        assertThat(elements(doc, "script")).hasSize(1);
        assertThat(elements(doc, "img")).isEmpty();
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("<script>alert").doesNotContain("src=\"http").doesNotContain("href=\"http")
                .contains("Content-Security-Policy").contains("@media print");
        assertThat(elements(doc, "svg")).as("a bar of verdicts per pack used").extracting(e -> e.getAttribute("aria-label"))
                .containsExactly("tilskud: 8 sager: 4 opfyldt, 0 med advarsler, 3 ikke opfyldt, 1 uafgjort",
                        "udvalg: 3 sager: 1 opfyldt, 0 med advarsler, 2 ikke opfyldt, 0 uafgjort");
        assertThat(elements(doc, "input")).extracting(i -> i.getAttribute("value"))
                .containsExactly("met", "warning", "undetermined", "not_met");
    }

    @Test
    void aTestShowsExpectedAgainstActualAndTheCoverage() throws Exception {
        FixtureCli cli = new FixtureCli(tmp);
        cli.fixtures.edit("examples/tilskud/graenser.yaml", "Lige over: met", "Lige over: not_met");
        Cli.Result r = cli.run("test", "--format", "html", "--min-coverage", "80", cli.examples());
        Document doc = parse(r.out());
        Element expectations = table(doc, "forventninger");
        assertThat(expectations.getTextContent()).contains("✗ fejlet").contains("T-1 for \"Lige over\"").contains("not_met")
                .contains("✓ bestået");
        Element coverage = table(doc, "daekning");
        assertThat(coverage.getTextContent()).contains("tilskud ✗ under minimum").contains("5 af 8 (62,5 %)")
                .contains("T-2: kun opfyldt");
    }

    @Test
    void aComparisonShowsEachChangedCaseWithBothScenariosSideBySide() throws Exception {
        FixtureCli cli = new FixtureCli(tmp);
        // the examples of tilskud, the fixture pack with scenarios (udvalg has none)
        Cli.Result r = cli.run("compare", "--scenario", "gældende", "--scenario", "forslag", "--format", "html",
                cli.fixtures.examples.resolve("tilskud").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        Document doc = parse(r.out());
        List<Element> tables = elements(doc, "table").stream().filter(t -> t.getAttribute("class").equals("sammenligning")).toList();
        assertThat(tables).isNotEmpty();
        Element first = tables.get(0);
        List<Element> headers = new ArrayList<>();
        NodeList ths = first.getElementsByTagName("thead").item(0).getChildNodes().item(0).getChildNodes();
        for (int i = 0; i < ths.getLength(); i++) {
            headers.add((Element) ths.item(i));
        }
        assertThat(headers).extracting(Element::getTextContent).containsExactly("Kriterium", "Emne", "gældende", "forslag");
        assertThat(first.getTextContent()).contains("Parameter beloebsgraense").contains("2.000.000").contains("3.000.000");
    }

    private static Element table(Document doc, String cssClass) {
        return elements(doc, "table").stream().filter(t -> t.getAttribute("class").equals(cssClass)).findFirst().orElseThrow();
    }
}
