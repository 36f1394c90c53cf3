package dk.regeltjek.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One run reports every mistake of every case file, sorted by place: an analyst fixes them all before running again. */
class AllMistakesTest {
    @TempDir
    Path tmp;

    @Test
    void threeBrokenFilesAreReportedWithAllTheirMistakesInOrder() {
        Workspace ws = Workspace.withFixtures(tmp);
        ws.write("sager/c.yaml", """
                case: Første sag er god.
                pack: tilskud
                facts:
                  Ansoegning: { kommune: Gentofte }
                ---
                case: Anden sag har en forkert dato.
                pack: tilskud
                facts:
                  Ansoegning: { kommune: Gentofte, indsendt: i går }
                ---
                case: Tredje sag mangler pakken.
                facts:
                  Ansoegning: { kommune: Gentofte }
                """);
        ws.write("sager/a.yaml", """
                case: To felter, der ikke findes, og et kriterium, der ikke findes.
                pack: tilskud
                facts:
                  Ansoegning: { kommune: Gentofte, indsendt: 2025-02-01 }
                  Projekt:
                    - navn: A
                      budgett: 3000000
                      andelAlmen: 30
                expect:
                  outcomes:
                    T-9: met
                """);
        ws.write("sager/b.yaml", """
                case: En ukendt nøgle og en ukendt status.
                pack: tilskud
                fakta: {}
                facts:
                  Ansoegning: { kommune: Gentofte }
                expect:
                  verdict: opfyldt
                """);
        Cli.Result r = Cli.run("run", "--no-cache", "--rules", ws.rules.toString(), ws.root.resolve("sager").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        String sager = ws.root.resolve("sager") + "/";
        List<String> errors = r.err().lines().filter(l -> l.startsWith("error: ")).map(l -> l.replace(sager, "")).toList();
        assertThat(errors).containsExactly(
                "error: a.yaml:7:7: Projekt has no field \"budgett\" (did you mean \"budget\"?)",
                "error: a.yaml:8:7: Projekt has no field \"andelAlmen\" (did you mean \"andelAlmene\"?)",
                "error: a.yaml:11:5: the pack tilskud has no criterion \"T-9\" (did you mean \"T-1\"?)",
                "error: b.yaml:3:1: unknown key \"fakta\" (did you mean \"facts\"?)",
                "error: b.yaml:7:12: unknown status \"opfyldt\"",
                "error: c.yaml:9:46: Ansoegning.indsendt must be a date (2026-12-31 or 31/12/2026), not \"i går\"",
                "error: c.yaml:11:1: missing \"pack\"");
        assertThat(r.err()).endsWith("7 problems in the input or the rules\n");
        assertThat(r.out()).contains("Første sag er god."); // the readable case was still checked
    }
}
