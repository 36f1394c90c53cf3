package dk.regeltjek.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An analyst edits a threshold in a DRL file; the next run uses it, with no Java build. */
class RuleEditTest {
    @TempDir
    Path tmp;

    @Test
    void editingTheThresholdInTheDrlChangesTheNextRun() {
        Workspace ws = new Workspace(tmp, "laanepulje");
        Path c = ws.write("sag.yaml", Workspace.loanCase(Workspace.GOOD_PROJECT));

        Cli.Result before = Cli.run("run", "--rules", ws.rules.toString(), c.toString());
        assertThat(before.exitCode()).as(before.err()).isZero();
        assertThat(before.out()).contains("samlet bruttoanlægsudgift 2025–2026 30.000.000 kr. er over 20.000.000 kr.");

        ws.edit("laanepulje/kriterier.drl", "kr(parameterTal(\"bruttoanlaegOver\"))", "kr(30000000)");

        Cli.Result after = Cli.run("run", "--rules", ws.rules.toString(), c.toString());
        assertThat(after.exitCode()).isEqualTo(1);
        assertThat(after.out()).contains("samlet bruttoanlægsudgift 2025–2026 30.000.000 kr. er ikke over 30.000.000 kr.");
    }
}
