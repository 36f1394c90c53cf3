package dk.regeltjek.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.regeltjek.report.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pack that includes a criterion from the fixture pack tilskud, on the command line: {@code packs}
 * says where it comes from, {@code test} follows an edit of tilskud through the rule cache, and a
 * wrong include is a located problem with exit 2.
 */
class PackIncludeCliTest {
    @TempDir
    Path tmp;

    @Test
    void theIncludingPackShowsWhereItsRulesComeFromAndFollowsTheirEdits() throws IOException {
        Workspace ws = Workspace.withFixtures(tmp.resolve("ws"));
        ws.write("rules/samlet/pack.yaml", """
                title: Samlet
                include:
                  - pack: tilskud
                    criteria: [T-1]
                    parameters: [beloebsgraense]
                """);
        ws.write("rules/samlet/typer.drl", Files.readString(ws.rules.resolve("tilskud/typer.drl"))
                .replace("package regeltjek.test.tilskud;", "package regeltjek.test.samlet;"));
        Path cases = ws.write("examples/samlet/graense.yaml", """
                case: Et projekt på præcis 2 mio. kr. er ikke over beløbsgrænsen.
                pack: samlet
                facts:
                  Projekt:
                    - { navn: Grænsen, budget: 2000000 }
                expect:
                  verdict: not_met
                  outcomes:
                    T-1: not_met
                """);
        String rules = ws.rules.toString();
        String cache = tmp.resolve("cache").toString();

        Cli.Result packs = Cli.run("packs", "--rules", rules, "samlet");
        assertThat(packs.exitCode()).as(packs.err()).isZero();
        assertThat(packs.out()).contains("  henter fra tilskud: kriterierne T-1 med deres regler; parametrene beloebsgraense [")
                .contains("    T-1 — Samlet budget over beløbsgrænsen [for hver Projekt] (fra tilskud)")
                .contains("    beloebsgraense = 2.000.000 kr. (decimal)")
                .containsPattern("/tilskud/kriterier\\.drl:5  T-1 samlet budget over beløbsgrænsen  \\[L6]");

        assertThat(Cli.run("test", "--rules", rules, "--cache-dir", cache, cases.toString()).out()).contains("1 passed, 0 failed");
        ws.edit("tilskud/pack.yaml", "default: 2_000_000", "default: 1_500_000");
        Cli.Result edited = Cli.run("test", "--rules", rules, "--cache-dir", cache, "--no-color", cases.toString());
        assertThat(edited.exitCode()).isEqualTo(ExitCode.FAILED.code());
        assertThat(edited.out()).contains("0 passed, 1 failed").contains("1.500.000 kr.");

        ws.edit("samlet/pack.yaml", "pack: tilskud", "pack: tilskudet");
        Cli.Result wrong = Cli.run("packs", "--rules", rules, "samlet");
        assertThat(wrong.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(wrong.err()).containsPattern("samlet/pack\\.yaml:3:11: no pack \"tilskudet\" in .*\\(did you mean \"tilskud\"\\?\\)")
                .contains("hint: a pack includes only from the packs of its own rules folder: samlet, tilskud, udvalg");
    }
}
