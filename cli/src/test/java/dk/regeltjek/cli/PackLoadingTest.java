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
        Workspace ws = Workspace.withFixtures(tmp);
        ws.write("sager/tilskud.yaml", Workspace.grantCase(Workspace.GOOD_PROJECT));
        Path meeting = ws.write("sager/udvalg.yaml", Files.readString(ws.example("udvalg", "beslutningsdygtigt.yaml")));
        ws.edit("udvalg/regler.drl", "rule \"U-2 ", "rule ) \"U-2 ");

        Cli.Result alone = Cli.run("run", "--no-cache", "--rules", ws.rules.toString(), meeting.toString());
        Cli.Result both = Cli.run("run", "--no-cache", "--rules", ws.rules.toString(), ws.root.resolve("sager").toString());

        assertThat(alone.exitCode()).as(alone.err()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(both.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(alone.err()).contains("udvalg/regler.drl:");
        assertThat(both.err()).isEqualTo(alone.err());
        // the grant case was checked all the same
        assertThat(both.out()).contains("tilskud.yaml:1:1  Et projekt til test af fejlbeskeder.\n"
                + "  verdikt: OPFYLDT · pakke tilskud · scenarie gældende · ✓ 8 af 8 udfald opfyldt (8 kriterier)\n");
    }
}
