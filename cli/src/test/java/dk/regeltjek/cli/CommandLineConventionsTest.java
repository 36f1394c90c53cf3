package dk.regeltjek.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.regeltjek.report.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command pipeline and its conventions, on the fixture pack: options validated before
 * anything runs, each command with only its own options and formats, the exit codes from one
 * enum, --fail-on-warn, --quiet, --no-color, - for standard input, daemon and completion.
 */
class CommandLineConventionsTest {
    @TempDir
    Path tmp;

    private static void assertUsage(Cli.Result r, String message) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("usage: ").contains(message).contains("  hint: ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void numbersThatMakeNoSenseAreRefusedBeforeAnythingRuns() {
        FixtureCli cli = new FixtureCli(tmp);
        assertUsage(cli.run("run", "--firing-limit", "-1", cli.examples()), "--firing-limit must be at least 1, not -1");
        assertUsage(cli.run("run", "--threads", "0", cli.examples()), "--threads must be at least 1, not 0");
        assertUsage(cli.run("test", "--batch-size", "0", cli.examples()), "--batch-size must be at least 1, not 0");
        assertUsage(cli.run("compare", "--scenario", "gældende", "--scenario", "forslag", "--threads", "-3", cli.examples()),
                "--threads must be at least 1, not -3");
        assertUsage(cli.run("run", "--format", "github", "--max-annotations", "-1", cli.examples()),
                "--max-annotations must be 0 or more");
        assertUsage(cli.run("test", "--min-coverage", "101", cli.examples()), "--min-coverage must be a percentage");
    }

    @Test
    void eachCommandAcceptsOnlyTheOptionsItHonours() {
        FixtureCli cli = new FixtureCli(tmp);
        assertUsage(cli.run("packs", "--threads", "2"), "Unknown option: '--threads'");
        assertUsage(cli.run("packs", "--batch-size", "8"), "Unknown option: '--batch-size'");
        assertUsage(cli.run("packs", "--color", "never"), "Unknown option: '--color'");
        assertUsage(cli.run("compare", "--scenario", "gældende", "--scenario", "forslag", "--explain", "all", cli.examples()),
                "Unknown option: '--explain'");
        assertUsage(cli.run("run", "--min-coverage", "50", cli.examples()), "Unknown option: '--min-coverage'");
    }

    @Test
    void aFormatACommandCannotWriteIsRefusedNamingTheFormatsItCan() {
        FixtureCli cli = new FixtureCli(tmp);
        assertUsage(cli.run("packs", "--format", "junit"), "packs cannot write junit; it writes text, json");
        assertUsage(cli.run("compare", "--scenario", "gældende", "--scenario", "forslag", "--format", "sarif", cli.examples()),
                "compare cannot write sarif; it writes text, json, junit, github, html");
        assertUsage(cli.run("run", "--format", "pdf", cli.examples()),
                "'pdf' is not a format; run writes text, json, junit, github, sarif, html");
    }

    @Test
    void helpListsEveryCommandIncludingTheDaemonAndTheExitCodesOfTheOneEnum() {
        Cli.Result help = Cli.run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("  daemon ").contains("  completion ").contains("Exit codes:");
        Cli.Result runHelp = Cli.run("run", "--help");
        for (ExitCode code : ExitCode.values()) {
            String start = code.meaning().substring(0, Math.min(25, code.meaning().length()));
            assertThat(help.out()).contains(code.code() + "   " + start);
            assertThat(runHelp.out()).contains(code.code() + "   " + start);
        }
        assertThat(runHelp.out().replaceAll("\\s+", " ")).contains("--fail-on-warn").contains("--no-color").contains("--quiet")
                .contains("Output format: text, json, junit, github, sarif, html (default: text)");
        assertThat(Cli.run("packs", "--help").out().replaceAll("\\s+", " ")).contains("Output format: text, json (default: text)")
                .doesNotContain("--threads");
    }

    @Test
    void theDaemonCommandRunInProcessSaysItNeedsTheLauncher() {
        Cli.Result r = Cli.run("daemon", "status");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("daemon status works only through the launcher").contains("bin/regeltjek daemon status");
        assertThat(Cli.run("daemon", "--help").out()).contains("status").contains("stop").contains("start");
    }

    @Test
    void completionPrintsTheGeneratedScriptForTheCommandsAndTheirFormats() {
        Cli.Result bash = Cli.run("completion", "bash");
        assertThat(bash.exitCode()).isZero();
        assertThat(bash.out()).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_regeltjek")
                .contains("function _picocli_regeltjek_run()").contains("'--fail-on-warn'")
                .contains("(\"text\" \"json\" \"junit\" \"github\" \"sarif\" \"html\") # --format values")
                .contains("(\"text\" \"json\") # --format values");
        assertThat(Cli.run("completion", "zsh").out()).startsWith("#compdef regeltjek").contains("bashcompinit");
    }

    /** A case whose verdict is a warning: the pack's own verdict criterion removed, four projects that all qualify. */
    private static Path warningCase(FixtureCli cli) {
        cli.fixtures.edit("rules/tilskud/pack.yaml", "caseVerdict: T-ANSOEGNING\n", "");
        StringBuilder projects = new StringBuilder();
        for (String name : List.of("Et", "To", "Tre", "Fire")) {
            projects.append("    - { navn: ").append(name).append(", budget: 3_000_000, andelAlmene: 30, afsluttet: 2026-06-30, "
                    + "aar: 2026, ansoegt: 1_000_000 }\n");
        }
        return cli.fixtures.write("sager/advarsel.yaml", """
                case: Fire gode projekter er ét for mange til skemaet.
                pack: tilskud
                facts:
                  Ansoegning: { kommune: Albertslund, indsendt: 2025-02-01 }
                  Projekt:
                """ + projects);
    }

    @Test
    void failOnWarnMakesAWarningVerdictFailTheRun() throws Exception {
        FixtureCli cli = new FixtureCli(tmp);
        Path warning = warningCase(cli);
        Cli.Result plain = cli.run("run", warning.toString());
        assertThat(plain.exitCode()).as(plain.out() + plain.err()).isZero();
        assertThat(plain.out()).contains("verdikt: ADVARSEL");
        Cli.Result strict = cli.run("run", "--fail-on-warn", "--format", "json", warning.toString());
        assertThat(strict.exitCode()).isEqualTo(1);
        JsonNode summary = new ObjectMapper().readTree(strict.out()).get("summary");
        assertThat(summary.get("failOnWarn").asBoolean()).isTrue();
        assertThat(summary.get("success").asBoolean()).isFalse();
        assertThat(summary.get("exitCode").asInt()).isEqualTo(1);
    }

    @Test
    void quietPrintsOnlyTheSummary() {
        FixtureCli cli = new FixtureCli(tmp);
        Cli.Result quiet = cli.run("run", "--quiet", cli.examples());
        assertThat(quiet.exitCode()).isEqualTo(1);
        assertThat(quiet.out().lines().toList()).containsExactly(
                "  tilskud: 7 sager: 4 opfyldt, 0 med advarsler, 2 ikke opfyldt, 1 uafgjort",
                "  udvalg: 3 sager: 1 opfyldt, 0 med advarsler, 2 ikke opfyldt, 0 uafgjort",
                "10 sager: 5 opfyldt, 0 med advarsler, 4 ikke opfyldt, 1 uafgjort");
        Cli.Result test = cli.run("test", "-q", cli.examples());
        assertThat(test.out().lines().toList()).doesNotContain("PASS").last().isEqualTo("10 passed, 0 failed");
    }

    @Test
    void outDashIsStandardOutput() {
        FixtureCli cli = new FixtureCli(tmp);
        Cli.Result r = cli.run("run", "--quiet", "--out", "-", cli.examples());
        assertThat(r.out()).isEqualTo("  tilskud: 7 sager: 4 opfyldt, 0 med advarsler, 2 ikke opfyldt, 1 uafgjort\n"
                + "  udvalg: 3 sager: 1 opfyldt, 0 med advarsler, 2 ikke opfyldt, 0 uafgjort\n"
                + "10 sager: 5 opfyldt, 0 med advarsler, 4 ikke opfyldt, 1 uafgjort\n");
        assertThat(Path.of("-")).doesNotExist();
    }

    @Test
    void noColorIsColorNever() {
        FixtureCli cli = new FixtureCli(tmp);
        assertThat(cli.run("run", "--color", "always", cli.example("graenser.yaml")).out()).contains("\u001b[");
        assertThat(cli.run("run", "--color", "always", "--no-color", cli.example("graenser.yaml")).out()).doesNotContain("\u001b[");
    }

    @Test
    void aDashReadsOneCaseFileFromStandardInput() throws Exception {
        FixtureCli cli = new FixtureCli(tmp);
        String yaml = Files.readString(Path.of(cli.example("graenser.yaml")));
        Cli.Result r = cli.withStdin(yaml, "run", "-");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("\nstdin.yaml:2:1  Et projekt på præcis 2 mio. kr.")
                .contains("(stdin.yaml:9:7)").contains("kilde:   Kriterier for tilskud, nr. 1, L6");
        Cli.Result json = cli.withStdin("""
                {"case": "En sag i JSON.", "pack": "tilskud",
                 "facts": {"Ansoegning": {"kommune": "Gentofte", "indsendt": "2025-02-20"}}}
                """, "test", "--format", "json", "-");
        assertThat(new ObjectMapper().readTree(json.out()).at("/cases/0/file").asText()).isEqualTo("stdin.json");
    }

    @Test
    void aCaseFromStandardInputCannotReachFilesBesideIt() {
        FixtureCli cli = new FixtureCli(tmp);
        cli.fixtures.write("sager/projekter.csv", "navn,budget\nNord,3000000\n");
        Cli.Result r = cli.withStdin("""
                case: En sag, der henviser til en CSV-fil.
                pack: tilskud
                facts:
                  Ansoegning: { kommune: Gentofte, indsendt: 2025-02-20 }
                  Projekt: { csv: projekter.csv }
                """, "run", "-");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("stdin.yaml:").contains("projekter.csv");
    }

    @Test
    void standardInputIsReadOnceAndNeverWatched() {
        FixtureCli cli = new FixtureCli(tmp);
        assertUsage(cli.run("run", "-", "-"), "- (standard input) is given 2 times");
        assertUsage(cli.run("test", "--watch", "-"), "--watch cannot watch standard input");
    }
}
