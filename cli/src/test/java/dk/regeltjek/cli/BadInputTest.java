package dk.regeltjek.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input and bad rules give a located message and exit 2 — never a stack trace or a wrong answer. */
class BadInputTest {
    @TempDir
    Path tmp;

    private Cli.Result run(Workspace ws, Path caseFile) {
        return Cli.run("run", "--rules", ws.rules.toString(), caseFile.toString());
    }

    private static void assertCleanError(Cli.Result result) {
        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).doesNotContain("Exception", "\tat ");
        assertThat(result.err()).contains("hint:");
    }

    @Test
    void brokenDrlPointsAtTheFileAndLine() {
        Workspace ws = new Workspace(tmp, "laanepulje");
        ws.edit("laanepulje/kriterier.drl", "$p : Projekt( andelAndreKommuner != null )", "$p : Projekt( andelAndreKommuner != null ");
        Path c = ws.write("sag.yaml", Workspace.loanCase(Workspace.GOOD_PROJECT));
        Cli.Result result = run(ws, c);
        assertCleanError(result);
        assertThat(result.err()).containsPattern("rules/laanepulje/kriterier\\.drl:\\d+")
                .doesNotContain("Parser returned a null Package");
    }

    @Test
    void brokenYamlGivesLineAndColumn() {
        Workspace ws = new Workspace(tmp, "laanepulje");
        Path c = ws.write("sag.yaml", "case: Et brudt dokument.\npack: laanepulje\nfacts:\n  Projekt:\n    - navn: \"uafsluttet\n");
        Cli.Result result = run(ws, c);
        assertCleanError(result);
        assertThat(result.err()).containsPattern("sag\\.yaml:\\d+:\\d+: not valid YAML");
    }

    @Test
    void unknownTypeListsTheDeclaredOnes() {
        Workspace ws = new Workspace(tmp, "laanepulje");
        Path c = ws.write("sag.yaml", Workspace.loanCase(Workspace.GOOD_PROJECT).replace("  Projekt:", "  Projeckt:"));
        Cli.Result result = run(ws, c);
        assertCleanError(result);
        assertThat(result.err()).contains("sag.yaml:7:3: unknown fact type \"Projeckt\" (did you mean \"Projekt\"?)")
                .contains("declares: Ansoegning, Projekt");
    }

    @Test
    void unknownFieldListsTheAllowedFields() {
        Workspace ws = new Workspace(tmp, "laanepulje");
        Path c = ws.write("sag.yaml", Workspace.loanCase(Workspace.GOOD_PROJECT.replace("grundlag:", "grundlaget:")));
        Cli.Result result = run(ws, c);
        assertCleanError(result);
        assertThat(result.err()).contains("sag.yaml:9:7: Projekt has no field \"grundlaget\" (did you mean \"grundlag\"?)")
                .contains("its fields are: navn (projektnavn (kolonne A)): a text");
    }

    @Test
    void wrongValueTypeSaysWhatIsExpected() {
        Workspace ws = new Workspace(tmp, "laanepulje");
        Path c = ws.write("sag.yaml", Workspace.loanCase(Workspace.GOOD_PROJECT.replace("bruttoanlaeg2025: 15000000",
                "bruttoanlaeg2025: 15 mio")));
        Cli.Result result = run(ws, c);
        assertCleanError(result);
        assertThat(result.err()).containsPattern("sag\\.yaml:\\d+:25: Projekt.bruttoanlaeg2025 must be a number .*not \"15 mio\"");
    }

    @Test
    void unknownEnumValueListsTheConstants() {
        Workspace ws = new Workspace(tmp, "laanepulje");
        Path c = ws.write("sag.yaml", Workspace.loanCase(Workspace.GOOD_PROJECT.replace("SEL107", "SEL 107")));
        Cli.Result result = run(ws, c);
        assertCleanError(result);
        assertThat(result.err()).contains("\"SEL 107\" is not a Grundlag").contains("SEL107, SEL108, ABL105, ANDET");
    }

    @Test
    void missingRequiredFieldIsNamed() {
        Workspace ws = new Workspace(tmp, "laanepulje");
        Path c = ws.write("sag.yaml", Workspace.loanCase(Workspace.GOOD_PROJECT).replace("    godkendt: 2024-05-10\n", ""));
        Cli.Result result = run(ws, c);
        assertCleanError(result);
        assertThat(result.err()).contains("sag.yaml:5:5: Ansoegning is missing the required field \"godkendt\"");
    }

    @Test
    void aLoopingRuleIsStoppedAndNamed() {
        Workspace ws = new Workspace(tmp, "laanepulje");
        ws.write("rules/laanepulje/loop.drl", """
                package regeltjek.laanepulje;
                rule "tæller i ring"
                    @id("LP-2") @source("Test") @lines("L90") @quote("udvidelse")
                when
                    $p : Projekt( nyePladser2025 >= 0 )
                then
                    modify($p) { setNyePladser2025($p.getNyePladser2025() + 1) };
                end
                """);
        Path c = ws.write("sag.yaml", Workspace.loanCase(Workspace.GOOD_PROJECT));
        Cli.Result result = Cli.run("run", "--firing-limit", "500", "--rules", ws.rules.toString(), c.toString());
        assertCleanError(result);
        assertThat(result.err()).contains("\"tæller i ring\" (" + ws.rules + "/laanepulje/loop.drl:2)")
                .contains("were stopped");
    }

    @Test
    void aRuleThatCitesNothingIsRefused() {
        Workspace ws = new Workspace(tmp, "laanepulje");
        ws.edit("laanepulje/kriterier.drl", "    @quote(\"Udvidelsen af kapaciteten skal kunne gennemføres inden udgangen af 2026.\")\n", "");
        Path c = ws.write("sag.yaml", Workspace.loanCase(Workspace.GOOD_PROJECT));
        Cli.Result result = run(ws, c);
        assertCleanError(result);
        assertThat(result.err()).contains("\"LP-3 gennemført inden udgangen af 2026\" does not cite its passage");
    }

    @Test
    void aRuleWithoutAnIdIsRefused() {
        Workspace ws = new Workspace(tmp, "laanepulje");
        ws.write("rules/laanepulje/uden-id.drl", """
                package regeltjek.laanepulje;
                rule "en regel uden id"
                when
                    Projekt()
                then
                end
                """);
        Path c = ws.write("sag.yaml", Workspace.loanCase(Workspace.GOOD_PROJECT));
        Cli.Result result = run(ws, c);
        assertCleanError(result);
        assertThat(result.err()).contains("uden-id.drl:2: rule \"en regel uden id\" has no @id")
                .contains("uden-id.drl:2: rule \"en regel uden id\" does not cite its passage");
    }

    @Test
    void aQuoteThatIsNotInTheDocumentIsRefused() {
        Workspace ws = new Workspace(tmp, "laanepulje");
        ws.edit("laanepulje/kriterier.drl", "@quote(\"Udvidelsen af kapaciteten skal kunne gennemføres inden udgangen af 2026.\")",
                "@quote(\"Udvidelsen af kapaciteten skal kunne gennemføres inden udgangen af 2027.\")");
        ws.edit("laanepulje/kriterier.drl", "    @lines(\"L93\")", "    @lines(\"L120\")");
        Path c = ws.write("sag.yaml", Workspace.loanCase(Workspace.GOOD_PROJECT));
        Cli.Result result = run(ws, c);
        assertCleanError(result);
        assertThat(result.err())
                .contains("the @quote of rule \"LP-3 gennemført inden udgangen af 2026\" is not in the document")
                .contains("the @quote of rule \"LP-5 mindst 25 pct. af pladserne til andre kommuner\" is in the document, "
                        + "but not near L120 (at L93)");
    }

    @Test
    void anUnknownPackOrScenarioIsRefused() {
        Workspace ws = new Workspace(tmp, "laanepulje");
        Path c = ws.write("sag.yaml", Workspace.loanCase(Workspace.GOOD_PROJECT).replace("pack: laanepulje", "pack: laanepulj"));
        Cli.Result result = run(ws, c);
        assertCleanError(result);
        assertThat(result.err()).contains("sag.yaml:2:7: unknown pack \"laanepulj\" (did you mean \"laanepulje\"?)");
    }

    @Test
    void inputFilesAreNeverModified() throws IOException {
        Workspace ws = new Workspace(tmp, "laanepulje");
        Path c = ws.write("sag.yaml", Workspace.loanCase(Workspace.GOOD_PROJECT));
        byte[] before = Files.readAllBytes(c);
        long modified = Files.getLastModifiedTime(c).toMillis();
        Cli.run("test", "--rules", ws.rules.toString(), c.toString());
        Cli.run("run", "--format", "json", "--rules", ws.rules.toString(), c.toString());
        assertThat(Files.readAllBytes(c)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(c).toMillis()).isEqualTo(modified);
    }

    @Test
    void badUsageExitsWithTwo() {
        Cli.Result result = Cli.run("run", "--format", "pdf", "examples");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("usage:").contains("pdf");
    }
}
