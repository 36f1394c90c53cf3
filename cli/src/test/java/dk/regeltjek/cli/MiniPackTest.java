package dk.regeltjek.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Engine behaviour an analyst meets when writing a new pack from scratch. */
class MiniPackTest {
    @TempDir
    Path tmp;

    private Workspace pack(String drl) {
        Workspace ws = new Workspace(tmp);
        ws.write("rules/mini/pack.yaml", """
                title: Mini
                document: En testpakke
                criteria:
                  M-1:
                    title: Gruppen har mindst tre medlemmer
                    subject: Arbejdsgruppe
                    needs: [medlemmer]
                """);
        ws.write("rules/mini/regler.drl", drl);
        return ws;
    }

    private static final String TYPES = """
            package mini;
            declare Organ
                navn      : String  @name @required @text("organets navn")
                medlemmer : Integer @text("antal medlemmer")
            end
            declare Arbejdsgruppe extends Organ
            end
            """;

    private static final String RULE = """
            rule "M-1 mindst tre medlemmer"
                @id("M-1") @source("Testafsnit") @lines("L1") @quote("mindst tre")
            when
                $g : Arbejdsgruppe( medlemmer != null )
            then
                insert( udfald($g).mindst("medlemmer", tal($g.getMedlemmer()), tal(3)) );
            end
            """;

    @Test
    void aSubtypeInheritsNameRequiredAndTextAnnotations() {
        Workspace ws = pack(TYPES + RULE);
        Path ok = ws.write("ok.yaml", """
                case: En gruppe med fire medlemmer.
                pack: mini
                facts:
                  Arbejdsgruppe: { navn: Gruppe A, medlemmer: 4 }
                expect:
                  outcomes:
                    M-1: { Gruppe A: met }
                """);
        Cli.Result good = Cli.run("test", "--no-cache", "--rules", ws.rules.toString(), ok.toString());
        assertThat(good.exitCode()).as(good.out() + good.err()).isZero();

        Path missing = ws.write("uden-navn.yaml", """
                case: En gruppe uden navn.
                pack: mini
                facts:
                  Arbejdsgruppe: { medlemmer: 4 }
                """);
        Cli.Result bad = Cli.run("run", "--no-cache", "--rules", ws.rules.toString(), missing.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("Arbejdsgruppe is missing the required field \"navn\" (organets navn)");
    }

    @Test
    void aMissingValueIsUndeterminedWithWhatIsMissingNeverSkipped() {
        Workspace ws = pack(TYPES + RULE);
        Path c = ws.write("sag.yaml", """
                case: En gruppe uden oplyst antal medlemmer.
                pack: mini
                facts:
                  Arbejdsgruppe: { navn: Gruppe B }
                """);
        Cli.Result r = Cli.run("run", "--no-cache", "--color", "never", "--rules", ws.rules.toString(), c.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("? M-1 uafgjort").contains("kan ikke afgøres: mangler antal medlemmer (medlemmer)");
    }

    @Test
    void aPackWithoutVerdictRulesRuns() {
        Workspace ws = pack(TYPES + RULE);
        Path c = ws.write("sag.yaml", """
                case: En gruppe med to medlemmer.
                pack: mini
                facts:
                  Arbejdsgruppe: { navn: Gruppe C, medlemmer: 2 }
                """);
        Cli.Result r = Cli.run("run", "--no-cache", "--color", "never", "--rules", ws.rules.toString(), c.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("medlemmer 2 er ikke mindst 3");
    }

    @Test
    void conflictingOutcomesForOneCriterionAreARuleError() {
        Workspace ws = pack(TYPES + RULE + """
                rule "M-1 altid opfyldt"
                    @id("M-1") @source("Testafsnit") @lines("L1") @quote("mindst tre")
                when
                    $g : Arbejdsgruppe()
                then
                    insert( udfald($g).opfyldt("altid") );
                end
                """);
        Path c = ws.write("sag.yaml", """
                case: En gruppe med to medlemmer.
                pack: mini
                facts:
                  Arbejdsgruppe: { navn: Gruppe D, medlemmer: 2 }
                """);
        Cli.Result r = Cli.run("run", "--no-cache", "--rules", ws.rules.toString(), c.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("criterion M-1 is both").contains("for the same subject");
    }

    @Test
    void aRuleFailingForOneCaseOfAFileIsReportedForThatCaseAndTheOthersAreChecked() {
        Workspace ws = pack(TYPES + """
                rule "M-1 medlemmer pr. plads"
                    @id("M-1") @source("Testafsnit") @lines("L1") @quote("mindst tre")
                when
                    $g : Arbejdsgruppe( medlemmer != null )
                then
                    int perPlads = 3 / $g.getMedlemmer(); // fails for a group without members
                    insert( udfald($g).mindst("medlemmer", tal($g.getMedlemmer()), tal(3)) );
                end
                """);
        Path c = ws.write("sager.yaml", """
                case: Fire medlemmer.
                pack: mini
                facts:
                  Arbejdsgruppe: { navn: Gruppe E, medlemmer: 4 }
                ---
                case: Ingen medlemmer.
                pack: mini
                facts:
                  Arbejdsgruppe: { navn: Gruppe F, medlemmer: 0 }
                ---
                case: To medlemmer.
                pack: mini
                facts:
                  Arbejdsgruppe: { navn: Gruppe G, medlemmer: 2 }
                """);
        Cli.Result r = Cli.run("run", "--no-cache", "--color", "never", "--rules", ws.rules.toString(), c.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("rule \"M-1 medlemmer pr. plads\" failed on the case at ").contains("sager.yaml:6:")
                .contains("/ by zero").doesNotContain("sager.yaml:1:").doesNotContain("sager.yaml:11:");
        assertThat(r.out()).contains("Fire medlemmer.").contains("To medlemmer.").contains("medlemmer 2 er ikke mindst 3");
    }

    @Test
    void aRuleThatCannotBeScopedToOneCaseStillGivesEachCaseItsOwnAnswer() {
        // the first condition is not a pattern, so cases of this pack are checked one session each
        Workspace ws = pack(TYPES + """
                rule "M-1 ingen stor gruppe"
                    @id("M-1") @source("Testafsnit") @lines("L1") @quote("mindst tre")
                when
                    not Organ( medlemmer != null, medlemmer > 100 )
                    $g : Arbejdsgruppe( medlemmer != null )
                then
                    insert( udfald($g).mindst("medlemmer", tal($g.getMedlemmer()), tal(3)) );
                end
                """);
        Path c = ws.write("sager.yaml", """
                case: Kæmpegruppe.
                pack: mini
                facts:
                  Arbejdsgruppe: { navn: Gruppe H, medlemmer: 500 }
                ---
                case: Lille gruppe.
                pack: mini
                facts:
                  Arbejdsgruppe: { navn: Gruppe I, medlemmer: 4 }
                """);
        Cli.Result r = Cli.run("run", "--no-cache", "--color", "never", "--rules", ws.rules.toString(), c.toString());
        assertThat(r.out()).contains("medlemmer 4 er mindst 3").contains("? M-1 uafgjort");
    }
}
