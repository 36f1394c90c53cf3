package dk.regeltjek.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.regeltjek.report.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run over files of several packs loads the packs side by side in the background. What the user
 * sees must not depend on it: a pack with broken rules is reported exactly as when its file runs
 * alone, and the other pack's cases are still checked.
 */
class PackLoadingTest {
    @TempDir
    Path tmp;

    @Test
    void aBrokenPackLoadedInTheBackgroundIsReportedAsWhenItsFileRunsAlone() throws IOException {
        Workspace ws = new Workspace(tmp, "laanepulje", "oresund");
        Path loan = ws.write("sager/laan.yaml", Workspace.loanCase(Workspace.GOOD_PROJECT));
        Path commuter = ws.write("sager/pendler.yaml", Files.readString(Path.of("examples/oresund/ingen-log.yaml")));
        ws.edit("oresund/kriterier.drl", "rule \"OE-3 ", "rule ) \"OE-3 ");

        Cli.Result alone = Cli.run("run", "--rules", ws.rules.toString(), commuter.toString());
        Cli.Result both = Cli.run("run", "--rules", ws.rules.toString(), ws.root.resolve("sager").toString());

        assertThat(alone.exitCode()).as(alone.err()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(both.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(alone.err()).contains("oresund/kriterier.drl:");
        assertThat(both.err()).isEqualTo(alone.err());
        assertThat(both.out()).contains("Et projekt til test af fejlbeskeder."); // the loan case was checked all the same
    }
}
