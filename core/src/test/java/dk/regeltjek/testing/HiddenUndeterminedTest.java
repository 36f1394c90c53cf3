package dk.regeltjek.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dk.regeltjek.api.Checker;
import dk.regeltjek.fixtures.Fixtures;
import dk.regeltjek.model.CaseResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pack change that makes outcomes undetermined is named even where the expected verdict still holds. */
class HiddenUndeterminedTest {
    @TempDir
    Path tmp;

    @Test
    void aNewNeededFieldIsNamedForThePassingCasesItMakesUndetermined() {
        Fixtures fixtures = Fixtures.copyTo(tmp);
        Checker before = Checker.load(fixtures.rules);
        Path file = fixtures.example("tilskud", "datoer.yaml");
        assertThat(before.checkFile(file)).allSatisfy(r -> assertThat(HiddenUndetermined.warning(r)).isEmpty());

        // T-2 now also needs the type of housing, which the older examples do not give
        fixtures.edit("rules/tilskud/pack.yaml", "needs: [andelAlmene]", "needs: [andelAlmene, boligtype]");
        fixtures.edit("rules/tilskud/kriterier.drl", "$p : Projekt( andelAlmene != null )", "$p : Projekt( andelAlmene != null, boligtype != null )");
        List<CaseResult> after = Checker.load(fixtures.rules).checkFile(file);

        CaseResult late = after.get(0); // not met because of T-3 either way: its expectations still hold
        assertThat(ExpectationCheck.check(late)).isEmpty();
        assertThat(HiddenUndetermined.warning(late)).hasValueSatisfying(w -> assertThat(w)
                .endsWith("datoer.yaml:2:1: 1 udfald er nu uafgjort, selv om sagens forventninger holder: T-2 for \"Sent\" "
                        + "(kan ikke afgøres: mangler boligtype (boligtype)) — giv de manglende oplysninger i sagen, eller skriv "
                        + "udfaldet i expect som undetermined"));
        assertThat(ExpectationCheck.check(after.get(1))).as("the second case's verdict changes: it fails, and says so itself")
                .isNotEmpty();
        assertThat(HiddenUndetermined.warning(after.get(1))).isEmpty();
    }

    @Test
    void anUndeterminedOutcomeTheExpectBlockStatesIsMeant() {
        Fixtures fixtures = Fixtures.copyTo(tmp);
        CaseResult missing = Checker.load(fixtures.rules).checkFile(fixtures.example("tilskud", "mangler.yaml")).get(0);
        assertThat(missing.outcomes()).anyMatch(o -> o.criterion().equals("T-1") && o.status().key().equals("undetermined"));
        assertThat(HiddenUndetermined.of(missing)).isEmpty();
    }
}
