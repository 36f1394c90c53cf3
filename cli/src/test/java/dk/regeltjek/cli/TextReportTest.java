package dk.regeltjek.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text people read: a compact first screen for a folder (what is not met, in one line each),
 * the full explanation for one named case file or --explain all, the summary on top when the
 * cases take more than a screen, Danish counts that agree, and case strings that cannot fake lines.
 */
class TextReportTest {
    /** The fixture examples: both packs, then each pack on its own line. */
    private static final String TOTAL = "10 sager: 5 opfyldt, 0 med advarsler, 4 ikke opfyldt, 1 uafgjort";
    private static final String TILSKUD = "  tilskud: 7 sager: 4 opfyldt, 0 med advarsler, 2 ikke opfyldt, 1 uafgjort";
    private static final String UDVALG = "  udvalg: 3 sager: 1 opfyldt, 0 med advarsler, 2 ikke opfyldt, 0 uafgjort";

    @TempDir
    Path tmp;

    @Test
    void aFolderGivesOneLinePerOutcomeNotMetAndCountsTheMetOnes() {
        FixtureCli cli = new FixtureCli(tmp);
        Cli.Result r = cli.run("run", cli.examples());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out())
                .contains("/examples/tilskud/graenser.yaml:2:1  Et projekt på præcis 2 mio. kr. får ikke tilskud")
                .contains("  verdikt: OPFYLDT · pakke tilskud · scenarie gældende · ✓ 11 af 13 udfald opfyldt (8 kriterier)")
                .contains("  ✗ T-1 ikke opfyldt · Projekt \"Grænsen\": samlet budget 2.000.000 kr. er ikke over 2.000.000 kr.")
                .contains("  ? T-LOFT uafgjort · Projekt \"Mellemstort\": kan ikke afgøres: mangler år for tilskuddet (aar), "
                        + "ansøgt tilskud (ansoegt)")
                .contains("  ! T-ANTAL advarsel · Ansoegning \"Albertslund\": 4 projekter er flere end skemaets 3")
                .doesNotContain("kilde:").doesNotContain("✓ T-2");
    }

    @Test
    void whenTheCasesTakeMoreThanAScreenTheSummaryIsAlsoOnTop() {
        FixtureCli cli = new FixtureCli(tmp);
        List<String> lines = cli.run("run", cli.examples()).out().lines().toList();
        assertThat(lines.size()).isGreaterThan(40);
        assertThat(lines.subList(0, 3)).containsExactly(TOTAL, TILSKUD, UDVALG);
        assertThat(lines.get(3)).contains("--explain all");
        assertThat(lines.subList(lines.size() - 3, lines.size())).containsExactly(TILSKUD, UDVALG, TOTAL);

        List<String> short_ = cli.run("run", "--explain", "compact", cli.example("mangler.yaml")).out().lines().toList();
        assertThat(short_.size()).isLessThan(40);
        assertThat(short_.get(0)).endsWith("mangler.yaml:2:1  Et projekt uden oplyst budget kan ikke afgøres.");
        assertThat(short_.get(short_.size() - 1)).isEqualTo("1 sag: 0 opfyldt, 0 med advarsler, 0 ikke opfyldt, 1 uafgjort");
    }

    @Test
    void oneNamedCaseFileIsExplainedInFull() {
        FixtureCli cli = new FixtureCli(tmp);
        Cli.Result r = cli.run("run", cli.example("graenser.yaml"));
        assertThat(r.out())
                .contains("  pakke tilskud · scenarie gældende · dato 01/03/2025 · verdikt: OPFYLDT (13 udfald, 2 ikke opfyldt, 0 uafgjort)")
                .contains("  ✓ T-2 opfyldt — Mindst 20 pct. almene boliger — Projekt \"Lige over\"")
                .contains("      værdier: samlet budget = 2.000.000 kr.; grænse (over) = 2.000.000 kr.")
                .contains("      regel:   \"T-1 samlet budget over beløbsgrænsen\"")
                .contains("      kilde:   Kriterier for tilskud, nr. 1, L6: \"Der kan alene søges tilskud til projekter med et "
                        + "samlet budget over 2 mio. kr.\"")
                .containsPattern("fakta:   Projekt \"Grænsen\" \\(.*graenser\\.yaml:9:7\\)");
    }

    @Test
    void explainAllFailsAndSummaryKeepTheirMeaning() {
        FixtureCli cli = new FixtureCli(tmp);
        assertThat(cli.run("run", "--explain", "all", cli.examples()).out()).contains("kilde:").contains("✓ T-2 opfyldt");
        assertThat(cli.run("run", "--explain", "fails", cli.examples()).out()).contains("kilde:").doesNotContain("✓ T-2 opfyldt");
        Cli.Result summary = cli.run("run", "--explain", "summary", cli.examples());
        assertThat(summary.out()).contains("verdikt: IKKE OPFYLDT").doesNotContain("kilde:").doesNotContain("T-1");
        assertThat(cli.run("run", "--explain", "compact", cli.example("graenser.yaml")).out()).doesNotContain("kilde:");
    }

    @Test
    void countsAgreeInNumber() {
        FixtureCli cli = new FixtureCli(tmp);
        assertThat(cli.run("run", cli.example("alle-kriterier.yaml"), "--explain", "compact").out())
                .contains("✓ 8 af 8 udfald opfyldt (8 kriterier)")
                .endsWith("1 sag: 1 opfyldt, 0 med advarsler, 0 ikke opfyldt, 0 uafgjort\n");
        assertThat(cli.run("run", cli.example("forslag.yaml"), "--explain", "compact").out())
                .contains("✓ 4 af 8 udfald opfyldt (4 kriterier)");
        Cli.Result compare = cli.run("compare", "--scenario", "gældende", "--scenario", "forslag", cli.example("forslag.yaml"));
        assertThat(compare.out()).endsWith("1 af 1 sag får et andet udfald under forslag end under gældende\n");
    }

    @Test
    void controlCharactersAndEscapeSequencesFromACaseCannotFakeLinesOrLinks() {
        FixtureCli cli = new FixtureCli(tmp);
        Path hostile = cli.fixtures.write("sager/fjendtlig.yaml", """
                case: "Sag\\e]8;;https://evil.example\\aklik her\\e]8;;\\a\\nPASS falsk linje"
                pack: tilskud
                facts:
                  Ansoegning: { kommune: "Gentofte\\e[2J", indsendt: 2025-02-20 }
                  Projekt:
                    - { navn: "Nord\\rFAIL", budget: 3_000_000, andelAlmene: 30, afsluttet: 2026-06-30 }
                """);
        Cli.Result r = cli.run("run", "--color", "never", hostile.toString());
        assertThat(r.out()).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\r")
                .contains("Sag\\u001B]8;;https://evil.example\\u0007klik her\\u001B]8;;\\u0007\\nPASS falsk linje")
                .contains("Projekt \"Nord\\rFAIL\"").contains("Ansoegning \"Gentofte\\u001B[2J\"");
        assertThat(r.out().lines().filter(line -> line.startsWith("PASS"))).isEmpty();

        Path broken = cli.fixtures.write("sager/brudt.yaml", """
                case: En sag med en ukendt pakke.
                pack: "tilskud\\e]8;;x\\a"
                facts: {}
                """);
        Cli.Result bad = cli.run("run", broken.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).doesNotContain("\u001b").contains("tilskud\\u001B]8;;x\\u0007");
    }
}
