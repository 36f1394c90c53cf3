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

/**
 * A rule that does not compile is reported once, at the line of the consequence (the Java after
 * {@code then}) the compiler complains about, naming the rule, in plain words with a hint — from
 * the Java compiler's real messages, on the fixture pack.
 */
class DrlErrorsTest {
    private static final String CRITERIA = "rules/tilskud/kriterier.drl";

    @TempDir
    Path tmp;

    private Fixtures fixtures;

    @BeforeEach
    void copy() {
        fixtures = Fixtures.copyTo(tmp);
    }

    private RegeltjekException failure() {
        RegeltjekException e = catchThrowableOfType(RegeltjekException.class, () -> Checker.load(fixtures.rules).rules("tilskud"));
        assertThat(e).as("the pack should not load").isNotNull();
        return e;
    }

    /** The problems of loading the fixture pack tilskud, as the user sees them. */
    private List<Problem> problems() {
        return failure().problems();
    }

    /** Where a problem is, from the rules folder on. */
    private static String where(Problem p) {
        String at = p.where().toString();
        return at.substring(at.indexOf("rules/"));
    }

    @Test
    void aMethodAnOutcomeDoesNotHaveIsNamedWithTheOnesItHas() {
        fixtures.edit(CRITERIA, "udfald($p).over(\"samlet budget\"", "udfald($p).ove(\"samlet budget\"");
        Problem p = problems().get(0);
        assertThat(where(p)).isEqualTo(CRITERIA + ":11:24");
        assertThat(p.message()).isEqualTo("rule \"T-1 samlet budget over beløbsgrænsen\" does not compile (line 1 of its "
                + "consequence): an outcome has no method ove(String, Amount, Amount) (did you mean \"over\"?)");
        assertThat(p.hint()).startsWith("an outcome's methods: advarsel, afstem, ").contains("ikkeOpfyldt, ").contains("mindst, ")
                .doesNotContain("toString").doesNotContain("getBesked");
    }

    @Test
    void aWrongTypeIsReportedAtItsLineOfTheConsequence() {
        fixtures.edit(CRITERIA, "    insert( udfald($p).mindst(\"andel almene",
                "    int antal = 0;\n    String andel = $p.getAndelAlmene();\n    insert( udfald($p).mindst(\"andel almene");
        Problem p = problems().get(0);
        assertThat(where(p)).isEqualTo(CRITERIA + ":21");
        assertThat(p.message()).isEqualTo("rule \"T-2 mindst 20 pct. almene boliger\" does not compile (line 2 of its consequence): "
                + "a value of type BigDecimal cannot be used where String is needed");
        assertThat(p.hint()).contains(".intValue()").contains("String.valueOf");
    }

    @Test
    void anUnknownVariableSuggestsTheRulesOwnBindings() {
        fixtures.edit(CRITERIA, "insert( udfald($p).mindst(\"andel almene", "insert( udfald($P).mindst(\"andel almene");
        Problem p = problems().get(0);
        assertThat(where(p)).isEqualTo(CRITERIA + ":20:20");
        assertThat(p.message()).endsWith("(line 1 of its consequence): \"$P\" is not known here (did you mean \"$p\"?)");
        assertThat(p.hint()).endsWith("names are case-sensitive; this rule binds $p");
    }

    @Test
    void anUnknownFunctionListsTheFunctionsThereAre() {
        fixtures.edit(CRITERIA, "insert( udfald($a).vaerdi(\"projekter\"", "insert( udfal($a).vaerdi(\"projekter\"");
        Problem p = problems().get(0);
        assertThat(where(p)).isEqualTo(CRITERIA + ":59:13");
        assertThat(p.message()).isEqualTo("rule \"T-ANTAL højst tre projekter\" does not compile (line 2 of its consequence): "
                + "there is no function udfal(Ansoegning) (did you mean \"udfald\"?)");
        assertThat(p.hint()).startsWith("the functions a rule can call — Regel: ")
                .contains("parameterDato, parameterForAar, parameterHeltal").contains(", udfald, udfaldFor")
                .contains("; Enheder: antal, kr, maengde, pct, procentpoint, tal;").contains("; Regning: ").contains("; Tekster: ")
                .contains("; Datoer: ").contains("perioder").doesNotContain("outcome");
    }

    @Test
    void inARuleWithAnAccumulateTheLineOfTheConsequenceIsFoundAllTheSame() {
        // the generated class holds the accumulate's methods before the consequence
        fixtures.edit("rules/tilskud/verdikt.drl", "    Outcome o = udfald($a)", "    Udfald o = udfald($a)");
        Problem p = problems().get(0);
        assertThat(where(p)).isEqualTo("rules/tilskud/verdikt.drl:28:5");
        assertThat(p.message()).isEqualTo("rule \"T-ANSOEGNING mindst ét projekt får tilskud\" does not compile (line 2 of its "
                + "consequence): there is no type Udfald");
        assertThat(p.hint()).startsWith("the pack's declared types and Outcome, Sammenligning, ")
                .endsWith(" need no import; others need an import line");
    }

    @Test
    void aSyntaxErrorInAConsequenceSaysWhatIsMissing() {
        fixtures.edit(CRITERIA, "parameterDato(\"afslutningsfrist\")) );", "parameterDato(\"afslutningsfrist\")) )");
        Problem p = problems().get(0);
        assertThat(where(p)).isEqualTo(CRITERIA + ":29");
        assertThat(p.message()).endsWith("(line 1 of its consequence): a ';' is missing (to complete the statement)");
        assertThat(p.hint()).contains("each statement ends with ';'");
    }

    @Test
    void codeRightAfterThenCountsAsTheFirstLine() {
        fixtures.edit(CRITERIA, "then\n    insert( udfald($a).senest(\"indsendt\"", "then    foo();\n    insert( udfald($a).senest(\"indsendt\"");
        Problem p = problems().get(0);
        assertThat(where(p)).isEqualTo(CRITERIA + ":46:9");
        assertThat(p.message()).contains("(line 1 of its consequence): there is no function foo()");
    }

    @Test
    void twoBrokenRulesGiveTwoProblemsEachOnce() {
        fixtures.edit(CRITERIA, "udfald($p).over(\"samlet budget\"", "udfald($p).ove(\"samlet budget\"");
        fixtures.edit(CRITERIA, "insert( udfald($p).mindst(\"andel almene", "insert( udfald($P).mindst(\"andel almene");
        RegeltjekException e = failure();
        assertThat(e.problems()).hasSize(2);
        assertThat(e.problems()).extracting(Problem::message).allMatch(m -> m.startsWith("rule \"T-"))
                .noneMatch(m -> m.contains("Rule Compilation error") || m.contains(".java"));
        assertThat(e.getMessage().lines().filter(l -> l.contains("does not compile"))).hasSize(2);
    }

    @Test
    void aFieldThePatternsTypeDoesNotHaveIsNamedWithItsFields() {
        fixtures.edit(CRITERIA, "$p : Projekt( budget != null )", "$p : Projekt( budgett != null )");
        Problem p = problems().get(0);
        assertThat(where(p)).isEqualTo(CRITERIA + ":9:19");
        assertThat(p.message()).isEqualTo("Projekt has no field \"budgett\" (did you mean \"budget\"?)");
        assertThat(p.hint()).isEqualTo("its fields are: navn, boligtype, budget, andelAlmene, afsluttet, aar, ansoegt");
    }

    @Test
    void aBracketLeftOpenInAPatternPointsAtWhereTheParserStopped() {
        fixtures.edit(CRITERIA, "$p : Projekt( budget != null )", "$p : Projekt( budget != null ");
        Problem p = problems().get(0);
        assertThat(where(p)).isEqualTo(CRITERIA + ":10:1");
        assertThat(p.message()).isEqualTo("the DRL cannot be read here: rule \"T-1 samlet budget over beløbsgrænsen\": "
                + "'then' was not expected here");
        assertThat(p.hint()).startsWith("a bracket or quote opened before this place and not closed is the usual cause");
    }
}
