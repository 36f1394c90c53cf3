package dk.regeltjek.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dk.regeltjek.api.Checker;
import dk.regeltjek.fixtures.Fixtures;
import dk.regeltjek.model.CaseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Approving changed expectations rewrites exactly the values that differ, where they are written:
 * the rest of the file (comments, layout, quotes, other cases) stays as it was.
 */
class ExpectUpdateTest {
    @TempDir
    Path tmp;

    private Fixtures fixtures;

    @BeforeEach
    void copy() {
        fixtures = Fixtures.copyTo(tmp);
    }

    /** The fixture's budget limit raised from 2 to 3 mio. kr.: projects of 2–3 mio. kr. no longer qualify. */
    private void raiseTheLimit() {
        fixtures.edit("rules/tilskud/pack.yaml", "default: 2_000_000", "default: 3_000_000");
    }

    private FileUpdate plan(Path file) throws IOException {
        List<CaseResult> results = Checker.load(fixtures.rules).checkFile(file);
        return ExpectUpdate.plan(file, "sag.yaml", results);
    }

    private Path write(String text) throws IOException {
        return Files.writeString(fixtures.examples.resolve("tilskud/sag.yaml"), text, StandardCharsets.UTF_8);
    }

    @Test
    void onlyTheStatedValuesThatDifferChangeAndCommentsStay() throws IOException {
        raiseTheLimit();
        Path file = fixtures.example("tilskud", "alle-kriterier.yaml");
        String before = Files.readString(file);
        FileUpdate update = plan(file);

        assertThat(update.after()).isEqualTo(before
                .replace("  verdict: met", "  verdict: not_met")
                .replace("    T-1: met", "    T-1: not_met")
                .replace("    T-PROJEKT: met", "    T-PROJEKT: not_met")
                .replace("    T-ANSOEGNING: met", "    T-ANSOEGNING: not_met"));
        assertThat(update.after()).startsWith("# Et projekt, der opfylder alle kriterier, giver tilskud.\n");
        assertThat(update.updated()).singleElement().asString().endsWith("alle-kriterier.yaml:2: " + caseName(file, 0));
        assertThat(update.refused()).isEmpty();
        assertThat(Files.readString(file)).as("nothing is written before write()").isEqualTo(before);
    }

    @Test
    void theDiffShowsEachChangedLineWithContext() throws IOException {
        raiseTheLimit();
        FileUpdate update = plan(fixtures.example("tilskud", "alle-kriterier.yaml"));
        assertThat(update.diff()).startsWith("--- sag.yaml\n+++ sag.yaml\n@@ -14,11 +14,11 @@\n")
                .contains("\n-  verdict: met\n+  verdict: not_met\n")
                .contains("\n-    T-1: met\n+    T-1: not_met\n")
                .contains("\n     T-2: met\n");
    }

    @Test
    void inAFileOfSeveralCasesOnlyTheFailingCaseChanges() throws IOException {
        raiseTheLimit();
        Path file = fixtures.example("tilskud", "datoer.yaml");
        String before = Files.readString(file);
        FileUpdate update = plan(file);
        int second = before.indexOf("---");
        assertThat(update.after().substring(0, second)).isEqualTo(before.substring(0, second));
        assertThat(update.after().substring(second)).isEqualTo(before.substring(second).replace("verdict: met", "verdict: not_met"));
        assertThat(update.updated()).singleElement().asString().endsWith(": " + caseName(file, 1));
    }

    @Test
    void aStatedMessageThatNoLongerFitsBecomesTheWholeNewMessageInItsQuotes() throws IOException {
        raiseTheLimit();
        Path file = fixtures.example("tilskud", "fire-projekter.yaml");
        FileUpdate update = plan(file);
        assertThat(update.after())
                .contains("    T-ANSOEGNING: { status: not_met, message: \"ingen af projekterne opfylder kriterierne\" }\n")
                .contains("      Et: { status: not_met, message: \"50.000.000 kr.\" }\n"); // still holds: untouched
    }

    @Test
    void aMessageThatStillFitsIsKept() throws IOException {
        Path file = write("""
                case: To projekter, begge over grænsen.
                pack: tilskud
                facts:
                  Ansoegning: { kommune: Rødovre, indsendt: 2025-02-01 }
                  Projekt:
                    - { navn: A, budget: 2_500_000, andelAlmene: 30, afsluttet: 2026-06-30, aar: 2026, ansoegt: 1 }
                expect:
                  outcomes:
                    T-1: { status: met, message: "2.500.000 kr." }   # beløbet står i beskeden
                """);
        raiseTheLimit();
        assertThat(plan(file).after()).contains("    T-1: { status: not_met, message: \"2.500.000 kr.\" }   # beløbet står i beskeden\n");
    }

    @Test
    void aCriterionWhoseSubjectsNowDifferIsWrittenPerSubject() throws IOException {
        Path file = write("""
                case: To projekter, begge over grænsen i dag.
                pack: tilskud
                facts:
                  Ansoegning: { kommune: Rødovre, indsendt: 2025-02-01 }
                  Projekt:
                    - { navn: Lille, budget: 2_500_000, andelAlmene: 30, afsluttet: 2026-06-30, aar: 2026, ansoegt: 1 }
                    - { navn: Stor, budget: 3_500_000, andelAlmene: 30, afsluttet: 2026-06-30, aar: 2026, ansoegt: 1 }
                expect:
                  verdict: met
                  outcomes:
                    T-1: met   # begge projekter
                    T-2: met
                """);
        raiseTheLimit();
        FileUpdate update = plan(file);
        assertThat(update.after()).endsWith("""
                expect:
                  verdict: met
                  outcomes:
                    T-1:
                      Lille: not_met
                      Stor: met   # begge projekter
                    T-2: met
                """);
        update.write();
        assertThat(ExpectationCheck.check(Checker.load(fixtures.rules).checkFile(file).get(0))).isEmpty();
    }

    @Test
    void aRatingIsRewrittenWhereItStands() throws IOException {
        Path file = fixtures.example("udvalg", "for-faa.yaml");
        fixtures.edit("rules/udvalg/regler.drl", "inden ? \"grøn\" : \"rød\"", "inden ? \"grøn\" : \"gul\"");
        assertThat(plan(file).after()).contains("    U-2: { status: not_met, rating: gul, message: \"ikke 5–9\" }\n");
    }

    @Test
    void aCaseWithoutAnExpectBlockGetsItsVerdictBeforeTheNextCase() throws IOException {
        Path file = write("""
                case: Uden forventninger.
                pack: tilskud
                facts:
                  Ansoegning: { kommune: Rødovre, indsendt: 2025-02-01 }
                ---
                case: Med forventninger.
                pack: tilskud
                facts:
                  Ansoegning: { kommune: Rødovre, indsendt: 2025-02-01 }
                expect:
                  verdict: undetermined
                """);
        FileUpdate update = plan(file);
        assertThat(update.after()).isEqualTo("""
                case: Uden forventninger.
                pack: tilskud
                facts:
                  Ansoegning: { kommune: Rødovre, indsendt: 2025-02-01 }
                expect:
                  verdict: not_met
                ---
                case: Med forventninger.
                pack: tilskud
                facts:
                  Ansoegning: { kommune: Rødovre, indsendt: 2025-02-01 }
                expect:
                  verdict: not_met
                """);
    }

    @Test
    void quotesAndCommentsInTheExpectBlockStay() throws IOException {
        Path file = write("""
                case: Et projekt på 2,5 mio. kr.
                pack: tilskud
                facts:
                  Ansoegning: { kommune: Rødovre, indsendt: 2025-02-01 }
                  Projekt: { navn: A, budget: 2_500_000, andelAlmene: 30, afsluttet: 2026-06-30, aar: 2026, ansoegt: 1 }
                expect:
                  verdict: 'met'        # sagens verdikt
                  # kriterierne
                  outcomes: { T-1: "met", T-2: met }
                """);
        raiseTheLimit();
        assertThat(plan(file).after()).endsWith("""
                expect:
                  verdict: 'not_met'        # sagens verdikt
                  # kriterierne
                  outcomes: { T-1: "not_met", T-2: met }
                """);
    }

    @Test
    void aRuleExpectedToFireIsLeftToTheAnalystAndTheFileIsUnchanged() throws IOException {
        Path file = write("""
                case: Et projekt på 2,5 mio. kr.
                pack: tilskud
                facts:
                  Ansoegning: { kommune: Rødovre, indsendt: 2025-02-01 }
                expect:
                  verdict: not_met
                  fired: ["T-LOFT"]
                """);
        FileUpdate update = plan(file);
        assertThat(update.changes()).isFalse();
        assertThat(update.refused()).singleElement().asString()
                .contains("Et projekt på 2,5 mio. kr.: reglen \"T-LOFT\" under fired: fyrede ikke; --update ændrer ikke fired");
    }

    @Test
    void passingCasesChangeNothing() throws IOException {
        try (Stream<Path> files = Files.walk(fixtures.examples)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                FileUpdate update = plan(file);
                assertThat(update.changes()).as(file.toString()).isFalse();
                assertThat(update.diff()).isEmpty();
            }
        }
    }

    @Test
    void writingReplacesTheFileWholeAndKeepsItsPermissions() throws IOException {
        raiseTheLimit();
        Path file = fixtures.example("tilskud", "graenser.yaml");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        FileUpdate update = plan(file);
        update.write();
        assertThat(Files.readString(file)).isEqualTo(update.after());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw-r--");
        try (Stream<Path> left = Files.list(file.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }
        assertThat(ExpectationCheck.check(Checker.load(fixtures.rules).checkFile(file).get(0))).isEmpty();
    }

    @Test
    void aFileChangedSinceItWasCheckedIsNotOverwritten() throws IOException {
        raiseTheLimit();
        Path file = fixtures.example("tilskud", "graenser.yaml");
        FileUpdate update = plan(file);
        Files.writeString(file, Files.readString(file) + "# en ny linje\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(update::write).hasMessageContaining("changed while it was checked");
    }

    private String caseName(Path file, int index) {
        return Checker.load(fixtures.rules).read(file).get(index).name();
    }
}
