package dk.regeltjek.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.regeltjek.api.Checker;
import dk.regeltjek.fixtures.Fixtures;
import dk.regeltjek.model.Problem;
import dk.regeltjek.model.RegeltjekException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A quote that is not in the document shows the closest passage of it and its line, so the two can be compared. */
class MisquoteTest {
    @TempDir
    Path tmp;

    private Fixtures fixtures;

    @BeforeEach
    void copy() {
        fixtures = Fixtures.copyTo(tmp);
    }

    private List<Problem> problems() {
        return catchThrowableOfType(RegeltjekException.class, () -> Checker.load(fixtures.rules).rules("tilskud")).problems();
    }

    @Test
    void aMisquotedRuleShowsTheClosestPassageAndItsLine() {
        fixtures.edit("rules/tilskud/kriterier.drl", "senest den 31. december 2026.\")", "senest den 31. december 2027.\")");
        Problem p = problems().get(0);
        assertThat(p.message()).isEqualTo("the @quote of rule \"T-3 afsluttet inden fristen\" is not in the document: "
                + "\"Projektet skal være afsluttet senest den 31. december 2027.\"");
        assertThat(p.hint()).isEqualTo("the closest passage is L8: \"Projektet skal være afsluttet senest den 31. december 2026.\""
                + " — quote tilskud.txt verbatim; mark left-out text with […]");
    }

    @Test
    void aMisquotedParameterSourceShowsTheClosestPassage() {
        fixtures.edit("rules/tilskud/pack.yaml", "quote: \"Ansøgningen indsendes senest den 1. marts 2025.\"",
                "quote: \"Ansøgningen skal indsendes senest 1. marts 2025.\"");
        Problem p = problems().get(0);
        assertThat(p.where().toString()).endsWith("rules/tilskud/pack.yaml:67:3");
        assertThat(p.message()).startsWith("the source quote of parameter indsendelsesfrist is not in the document");
        assertThat(p.hint()).startsWith("the closest passage is L11: \"Ansøgningen indsendes senest den 1. marts 2025.\"");
    }

    @Test
    void aQuoteLikeNothingInTheDocumentSaysSo() {
        fixtures.edit("rules/tilskud/kriterier.drl",
                "@quote(\"Skemaet har plads til tre projekter; ønskes flere, kontaktes sekretariatet.\")",
                "@quote(\"Helt andet indhold uden nogen lighed overhovedet med noget.\")");
        assertThat(problems().get(0).hint()).endsWith("no passage of the document is close to it");
    }

    @Test
    void aQuoteAtOtherLinesThanCitedShowsWhereItIs() {
        fixtures.edit("rules/tilskud/kriterier.drl", "@lines(\"L7\")", "@lines(\"L12\")");
        Problem p = problems().get(0);
        assertThat(p.message()).endsWith("is in the document, but not near L12 (at L7)");
        assertThat(p.hint()).startsWith("the closest passage is L7: \"Mindst 20 pct. af boligerne skal være almene boliger.\"");
    }
}
