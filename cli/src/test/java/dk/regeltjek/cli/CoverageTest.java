package dk.regeltjek.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * test measures how well the examples exercise each pack — rules fired, criteria seen both met and
 * not met — shows it in every format, and with --min-coverage fails below the minimum.
 */
class CoverageTest {
    @TempDir
    Path tmp;

    @Test
    void coverageIsShownInTextJsonJunitAndGithub() throws Exception {
        FixtureCli cli = new FixtureCli(tmp);
        assertThat(cli.run("test", cli.examples()).out())
                .contains("Dækning tilskud: 8 af 8 regler fyret (100,0 %), 5 af 8 kriterier set både opfyldt og ikke opfyldt (62,5 %)")
                .contains("ikke set både opfyldt og ikke opfyldt: T-2 (kun opfyldt), T-FRIST (kun opfyldt), "
                        + "T-ANTAL (kun opfyldt, advarsel)");

        JsonNode coverage = new ObjectMapper().readTree(cli.run("test", "--format", "json", cli.examples()).out()).at("/coverage/0");
        assertThat(coverage.at("/rules/percent").decimalValue()).isEqualByComparingTo("100.0");
        assertThat(coverage.at("/criteria/bothSides").asInt()).isEqualTo(5);
        assertThat(coverage.at("/criteria/percent").decimalValue()).isEqualByComparingTo("62.5");
        assertThat(coverage.at("/seen/T-ANTAL").toString()).isEqualTo("[\"met\",\"warning\"]");

        Document junit = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(
                cli.run("test", "--format", "junit", cli.examples()).out().getBytes(StandardCharsets.UTF_8)));
        assertThat(property(junit, "coverage.criteria.percent")).isEqualTo("62.5");
        assertThat(property(junit, "coverage.rules.fired")).isEqualTo("8/8");

        assertThat(cli.run("test", "--format", "github", cli.examples()).out())
                .contains("coverage tilskud: rules 8/8 (100.0 %), criteria met and not met 5/8 (62.5 %)");
    }

    @Test
    void belowTheMinimumCoverageTheTestFailsWithAClearMessage() throws Exception {
        FixtureCli cli = new FixtureCli(tmp);
        Cli.Result passes = cli.run("test", "--min-coverage", "60", cli.examples());
        assertThat(passes.exitCode()).as(passes.err()).isZero();

        Cli.Result fails = cli.run("test", "--min-coverage", "70", cli.examples());
        assertThat(fails.exitCode()).isEqualTo(1);
        assertThat(fails.err()).contains("error: coverage of the pack tilskud is below --min-coverage 70 %: rules fired 100.0 %, "
                + "criteria seen met and not met 62.5 %").contains("hint: add examples");
        assertThat(fails.out()).contains("UNDER MINIMUM 70 %").endsWith("10 passed, 0 failed\n");

        JsonNode json = new ObjectMapper().readTree(cli.run("test", "--format", "json", "--min-coverage", "70", cli.examples()).out());
        assertThat(json.at("/summary/belowMinimum/0").asText()).isEqualTo("tilskud");
        assertThat(json.at("/summary/success").asBoolean()).isFalse();

        assertThat(cli.run("test", "--format", "github", "--min-coverage", "70", cli.examples()).out())
                .contains("::error title=regeltjek%3A coverage of tilskud::");
    }

    @Test
    void failOnWarnFailsATestInWhichARuleNeverFires() {
        FixtureCli cli = new FixtureCli(tmp);
        Cli.Result lenient = cli.run("test", cli.example("mangler.yaml"));
        assertThat(lenient.exitCode()).isZero();
        assertThat(lenient.out()).contains("Regler som intet eksempel fik til at fyre").contains("\"T-1 samlet budget over beløbsgrænsen\"");
        Cli.Result strict = cli.run("test", "--fail-on-warn", cli.example("mangler.yaml"));
        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.out()).contains("regler uden eksempel tæller som fejl (--fail-on-warn)");
    }

    private static String property(Document doc, String name) {
        var properties = doc.getElementsByTagName("property");
        for (int i = 0; i < properties.getLength(); i++) {
            var p = (org.w3c.dom.Element) properties.item(i);
            if (p.getAttribute("name").equals(name)) {
                return p.getAttribute("value");
            }
        }
        return null;
    }
}
