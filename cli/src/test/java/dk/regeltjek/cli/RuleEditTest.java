package dk.regeltjek.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An analyst edits a threshold or a rule; the next run uses it, with no Java build. */
class RuleEditTest {
    @TempDir
    Path tmp;

    @Test
    void editingTheThresholdInPackYamlChangesTheNextRun() {
        Workspace ws = Workspace.withFixtures(tmp);
        Path c = ws.example("tilskud", "alle-kriterier.yaml");

        Cli.Result before = Cli.run("run", "--no-cache", "--rules", ws.rules.toString(), c.toString());
        assertThat(before.exitCode()).as(before.err()).isZero();
        assertThat(before.out()).contains("samlet budget 2.500.000 kr. er over 2.000.000 kr.");

        ws.edit("tilskud/pack.yaml", "default: 2_000_000", "default: 3_000_000");

        Cli.Result after = Cli.run("run", "--no-cache", "--rules", ws.rules.toString(), c.toString());
        assertThat(after.exitCode()).isEqualTo(1);
        assertThat(after.out()).contains("samlet budget 2.500.000 kr. er ikke over 3.000.000 kr.");
    }

    @Test
    void editingTheComparisonInTheDrlChangesTheNextRun() {
        Workspace ws = Workspace.withFixtures(tmp);
        Path c = ws.example("tilskud", "alle-kriterier.yaml");
        assertThat(Cli.run("run", "--no-cache", "--rules", ws.rules.toString(), c.toString()).out())
                .contains("andel almene boliger 40 % er mindst 20 %");

        ws.turnT2Round();

        Cli.Result after = Cli.run("run", "--no-cache", "--rules", ws.rules.toString(), c.toString());
        assertThat(after.exitCode()).isEqualTo(1);
        assertThat(after.out()).contains("andel almene boliger 40 % er ikke højst 20 %");
    }
}
