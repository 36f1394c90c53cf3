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
        Workspace ws = Workspace.withFixtures(tmp);
        ws.edit("tilskud/kriterier.drl", "$p : Projekt( andelAlmene != null )", "$p : Projekt( andelAlmene != null ");
        Path c = ws.write("sag.yaml", Workspace.grantCase(Workspace.GOOD_PROJECT));
        Cli.Result result = run(ws, c);
        assertCleanError(result);
        assertThat(result.err()).containsPattern("rules/tilskud/kriterier\\.drl:\\d+")
                .doesNotContain("Parser returned a null Package");
    }

    @Test
    void brokenYamlGivesLineAndColumn() {
        Workspace ws = Workspace.withFixtures(tmp);
        Path c = ws.write("sag.yaml", "case: Et brudt dokument.\npack: tilskud\nfacts:\n  Projekt:\n    - navn: \"uafsluttet\n");
        Cli.Result result = run(ws, c);
        assertCleanError(result);
        assertThat(result.err()).containsPattern("sag\\.yaml:\\d+:\\d+: not valid YAML");
    }

    @Test
    void unknownTypeListsTheDeclaredOnes() {
        Workspace ws = Workspace.withFixtures(tmp);
        Path c = ws.write("sag.yaml", Workspace.grantCase(Workspace.GOOD_PROJECT).replace("  Projekt:", "  Projeckt:"));
        Cli.Result result = run(ws, c);
        assertCleanError(result);
        assertThat(result.err()).contains("sag.yaml:7:3: unknown fact type \"Projeckt\" (did you mean \"Projekt\"?)")
                .contains("declares: Ansoegning, Projekt");
    }

    @Test
    void unknownFieldListsTheAllowedFields() {
        Workspace ws = Workspace.withFixtures(tmp);
        Path c = ws.write("sag.yaml", Workspace.grantCase(Workspace.GOOD_PROJECT.replace("budget:", "budgett:")));
        Cli.Result result = run(ws, c);
        assertCleanError(result);
        assertThat(result.err()).contains("sag.yaml:10:7: Projekt has no field \"budgett\" (did you mean \"budget\"?)")
                .contains("its fields are: navn (projektnavn): a text");
    }

    @Test
    void wrongValueTypeSaysWhatIsExpected() {
        Workspace ws = Workspace.withFixtures(tmp);
        Path c = ws.write("sag.yaml", Workspace.grantCase(Workspace.GOOD_PROJECT.replace("budget: 3000000",
                "budget: 3 mio")));
        Cli.Result result = run(ws, c);
        assertCleanError(result);
        assertThat(result.err()).containsPattern("sag\\.yaml:10:15: Projekt.budget must be a number .*not \"3 mio\"");
    }

    @Test
    void unknownEnumValueListsTheConstants() {
        Workspace ws = Workspace.withFixtures(tmp);
        Path c = ws.write("sag.yaml", Workspace.grantCase(Workspace.GOOD_PROJECT.replace("ALMEN", "ALMENE")));
        Cli.Result result = run(ws, c);
        assertCleanError(result);
        assertThat(result.err()).contains("\"ALMENE\" is not a Boligtype").contains("ALMEN, PRIVAT, BLANDET");
    }

    @Test
    void missingRequiredFieldIsNamed() {
        Workspace ws = Workspace.withFixtures(tmp);
        Path c = ws.write("sag.yaml", Workspace.grantCase(Workspace.GOOD_PROJECT).replace("    kommune: Gentofte\n", ""));
        Cli.Result result = run(ws, c);
        assertCleanError(result);
        assertThat(result.err()).contains("sag.yaml:5:5: Ansoegning is missing the required field \"kommune\"");
    }

    @Test
    void aLoopingRuleIsStoppedAndNamed() {
        Workspace ws = Workspace.withFixtures(tmp);
        ws.write("rules/tilskud/loop.drl", """
                package regeltjek.test.tilskud;
                rule "tæller i ring"
                    @id("T-1") @source("Test") @lines("L6") @quote("samlet budget over 2 mio. kr.")
                when
                    $p : Projekt( budget != null )
                then
                    modify($p) { setBudget($p.getBudget().add(java.math.BigDecimal.ONE)) };
                end
                """);
        Path c = ws.write("sag.yaml", Workspace.grantCase(Workspace.GOOD_PROJECT));
        Cli.Result result = Cli.run("run", "--firing-limit", "500", "--rules", ws.rules.toString(), c.toString());
        assertCleanError(result);
        assertThat(result.err()).contains("\"tæller i ring\" (" + ws.rules + "/tilskud/loop.drl:2)")
                .contains("were stopped");
    }

    @Test
    void aRuleThatCitesNothingIsRefused() {
        Workspace ws = Workspace.withFixtures(tmp);
        ws.edit("tilskud/kriterier.drl", "    @quote(\"Projektet skal være afsluttet senest den 31. december 2026.\")\n", "");
        Path c = ws.write("sag.yaml", Workspace.grantCase(Workspace.GOOD_PROJECT));
        Cli.Result result = run(ws, c);
        assertCleanError(result);
        assertThat(result.err()).contains("\"T-3 afsluttet inden fristen\" does not cite its passage");
    }

    @Test
    void aRuleWithoutAnIdIsRefused() {
        Workspace ws = Workspace.withFixtures(tmp);
        ws.write("rules/tilskud/uden-id.drl", """
                package regeltjek.test.tilskud;
                rule "en regel uden id"
                when
                    Projekt()
                then
                end
                """);
        Path c = ws.write("sag.yaml", Workspace.grantCase(Workspace.GOOD_PROJECT));
        Cli.Result result = run(ws, c);
        assertCleanError(result);
        assertThat(result.err()).contains("uden-id.drl:2: rule \"en regel uden id\" has no @id")
                .contains("uden-id.drl:2: rule \"en regel uden id\" does not cite its passage");
    }

    @Test
    void aQuoteThatIsNotInTheDocumentIsRefused() {
        Workspace ws = Workspace.withFixtures(tmp);
        ws.edit("tilskud/kriterier.drl", "@quote(\"Projektet skal være afsluttet senest den 31. december 2026.\")",
                "@quote(\"Projektet skal være afsluttet senest den 31. december 2027.\")");
        ws.edit("tilskud/kriterier.drl", "@lines(\"L7\")", "@lines(\"L12\")");
        Path c = ws.write("sag.yaml", Workspace.grantCase(Workspace.GOOD_PROJECT));
        Cli.Result result = run(ws, c);
        assertCleanError(result);
        assertThat(result.err())
                .contains("the @quote of rule \"T-3 afsluttet inden fristen\" is not in the document")
                .contains("the @quote of rule \"T-2 mindst 20 pct. almene boliger\" is in the document, but not near L12 (at L7)");
    }

    @Test
    void anUnknownPackOrScenarioIsRefused() {
        Workspace ws = Workspace.withFixtures(tmp);
        Path c = ws.write("sag.yaml", Workspace.grantCase(Workspace.GOOD_PROJECT).replace("pack: tilskud", "pack: tilskd"));
        Cli.Result result = run(ws, c);
        assertCleanError(result);
        assertThat(result.err()).contains("sag.yaml:2:7: unknown pack \"tilskd\" (did you mean \"tilskud\"?)");
    }

    @Test
    void inputFilesAreNeverModified() throws IOException {
        Workspace ws = Workspace.withFixtures(tmp);
        Path c = ws.write("sag.yaml", Workspace.grantCase(Workspace.GOOD_PROJECT));
        byte[] before = Files.readAllBytes(c);
        long modified = Files.getLastModifiedTime(c).toMillis();
        Cli.run("test", "--rules", ws.rules.toString(), c.toString());
        Cli.run("run", "--format", "json", "--rules", ws.rules.toString(), c.toString());
        assertThat(Files.readAllBytes(c)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(c).toMillis()).isEqualTo(modified);
    }

    @Test
    void badUsageExitsWithTwo() {
        Cli.Result result = Cli.run("run", "--format", "pdf", tmp.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("usage:").contains("pdf");
    }
}
