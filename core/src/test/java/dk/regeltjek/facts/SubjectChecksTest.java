package dk.regeltjek.facts;

import static dk.regeltjek.facts.CaseFileReadingTest.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dk.regeltjek.api.Checker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the engine refuses when it types a case's facts: a subject named twice, and a required text written empty. */
class SubjectChecksTest {
    private static Checker checker;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() {
        checker = Checker.load(Path.of("rules"));
    }

    private static String project(String name) {
        return """
                    - navn: %s
                      grundlag: SEL108
                      projekttype: NYBYGGERI
                      nyePladser2026: 24
                      andelAndreKommuner: 30
                      forventetAfsluttet: 30/11/2026
                      bruttoanlaeg2025: 12000000
                      bruttoanlaeg2026: 9000000
                """.formatted(name);
    }

    private Path loanCase(String projects) throws IOException {
        return Files.writeString(tmp.resolve("sag.yaml"), """
                case: En ansøgning.
                pack: laanepulje
                facts:
                  Ansoegning:
                    kommune: Gentofte
                    kommunenummer: 157
                    godkendt: 2024-05-10
                  Projekt:
                """ + projects);
    }

    @Test
    void twoSubjectsOfOneTypeWithTheSameNameAreRefused() throws IOException {
        Path sag = loanCase(project("Nordlys") + project("Sydlys") + project("Nordlys"));
        assertThat(refusal(catchThrowable(() -> checker.checkFile(sag))).toString())
                .contains("sag.yaml:25:7: a second Projekt is named \"Nordlys\" (the first is at line 9)")
                .contains("hint: give each Projekt its own navn, or remove the repeated one");
    }

    @Test
    void anEmptyRequiredTextIsMissing() throws IOException {
        for (String empty : new String[] {"\"\"", "\"   \""}) {
            Path sag = loanCase(project(empty));
            assertThat(refusal(catchThrowable(() -> checker.checkFile(sag))).toString())
                    .contains("sag.yaml:9:13: Projekt is missing the required field \"navn\" (projektnavn (kolonne A)): "
                            + "it is written empty")
                    .contains("hint: give navn a value: projektnavn (kolonne A)");
        }
    }

    @Test
    void aNameGivenByAnAliasIsTheAnchorsValueNotItsName() throws IOException {
        Path sag = loanCase(project("*kommune"));
        Files.writeString(sag, Files.readString(sag).replace("kommune: Gentofte", "kommune: &kommune Gentofte"));
        assertThat(checker.checkFile(sag).get(0).outcomes())
                .anySatisfy(o -> assertThat(o.subject().name()).isEqualTo("Gentofte"))
                .allSatisfy(o -> assertThat(o.subject().name()).isNotEqualTo("kommune"));
    }
}
