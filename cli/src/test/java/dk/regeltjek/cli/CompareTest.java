package dk.regeltjek.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compare shows what a proposal changes; packs documents the packs (on the fixture packs). */
class CompareTest {
    @TempDir
    Path tmp;

    private Workspace ws;

    @BeforeEach
    void fixtures() {
        ws = Workspace.withFixtures(tmp);
    }

    private Cli.Result cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(1, List.of("--no-cache", "--rules", ws.rules.toString()));
        return Cli.run(all.toArray(String[]::new));
    }

    /** The fixture's "forslag" raises the budget limit from 2 to 3 mio. kr. */
    @Test
    void compareListsOnlyTheCasesTheProposalChangesWithEvidenceUnderBoth() throws Exception {
        Cli.Result r = cli("compare", "--format", "json", "--scenario", "gældende", "--scenario", "forslag",
                ws.examples.resolve("tilskud").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        List<String> changed = new ArrayList<>();
        json.get("changedCases").forEach(c -> changed.add(Path.of(c.get("file").asText()).getFileName() + ":"
                + c.get("line").asInt()));
        assertThat(changed).contains("alle-kriterier.yaml:2", "graenser.yaml:2")
                .doesNotContain("mangler.yaml:2"); // no budget given: undetermined under both
        JsonNode first = json.at("/changedCases/0/changes/0");
        assertThat(first.has("before")).isTrue();
        assertThat(first.has("after")).isTrue();
        assertThat(json.at("/summary/changed").asInt()).isEqualTo(changed.size());
    }

    @Test
    void compareTextNamesTheCriterionAndBothStatuses() {
        Cli.Result r = cli("compare", "--scenario", "gældende", "--scenario", "forslag",
                ws.example("tilskud", "alle-kriterier.yaml").toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("T-1 Solgården: opfyldt → ikke opfyldt")
                .contains("gældende: samlet budget 2.500.000 kr. er over 2.000.000 kr.")
                .contains("forslag: samlet budget 2.500.000 kr. er ikke over 3.000.000 kr.")
                .contains("får et andet udfald under forslag end under gældende");
    }

    @Test
    void compareRefusesAnUnknownScenarioAndNeedsTwo() {
        String file = ws.example("tilskud", "mangler.yaml").toString();
        Cli.Result unknown = cli("compare", "--scenario", "gældende", "--scenario", "reform", file);
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("has no scenario \"reform\"").contains("scenarios: gældende, forslag");
        assertThat(cli("compare", "--scenario", "forslag", file).exitCode()).isEqualTo(2);
    }

    @Test
    void packsListsCriteriaParametersScenariosAndRules() {
        Cli.Result r = cli("packs", "tilskud");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("T-1 — Samlet budget over beløbsgrænsen [for hver Projekt]")
                .contains("indsendelsesfrist = 01/03/2025 (date)")
                .contains("forslag — Beløbsgrænsen hæves til 3 mio. kr.")
                .contains("rules/tilskud/kriterier.drl:")
                .doesNotContain("udvalg —");
        assertThat(cli("packs").out()).contains("tilskud —").contains("udvalg —");
    }
}
