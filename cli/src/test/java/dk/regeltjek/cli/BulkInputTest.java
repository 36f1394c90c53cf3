package dk.regeltjek.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.regeltjek.api.Batch;
import dk.regeltjek.api.Checker;
import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.Status;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bulk files — many cases in one JSON Lines or CSV file — on the fixture pack "tilskud". */
class BulkInputTest {
    @TempDir
    Path tmp;

    /** A grant application of the fixture pack as one JSON line; {@code budget} decides T-1 (over 2 mio. kr.). */
    private static String line(String name, String budget) {
        return "{\"case\": \"" + name + "\", \"pack\": \"tilskud\", \"facts\": {\"Ansoegning\": {\"kommune\": \"" + name
                + "\", \"indsendt\": \"2025-02-01\"}, \"Projekt\": [{\"navn\": \"P\", \"boligtype\": \"ALMEN\", \"budget\": "
                + budget + ", \"andelAlmene\": 40, \"afsluttet\": \"2026-06-30\", \"aar\": 2025, \"ansoegt\": 1000000}]}}";
    }

    private static final String CSV_HEADER = "case,pack,kommune,indsendt,navn,boligtype,budget,andelAlmene,afsluttet,aar,ansoegt\n";

    @Test
    void aGoodJsonLinesFileChecksEveryLineAsTheSameCaseInYamlWould() throws IOException {
        Workspace ws = Workspace.withFixtures(tmp);
        Path bulk = ws.write("sager.jsonl", line("Gentofte", "3000000") + "\n\n" + line("Hvidovre", "2000000") + "\n");
        Path yaml = ws.write("sag.yaml", Workspace.grantCase(Workspace.GOOD_PROJECT));
        Checker checker = Checker.load(ws.rules);
        List<CaseResult> results = checker.checkFile(bulk);
        assertThat(results).extracting(r -> r.info().name()).containsExactly("Gentofte", "Hvidovre");
        assertThat(results).extracting(CaseResult::verdict).containsExactly(Status.MET, Status.NOT_MET);
        assertThat(results.get(0).info().location().toString()).endsWith("sager.jsonl:1:1");
        assertThat(results.get(1).info().location().line()).isEqualTo(3);
        // the line and the YAML file describe the same application: the same outcomes, record for record
        assertThat(results.get(0).outcomes()).extracting(o -> o.criterion() + " " + o.status() + " " + o.message())
                .isEqualTo(checker.checkFile(yaml).get(0).outcomes().stream()
                        .map(o -> o.criterion() + " " + o.status() + " " + o.message()).toList());

        Cli.Result run = Cli.run("run", "--rules", ws.rules.toString(), "--explain", "summary", bulk.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1); // Hvidovre is not met
        assertThat(run.out()).contains("sager.jsonl:1:1  Gentofte", "sager.jsonl:3:1  Hvidovre")
                .contains("2 sager: 1 opfyldt, 0 med advarsler, 1 ikke opfyldt, 0 uafgjort");
    }

    @Test
    void testUpdateLeavesABulkFileAsItIsAndSaysWhy() throws IOException {
        Workspace ws = Workspace.withFixtures(tmp);
        String expectsMet = line("Hvidovre", "2000000").replace("}]}}", "}]}, \"expect\": {\"verdict\": \"met\"}}");
        Path bulk = ws.write("sager.jsonl", expectsMet + "\n");
        String before = Files.readString(bulk);

        Cli.Result test = Cli.run("test", "--update", "--rules", ws.rules.toString(), bulk.toString());

        assertThat(test.exitCode()).as(test.err()).isEqualTo(1);
        assertThat(test.out()).contains("Ingen expect-blokke er ændret.", "Ikke opdateret (1 sag):",
                "sager.jsonl:1: Hvidovre: en fil med mange sager (.jsonl, .csv) opdateres ikke af --update");
        assertThat(Files.readString(bulk)).isEqualTo(before);
    }

    @Test
    void aBadRowIsLocatedAndTheOthersAreStillChecked() {
        Workspace ws = Workspace.withFixtures(tmp);
        Path bulk = ws.write("sager.jsonl", line("A", "3000000") + "\n" + line("B", "\"3 mio\"") + "\n"
                + "{\"case\": \"C\", \"pack\": \"tilskud\", \n" + line("D", "3000000") + "\n");
        Cli.Result run = Cli.run("run", "--rules", ws.rules.toString(), "--explain", "summary", bulk.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        int column = line("B", "\"3 mio\"").indexOf("\"3 mio\"") + 1;
        assertThat(run.err()).contains("sager.jsonl:2:" + column + ": Projekt.budget")
                .contains("sager.jsonl:3:").contains("not valid JSON").contains("hint:").doesNotContain("Exception");
        assertThat(run.out()).contains("sager.jsonl:1:1  A", "sager.jsonl:4:1  D")
                .contains("2 sager: 2 opfyldt").contains("1 sag kunne ikke tjekkes");
    }

    @Test
    void aCsvWithDanishNumbersIsReadAsDanishExcelSavesIt() {
        Workspace ws = Workspace.withFixtures(tmp);
        Path csv = ws.write("sager.csv", CSV_HEADER.replace(',', ';')
                + "Gentofte;tilskud;Gentofte;01-02-2025;P;ALMEN;3.000.000;40,5;30-06-2026;2025;1.000.000\n"
                + "Hvidovre;tilskud;Hvidovre;01-02-2025;P;ALMEN;2.000.000;40,5;30-06-2026;2025;1.000.000\n");
        Checker checker = Checker.load(ws.rules);
        List<CaseResult> results = checker.checkFile(csv);
        assertThat(results).extracting(CaseResult::verdict).containsExactly(Status.MET, Status.NOT_MET);
        assertThat(results.get(0).outcomes()).filteredOn(o -> o.criterion().equals("T-2"))
                .singleElement().satisfies(o -> assertThat(o.message()).contains("40,5 %"));
        assertThat(results.get(1).outcomes()).filteredOn(o -> o.criterion().equals("T-1"))
                .singleElement().satisfies(o -> assertThat(o.message()).contains("2.000.000 kr. er ikke over"));
    }

    @Test
    void aCommaSeparatedCsvRefusesANumberThatCouldBeReadTwoWays() {
        Workspace ws = Workspace.withFixtures(tmp);
        Path csv = ws.write("sager.csv", CSV_HEADER
                + "A,tilskud,Gentofte,2025-02-01,P,ALMEN,3000000,40,2026-06-30,2025,1000000\n"
                + "B,tilskud,Gentofte,2025-02-01,P,ALMEN,3.375,40,2026-06-30,2025,1000000\n");
        Cli.Result run = Cli.run("run", "--rules", ws.rules.toString(), "--explain", "summary", csv.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("sager.csv:3:" + (CSV_HEADER.indexOf("budget") - "case,pack,kommune,indsendt,navn,boligtype,".length()
                + "B,tilskud,Gentofte,2025-02-01,P,ALMEN,".length() + 1) + ": Projekt.budget");
        assertThat(run.out()).contains("sager.csv:2:1  A");
    }

    @Test
    void aRowWithAnExtraEmptyCellIsRefusedNotShifted() {
        // "3000000,40" written as "3,000,000" would give two extra cells; one extra empty cell at the end
        // was once dropped, so a split value read into the next columns
        Workspace ws = Workspace.withFixtures(tmp);
        Path csv = ws.write("sager.csv", CSV_HEADER
                + "A,tilskud,Gentofte,2025-02-01,P,ALMEN,3000000,40,2026-06-30,2025,1000000,\n");
        Cli.Result run = Cli.run("run", "--rules", ws.rules.toString(), csv.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("sager.csv:2:").contains("the row has more cells than the header has columns")
                .contains("a decimal comma in a comma-separated file splits its cell");
    }

    @Test
    void rowsWithTheSameCaseIdAreOneCase() {
        Workspace ws = Workspace.withFixtures(tmp);
        Path csv = ws.write("sager.csv", CSV_HEADER
                + "Gentofte,tilskud,Gentofte,2025-02-01,Nord,ALMEN,3000000,40,2026-06-30,2025,1000000\n"
                + "Gentofte,,,,Syd,ALMEN,1000000,40,2026-06-30,2025,500000\n"
                + "Hvidovre,tilskud,Hvidovre,2025-02-01,Vest,ALMEN,3000000,40,2026-06-30,2025,1000000\n");
        List<CaseResult> results = Checker.load(ws.rules).checkFile(csv);
        assertThat(results).extracting(r -> r.info().name()).containsExactly("Gentofte", "Hvidovre");
        assertThat(results.get(0).outcomes()).filteredOn(o -> o.criterion().equals("T-1"))
                .extracting(o -> o.subject().name() + " " + o.status()).containsExactly("Nord MET", "Syd NOT_MET");
        assertThat(results.get(0).outcomes()).filteredOn(o -> o.criterion().equals("T-1"))
                .extracting(o -> o.subject().location().line()).containsExactly(2, 3);

        Path scattered = ws.write("spredt.csv", CSV_HEADER
                + "Gentofte,tilskud,Gentofte,2025-02-01,Nord,ALMEN,3000000,40,2026-06-30,2025,1000000\n"
                + "Hvidovre,tilskud,Hvidovre,2025-02-01,Vest,ALMEN,3000000,40,2026-06-30,2025,1000000\n"
                + "Gentofte,,,,Syd,ALMEN,1000000,40,2026-06-30,2025,500000\n");
        Cli.Result run = Cli.run("run", "--rules", ws.rules.toString(), scattered.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("spredt.csv:4:1: the rows of case \"Gentofte\" do not follow each other").contains("hint:");
    }

    @Test
    void aCsvColumnThatNamesNoFieldIsRefusedAtTheHeader() {
        Workspace ws = Workspace.withFixtures(tmp);
        Path csv = ws.write("sager.csv", "case,pack,kommune,budgett\nA,tilskud,Gentofte,3000000\n");
        Cli.Result run = Cli.run("run", "--rules", ws.rules.toString(), csv.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("sager.csv:1:19: no type of the pack tilskud has a field \"budgett\"").contains("budget");
    }

    @Test
    void aPackFolderNamedAsAPathSaysWhichRulesAndHoldsNoCases() {
        Workspace ws = Workspace.withFixtures(tmp);
        Path bulk = ws.write("sager.jsonl", line("Gentofte", "3000000") + "\n");
        Cli.Result run = Cli.run("run", "--rules", ws.rules.toString(), "--explain", "summary",
                ws.rules.resolve("tilskud").toString(), bulk.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        assertThat(run.out()).contains("1 sag: 1 opfyldt");

        Path elsewhere = ws.write("andre/tilskud/pack.yaml", "id: tilskud\n");
        Cli.Result refused = Cli.run("run", "--rules", ws.rules.toString(), elsewhere.getParent().toString(), bulk.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("a rule pack that is not in the rules folder").contains("hint: give --rules");
    }

    /**
     * A file larger than any case file may be (16 MB) is read a piece at a time: the checks get
     * pieces of at most 128 cases, each read as the ones before are checked — never the whole file.
     */
    @Test
    void aHugeFileIsReadInBoundedPieces() throws Exception {
        Workspace ws = Workspace.withFixtures(tmp);
        Path bulk = tmp.resolve("mange.jsonl");
        String padding = "x".repeat(400);
        int cases = 40_000;
        try (Writer out = Files.newBufferedWriter(bulk, StandardCharsets.UTF_8)) {
            for (int i = 0; i < cases; i++) {
                out.write(line("Kommune " + i + " " + padding, i % 2 == 0 ? "3000000" : "1000000"));
                out.write('\n');
            }
        }
        assertThat(Files.size(bulk)).isGreaterThan(16L * 1024 * 1024);
        Checker checker = Checker.load(ws.rules);
        List<Integer> pieces = new ArrayList<>();
        int[] met = {0};
        Batch.run(checker, List.of(bulk), null, 2, piece -> {
            assertThat(piece.problems()).isEmpty();
            pieces.add(piece.results().size());
            piece.results().forEach(r -> met[0] += r.verdict() == Status.MET ? 1 : 0);
        });
        assertThat(pieces.stream().mapToInt(Integer::intValue).sum()).isEqualTo(cases);
        assertThat(pieces).allMatch(n -> n <= 128).hasSizeGreaterThanOrEqualTo(cases / 128);
        assertThat(met[0]).isEqualTo(cases / 2);
    }
}
