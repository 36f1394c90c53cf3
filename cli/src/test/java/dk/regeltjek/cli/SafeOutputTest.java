package dk.regeltjek.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --out never names an input, and a report file is replaced only by a complete report. */
class SafeOutputTest {
    @TempDir
    Path tmp;

    private static void assertRefused(Cli.Result r, String reason) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("would overwrite an input: ").contains(reason).contains("hint: write the ");
    }

    @Test
    void theReportNeverReplacesACaseFileARuleOrTheSourceDocument() throws IOException {
        FixtureCli cli = new FixtureCli(tmp);
        Path caseFile = Path.of(cli.example("graenser.yaml"));
        byte[] before = Files.readAllBytes(caseFile);
        assertRefused(cli.run("run", "--format", "json", "--out", caseFile.toString(), caseFile.toString()),
                "it is a case file the command reads");
        assertThat(Files.readAllBytes(caseFile)).isEqualTo(before);

        Path sameFileOtherwise = caseFile.getParent().resolve("../tilskud/./graenser.yaml");
        assertRefused(cli.run("test", "--out", sameFileOtherwise.toString(), cli.examples()), "it is a case file the command reads");

        Path rule = cli.fixtures.rules.resolve("tilskud/kriterier.drl");
        assertRefused(cli.run("run", "--format", "junit", "--out", rule.toString(), caseFile.toString()), "it is in the rules folder");
        assertRefused(cli.run("run", "--format", "html", "--out", cli.fixtures.rules.resolve("rapport.html").toString(),
                caseFile.toString()), "it is in the rules folder");

        Path source = cli.fixtures.root.resolve("sources/tilskud.txt");
        assertRefused(cli.run("run", "--out", source.toString(), caseFile.toString()), "it is the source document of the pack tilskud");
        assertRefused(cli.run("packs", "--out", source.toString()), "it is the source document of the pack tilskud");

        assertRefused(cli.run("run", "--format", "json", "--out", cli.fixtures.examples.resolve("tilskud/resultat.json").toString(),
                cli.examples()), "where the next run would read it as a case");
        assertThat(cli.fixtures.examples.resolve("tilskud/resultat.json")).doesNotExist();
    }

    @Test
    void aReportBesideTheCasesThatIsNoCaseFileIsAllowed() {
        FixtureCli cli = new FixtureCli(tmp);
        Path html = cli.fixtures.examples.resolve("tilskud/rapport.html");
        Cli.Result r = cli.run("run", "--format", "html", "--out", html.toString(), cli.examples());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(html).isRegularFile();
    }

    @Test
    void aReportThatIsNotCompletedLeavesTheOldOneAndNoTemporaryFile() throws IOException {
        Path report = Files.writeString(tmp.resolve("rapport.json"), "the previous report\n");
        try (ReportOutput output = ReportOutput.file(report)) {
            output.writer().write("{\"half\": ");
        }
        assertThat(Files.readString(report)).isEqualTo("the previous report\n");
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files).containsExactly(report);
        }
        try (ReportOutput output = ReportOutput.file(report)) {
            output.writer().write("{\"complete\": true}\n");
            output.commit();
        }
        assertThat(Files.readString(report)).isEqualTo("{\"complete\": true}\n");
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files).containsExactly(report);
        }
    }

    @Test
    void aReportThatCannotBeWrittenIsAnErrorWithExitTwo() {
        FixtureCli cli = new FixtureCli(tmp);
        Cli.Result r = cli.run("run", "--out", tmp.resolve("ingen/mappe/rapport.txt").toString(), cli.examples());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("error: cannot write the report").contains("nothing was replaced");
    }
}
