package dk.regeltjek.facts;

import static dk.regeltjek.facts.CaseFileReadingTest.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dk.regeltjek.api.Checker;
import dk.regeltjek.fixtures.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the engine refuses when it types a case's facts: a subject named twice, and a required text written empty. */
class SubjectChecksTest {
    @TempDir
    static Path fixtures;

    private static Checker checker;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() {
        checker = Checker.load(Fixtures.copyTo(fixtures).rules);
    }

    private static String project(String name) {
        return """
                    - navn: %s
                      boligtype: ALMEN
                      budget: 2400000
                      andelAlmene: 30
                      afsluttet: 30/11/2026
                      aar: 2026
                      ansoegt: 500000
                """.formatted(name);
    }

    /** A case of the fixture pack tilskud: an application (named by its kommune) with these projects (named by navn). */
    private Path grantCase(String projects) throws IOException {
        return Files.writeString(tmp.resolve("sag.yaml"), """
                case: En ansøgning.
                pack: tilskud
                facts:
                  Ansoegning:
                    kommune: Gentofte
                    indsendt: 2025-02-14
                  Projekt:
                """ + projects);
    }

    @Test
    void twoSubjectsOfOneTypeWithTheSameNameAreRefused() throws IOException {
        Path sag = grantCase(project("Nordlys") + project("Sydlys") + project("Nordlys"));
        assertThat(refusal(catchThrowable(() -> checker.checkFile(sag))).toString())
                .contains("sag.yaml:22:7: a second Projekt is named \"Nordlys\" (the first is at line 8)")
                .contains("hint: give each Projekt its own navn, or remove the repeated one");
    }

    @Test
    void aRepeatedNameIsFoundAmongManySubjects() throws IOException {
        StringBuilder projects = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            projects.append(project("Projekt " + i));
        }
        Path sag = grantCase(projects + project("Projekt 3") + project("Projekt 40"));
        Throwable thrown = catchThrowable(() -> checker.checkFile(sag));
        assertThat(thrown).isInstanceOf(dk.regeltjek.model.RegeltjekException.class);
        assertThat(((dk.regeltjek.model.RegeltjekException) thrown).problems()).extracting(Object::toString)
                .anySatisfy(p -> assertThat(p).contains("sag.yaml:288:7: a second Projekt is named \"Projekt 3\" (the first is at line 22)"))
                .anySatisfy(p -> assertThat(p).contains("a second Projekt is named \"Projekt 40\" (the first is at line 281)"))
                .hasSize(2);
    }

    @Test
    void anEmptyRequiredTextIsMissing() throws IOException {
        for (String empty : new String[] {"\"\"", "\"   \""}) {
            Path sag = grantCase(project(empty));
            assertThat(refusal(catchThrowable(() -> checker.checkFile(sag))).toString())
                    .contains("sag.yaml:8:13: Projekt is missing the required field \"navn\" (projektnavn): it is written empty")
                    .contains("hint: give navn a value: projektnavn");
        }
    }

    @Test
    void aNameGivenByAnAliasIsTheAnchorsValueNotItsName() throws IOException {
        Path sag = grantCase(project("*kommune"));
        Files.writeString(sag, Files.readString(sag).replace("kommune: Gentofte", "kommune: &kommune Gentofte"));
        assertThat(checker.checkFile(sag).get(0).outcomes())
                .anySatisfy(o -> assertThat(o.subject().name()).isEqualTo("Gentofte"))
                .allSatisfy(o -> assertThat(o.subject().name()).isNotEqualTo("kommune"));
    }
}
