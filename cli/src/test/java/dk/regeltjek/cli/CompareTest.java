package dk.regeltjek.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compare shows what a proposal changes; packs documents the packs. */
class CompareTest {

    @Test
    void compareListsOnlyTheCasesTheProposalChangesWithEvidenceUnderBoth() throws Exception {
        Cli.Result r = Cli.run("compare", "--format", "json", "--scenario", "gældende", "--scenario", "forslag", "examples/oresund");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        List<String> changed = new ArrayList<>();
        json.get("changedCases").forEach(c -> changed.add(c.get("file").asText().replace("examples/oresund/", "") + ":"
                + c.get("line").asInt()));
        assertThat(changed).contains("jan-mar-55-aar-40.yaml:2", "kvartalsgraense.yaml:2", "offentligt-ansat.yaml:2")
                .doesNotContain("praecis-halvtreds.yaml:2");
        JsonNode first = json.at("/changedCases/0/changes/0");
        assertThat(first.has("before")).isTrue();
        assertThat(first.has("after")).isTrue();
        assertThat(json.at("/summary/changed").asInt()).isEqualTo(changed.size());
    }

    @Test
    void compareTextNamesTheCriterionAndBothStatuses() {
        Cli.Result r = Cli.run("compare", "--scenario", "gældende", "--scenario", "forslag",
                "examples/oresund/jan-mar-55-aar-40.yaml");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("OE-1 Erik Johansson: ikke opfyldt → opfyldt")
                .contains("gældende: Hjemmearbejdet i Sverige er over 50 %")
                .contains("får et andet udfald under forslag end under gældende");
    }

    @Test
    void compareRefusesAnUnknownScenarioAndNeedsTwo() {
        Cli.Result unknown = Cli.run("compare", "--scenario", "gældende", "--scenario", "reform", "examples/oresund/praecis-halvtreds.yaml");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("has no scenario \"reform\"").contains("scenarios: gældende, forslag");
        assertThat(Cli.run("compare", "--scenario", "forslag", "examples/oresund").exitCode()).isEqualTo(2);
    }

    @Test
    void packsListsCriteriaParametersScenariosAndRules() {
        Cli.Result r = Cli.run("packs", "laanepulje", "oresund");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("LP-4 — Samlet bruttoanlægsudgift over 20 mio. kr. i 2025 og 2026 [for hver Projekt]")
                .contains("ansoegningsfrist = 15/05/2024 (date)")
                .contains("forslag — Greater Copenhagens forslag")
                .contains("rules/laanepulje/kriterier.drl:")
                .doesNotContain("governance —");
    }
}
