package dk.regeltjek.facts;

import static dk.regeltjek.facts.CaseFileReadingTest.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dk.regeltjek.model.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** csv: references stay in the case file's folder, read Danish Excel exports when told so, and refuse what they cannot read. */
class CsvReadingTest {
    private static final String SECRET = "root:x:0:0:HEMMELIG";

    @TempDir
    Path tmp;

    private Path caseWith(String csvReference) throws IOException {
        Files.createDirectories(tmp.resolve("sag"));
        return Files.writeString(tmp.resolve("sag/sag.yaml"), "case: En sag.\npack: oresund\nfacts:\n  Arbejdsdag:\n    csv: "
                + csvReference + "\n");
    }

    private Path csv(String name, byte[] content) throws IOException {
        Path file = tmp.resolve("sag").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }

    private List<Node.Mapping> rows(Path caseFile) {
        return CaseReader.read(caseFile, "sag/sag.yaml").get(0).facts().get("Arbejdsdag").objects();
    }

    private Problem refused(Path caseFile) {
        Problem p = refusal(catchThrowable(() -> rows(caseFile)));
        assertThat(p.toString()).doesNotContain("HEMMELIG");
        return p;
    }

    private static Object value(Node.Mapping row, String field, Class<?> type) {
        return ValueConverter.convert(row.get(field), type, () -> field);
    }

    @Test
    void aFileOutsideTheCaseFilesFolderIsRefusedUnread() throws IOException {
        Path outside = Files.writeString(tmp.resolve("passwd"), SECRET + "\n");
        assertThat(refused(caseWith(outside.toString())).toString()).startsWith("sag/sag.yaml:5:10: the CSV file must be in the "
                + "case file's folder, not at an absolute path");
        assertThat(refused(caseWith("../../../../etc/passwd")).toString()).startsWith("sag/sag.yaml:5:10: the CSV file must be in "
                + "the case file's folder or below it, and ../../../../etc/passwd leads out of it");
        assertThat(refused(caseWith("../passwd")).message()).contains("leads out of it");
        assertThat(refused(caseWith("/etc/passwd")).message()).contains("not at an absolute path");
    }

    @Test
    void aLinkThatLeadsOutOfTheFolderIsRefused() throws IOException {
        Path outside = Files.writeString(tmp.resolve("passwd"), SECRET + "\n");
        Files.createDirectories(tmp.resolve("sag"));
        Files.createSymbolicLink(tmp.resolve("sag/data.csv"), outside);
        assertThat(refused(caseWith("data.csv")).toString()).startsWith("sag/sag.yaml:5:10: the CSV file sag/data.csv is a link "
                + "to a file outside the case file's folder");
    }

    @Test
    void aDecimalCommaInACommaFileIsRefusedNotShiftedIntoTheNextColumn() throws IOException {
        // "7,5" unquoted makes five cells; Jackson would drop the last, empty one and read 7 and 5 in the wrong columns
        csv("dage.csv", "dato,timerArbejdsplads,timerHjemme,timerAndetsteds\n2025-01-01,,7,5,\n".getBytes(StandardCharsets.UTF_8));
        Problem p = refused(caseWith("dage.csv"));
        assertThat(p.toString()).startsWith("sag/dage.csv:2:").contains("the row has more cells than the header has columns");
        assertThat(p.hint()).contains("a decimal comma in a comma-separated file splits its cell: write 7.5");
        csv("dage.csv", "dato,timerArbejdsplads,timerHjemme,timerAndetsteds\n2025-01-01,,7.5,\n".getBytes(StandardCharsets.UTF_8));
        assertThat(value(rows(caseWith("dage.csv")).get(0), "timerHjemme", BigDecimal.class)).isEqualTo(new BigDecimal("7.5"));
    }

    @Test
    void aFileInASubfolderIsRead() throws IOException {
        csv("data/dage.csv", "dato,timerHjemme\n2025-01-02,7.5\n".getBytes(StandardCharsets.UTF_8));
        assertThat(rows(caseWith("data/dage.csv"))).hasSize(1);
    }

    @Test
    void aCaseWithoutAFolderMayReferToNoFile() throws IOException {
        csv("dage.csv", "dato\n2025-01-02\n".getBytes(StandardCharsets.UTF_8));
        byte[] text = Files.readAllBytes(caseWith("dage.csv"));
        Problem p = refusal(catchThrowable(() -> CaseReader.read(new ByteArrayInputStream(text),
                CaseSource.withoutFolder("<stdin>", false))));
        assertThat(p.toString()).startsWith("<stdin>:5:10: this case has no folder (it was not read from a file), so it cannot "
                + "refer to the file dage.csv").contains("hint: give the rows in the case itself");
    }

    @Test
    void aCsvParseErrorLocatesTheRowWithoutQuotingIt() throws IOException {
        csv("dage.csv", ("dato,timerHjemme\n2025-01-02,7.5\n2025-01-03,7.5," + SECRET + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(refused(caseWith("dage.csv")).toString()).startsWith("sag/dage.csv:3:").contains(": the row has more cells "
                + "than the header has columns");
        csv("dage.csv", ("dato,timerHjemme,timerAndetsteds\n2025-01-02,7.5,\n" + SECRET + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(refused(caseWith("dage.csv")).toString()).startsWith("sag/dage.csv:3:").contains(": the row has fewer cells "
                + "than the header has columns");
        csv("dage.csv", ("dato,timerHjemme\n\"" + SECRET + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(refused(caseWith("dage.csv")).message()).isEqualTo("a quoted value is not closed");
    }

    @Test
    void aLongCellIsRefusedWhileReading() throws IOException {
        csv("dage.csv", ("navn,timerHjemme\n" + "x".repeat(200_000) + ",1\n").getBytes(StandardCharsets.UTF_8));
        assertThat(refused(caseWith("dage.csv")).toString()).startsWith("sag/dage.csv:2:")
                .contains(": a value is longer than 100,000 characters");
    }

    @Test
    void aCsvOverTheRowLimitIsRefusedAtTheFirstRowTooMany() throws IOException {
        csv("dage.csv", ("timerHjemme\n" + "1\n".repeat(ReadLimits.MAX_CSV_ROWS + 1)).getBytes(StandardCharsets.UTF_8));
        Problem p = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> refused(caseWith("dage.csv")));
        assertThat(p.toString()).isEqualTo("sag/dage.csv:100002: more than 100,000 rows" + System.lineSeparator()
                + "  hint: split the rows over several cases (e.g. one per person or year), each with its own CSV file");
    }

    @Test
    void twoMillionRowsAreRefusedBeforeParsing() throws IOException {
        Path big = tmp.resolve("sag/dage.csv");
        Files.createDirectories(big.getParent());
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write("dato,timerArbejdsplads,timerHjemme,timerAndetsteds\n".getBytes(StandardCharsets.UTF_8));
            byte[] row = "2025-01-01,3.75,3.75,\n".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 2_000_000; i++) {
                out.write(row);
            }
        }
        Problem p = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> refused(caseWith("dage.csv")));
        assertThat(p.toString()).startsWith("sag/dage.csv: the file is 42.0 MB; a CSV file may be at most 16 MB");
    }

    @Test
    void aDotIsADecimalPointInAPlainCsvThatShowsIt() throws IOException {
        csv("dage.csv", "dato,timerArbejdsplads,timerHjemme\n2025-01-01,3.375,4.5\n".getBytes(StandardCharsets.UTF_8));
        assertThat(value(rows(caseWith("dage.csv")).get(0), "timerArbejdsplads", BigDecimal.class)).isEqualTo(new BigDecimal("3.375"));
        csv("dage.csv", "navn,beloeb\nNord,12.000\nSyd,3\n".getBytes(StandardCharsets.UTF_8));
        Node.Mapping row = rows(caseWith("dage.csv")).get(0);
        Problem p = refusal(catchThrowable(() -> value(row, "beloeb", BigDecimal.class)));
        assertThat(p.toString()).startsWith("sag/dage.csv:2:6: beloeb must be a number").contains("in Danish that is 12000");
    }

    @Test
    void aDanishExcelExportIsReadWhenTheCaseSaysSo() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "navn;beløb;dato;svar\r\nÅrhus;12.000,50;31-12-2026;SAND\r\n;;;\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(text, 0, withBom, 3, text.length);
        for (byte[] content : List.of(withBom, text,
                "navn;beløb;dato;svar\r\nÅrhus;12.000,50;31-12-2026;SAND\r\n".getBytes(Charset.forName("windows-1252")))) {
            csv("excel.csv", content);
            List<Node.Mapping> rows = rows(caseWith("{ file: excel.csv, excel: da }"));
            assertThat(rows).hasSize(1); // the empty row Excel saves as ";;;" is no fact
            Node.Mapping row = rows.get(0);
            assertThat(value(row, "navn", String.class)).isEqualTo("Århus");
            assertThat(value(row, "beløb", BigDecimal.class)).isEqualTo(new BigDecimal("12000.50"));
            assertThat(value(row, "dato", LocalDate.class)).isEqualTo(LocalDate.of(2026, 12, 31));
            assertThat(value(row, "svar", Boolean.class)).isEqualTo(true);
        }
    }

    @Test
    void aDanishExcelExportReadAsAPlainCsvIsRefusedWithWhatToWrite() throws IOException {
        csv("excel.csv", "\uFEFFnavn;beløb\r\nÅrhus;12.000,50\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(refused(caseWith("excel.csv")).toString()).isEqualTo("sag/excel.csv:1:5: the columns are separated by ';' "
                + "(as Danish Excel saves), but csv: excel.csv reads ','" + System.lineSeparator()
                + "  hint: write csv: { file: excel.csv, excel: da }");
        csv("excel.csv", "navn,beløb\r\nÅrhus,12\r\n".getBytes(Charset.forName("windows-1252")));
        assertThat(refused(caseWith("excel.csv")).toString()).isEqualTo("sag/excel.csv:1:9: the file is not UTF-8 text"
                + System.lineSeparator() + "  hint: if Danish Excel saved it, write csv: { file: excel.csv, excel: da }; "
                + "otherwise save it as UTF-8");
    }

    @Test
    void aCommaSeparatedFileReadAsDanishExcelIsRefused() throws IOException {
        csv("dage.csv", "dato,timerHjemme\n2025-01-02,7.5\n".getBytes(StandardCharsets.UTF_8));
        assertThat(refused(caseWith("{ file: dage.csv, excel: da }")).hint()).isEqualTo("write csv: dage.csv");
        assertThat(refused(caseWith("{ file: dage.csv, excel: en }")).message()).isEqualTo("unknown excel \"en\"");
    }
}
