package dk.regeltjek.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code test --update} approves what the rules now give, shows what it changed, and is the only way a case file is written. */
class TestUpdateTest {
    @TempDir
    Path tmp;

    private static Cli.Result test(Workspace ws, String... more) {
        String[] args = new String[more.length + 6];
        System.arraycopy(new String[] {"test", "--no-cache", "--color", "never", "--rules", ws.rules.toString()}, 0, args, 0, 6);
        System.arraycopy(more, 0, args, 6, more.length);
        return Cli.run(args);
    }

    @Test
    void updateRewritesTheFailingExpectationsShowsTheDiffAndTheNextTestPasses() throws IOException {
        Workspace ws = Workspace.withFixtures(tmp);
        ws.edit("tilskud/pack.yaml", "default: 2_000_000", "default: 3_000_000");
        String examples = ws.examples.toString();
        Path unchanged = ws.example("udvalg", "for-faa.yaml");
        byte[] untouched = Files.readAllBytes(unchanged);

        Cli.Result failing = test(ws, examples);
        assertThat(failing.exitCode()).isEqualTo(1);
        assertThat(failing.out()).contains("6 passed, 4 failed");

        Cli.Result update = test(ws, "--update", examples);
        assertThat(update.exitCode()).as(update.err()).isZero();
        assertThat(update.out())
                .contains("--- " + ws.example("tilskud", "alle-kriterier.yaml") + "\n+++ ")
                .contains("\n-  verdict: met\n+  verdict: not_met\n")
                .contains("\n-      Lige over: met\n+      Lige over: not_met\n")
                .contains("Godkendt: expect er opdateret i 4 sager i 4 filer.");

        Cli.Result after = test(ws, examples);
        assertThat(after.exitCode()).as(after.out()).isZero();
        assertThat(after.out()).contains("10 passed, 0 failed");
        assertThat(Files.readAllBytes(unchanged)).isEqualTo(untouched);
    }

    @Test
    void updateOfPassingCasesChangesNothing() throws IOException {
        Workspace ws = Workspace.withFixtures(tmp);
        Path file = ws.example("tilskud", "graenser.yaml");
        long modified = Files.getLastModifiedTime(file).toMillis();
        Cli.Result update = test(ws, "--update", file.toString());
        assertThat(update.exitCode()).isZero();
        assertThat(update.out()).contains("Ingen expect-blokke er ændret.").doesNotContain("---");
        assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(modified);
    }

    @Test
    void updateWritesNothingWhenTheTestMetBadInput() throws IOException {
        Workspace ws = Workspace.withFixtures(tmp);
        ws.edit("tilskud/pack.yaml", "default: 2_000_000", "default: 3_000_000");
        Path failing = ws.example("tilskud", "alle-kriterier.yaml");
        byte[] before = Files.readAllBytes(failing);
        ws.write("examples/tilskud/brudt.yaml", "case: Brudt.\npack: tilskud\nfacts:\n  Projekt: [1, 2\n");

        Cli.Result update = test(ws, "--update", ws.examples.toString());
        assertThat(update.exitCode()).isEqualTo(2);
        assertThat(update.err()).contains("brudt.yaml:").contains("--update changed no file: fix the errors above");
        assertThat(Files.readAllBytes(failing)).isEqualTo(before);
    }

    @Test
    void whatCannotBeApprovedIsNamedAndTheTestStillFails() {
        Workspace ws = Workspace.withFixtures(tmp);
        ws.write("sager/sag.yaml", Workspace.grantCase(Workspace.GOOD_PROJECT).replace("  verdict: met\n",
                "  verdict: not_met\n  fired: [\"T-LOFT\", \"T-1\"]\n  notFired: [\"T-2\"]\n"));
        Cli.Result update = test(ws, "--update", ws.root.resolve("sager").toString());
        assertThat(update.exitCode()).isEqualTo(1);
        assertThat(update.out()).contains("Ikke opdateret (1 sag):")
                .contains("sag.yaml:1: Et projekt til test af fejlbeskeder.: reglen \"T-2\" under notFired: fyrede");
    }

    @Test
    void testNamesOutcomesAPackChangeMadeUndeterminedInCasesThatStillPass() {
        Workspace ws = Workspace.withFixtures(tmp);
        ws.edit("tilskud/pack.yaml", "needs: [andelAlmene]", "needs: [andelAlmene, boligtype]");
        ws.edit("tilskud/kriterier.drl", "$p : Projekt( andelAlmene != null )", "$p : Projekt( andelAlmene != null, boligtype != null )");
        Cli.Result r = test(ws, ws.example("tilskud", "datoer.yaml").toString());
        assertThat(r.out()).contains("PASS tilskud/datoer.yaml: Et projekt afsluttet i marts 2027");
        assertThat(r.err()).contains("advarsel: ").contains("datoer.yaml:2:1: 1 udfald er nu uafgjort, selv om sagens forventninger "
                + "holder: T-2 for \"Sent\" (kan ikke afgøres: mangler boligtype (boligtype))");
    }

    @Test
    void updateAndWatchDoNotGoTogether() {
        Workspace ws = Workspace.withFixtures(tmp);
        Cli.Result r = test(ws, "--update", "--watch", ws.examples.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--update and --watch cannot be combined");
    }
}
