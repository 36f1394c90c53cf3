package dk.regeltjek.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SARIF 2.1.0: valid against the official schema, rules with their cited passage, results located in the case files. */
class SarifTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void aRunIsValidSarifWithOneResultPerOutcomeNotMetAndTheCitationAsHelp() throws Exception {
        FixtureCli cli = new FixtureCli(tmp);
        Cli.Result r = cli.run("run", "--format", "sarif", cli.examples());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(Schemas.sarif(r.out())).isEmpty();
        JsonNode run = JSON.readTree(r.out()).at("/runs/0");
        assertThat(run.at("/tool/driver/name").asText()).isEqualTo("regeltjek");
        JsonNode t1 = run.at("/tool/driver/rules/0");
        assertThat(t1.get("id").asText()).isEqualTo("tilskud/T-1");
        assertThat(t1.at("/help/text").asText()).isEqualTo("Testpulje til grønne boliger (opdigtet), Kriterier for tilskud, "
                + "nr. 1, L6: \"Der kan alene søges tilskud til projekter med et samlet budget over 2 mio. kr.\"");
        JsonNode first = run.at("/results/0");
        assertThat(first.get("ruleId").asText()).isEqualTo("tilskud/T-3");
        assertThat(first.get("level").asText()).isEqualTo("error");
        assertThat(first.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).endsWith("/examples/tilskud/datoer.yaml");
        assertThat(first.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(9);
        assertThat(first.at("/message/text").asText()).contains("forventet afslutning 15/03/2027 er ikke senest 31/12/2026");
        int notMet = 0;
        int other = 0;
        for (JsonNode result : run.get("results")) {
            if (result.get("level").asText().equals("error")) {
                notMet++;
            } else {
                other++;
            }
        }
        assertThat(notMet).isEqualTo(9); // 7 of tilskud's criteria (not its verdicts), U-1 and U-2 of udvalg
        assertThat(other).isEqualTo(3); // T-ANTAL's warning, T-LOFT and T-1 undetermined
        assertThat(run.at("/properties/packs/0/contentHash").asText()).hasSize(64);
        assertThat(run.at("/invocations/0/exitCode").asInt()).isEqualTo(1);
    }

    @Test
    void aTestReportsFailedExpectationsAndInputProblemsAsValidSarif() throws Exception {
        FixtureCli cli = new FixtureCli(tmp);
        cli.fixtures.edit("examples/tilskud/graenser.yaml", "Lige over: met", "Lige over: not_met");
        cli.fixtures.write("examples/tilskud/ødelagt fil.yaml", "case: En brudt fil.\npack: tilskud\nfacts: [\n");
        Cli.Result r = cli.run("test", "--format", "sarif", cli.examples());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(Schemas.sarif(r.out())).isEmpty();
        JsonNode results = JSON.readTree(r.out()).at("/runs/0/results");
        assertThat(results).hasSize(3);
        assertThat(results.get(0).get("ruleId").asText()).isEqualTo("regeltjek/expectation");
        assertThat(results.get(0).at("/message/text").asText()).startsWith("T-1 for \"Lige over\": expected not_met, got met");
        assertThat(results.get(0).at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(26);
        assertThat(results.get(0).at("/properties/criterion").asText()).isEqualTo("T-1");
        assertThat(results.get(1).at("/message/text").asText()).startsWith("T-PROJEKT for \"Lige over\": expected not_met");
        assertThat(results.get(2).get("ruleId").asText()).isEqualTo("regeltjek/problem");
        assertThat(results.get(2).at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .endsWith("/examples/tilskud/%C3%B8delagt%20fil.yaml");
    }
}
