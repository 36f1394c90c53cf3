package dk.regeltjek.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.regeltjek.api.Checker;
import dk.regeltjek.fixtures.Fixtures;
import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.OutcomeRecord;
import dk.regeltjek.model.PackInfo;
import dk.regeltjek.model.Problem;
import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.model.RuleInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code include:} in pack.yaml: a pack (here "samlet", written beside the fixture pack tilskud)
 * takes criteria with their rules, and parameters, from another pack of its rules folder — one
 * text, so an edit of tilskud reaches samlet, also through a cache and a reload; every mistake in
 * an include is a located problem.
 */
class PackIncludeTest {
    private static final String INCLUDE = """
            include:
              - pack: tilskud
                criteria: [T-1, T-2, T-3, T-PROJEKT]
                parameters: [beloebsgraense, andelAlmene, afslutningsfrist]
            """;
    private static final String PACK = """
            title: Samlet – tilskuddets kriterier hentet fra tilskud
            document: "Samlet (opdigtet)"
            source: ../../sources/tilskud.txt
            referenceDate: 2025-03-01
            caseVerdict: S-ANTAL
            """ + INCLUDE + """
            criteria:
              S-ANTAL:
                title: Mindst ét projekt opfylder kriterierne
                subject: Ansoegning
                verdict: true
                from: [T-PROJEKT]
            """;
    private static final String RULES = """
            package regeltjek.test.samlet;

            rule "S-ANTAL mindst ét projekt"
                @id("S-ANTAL") @source("Kriterier for tilskud") @lines("L5") @quote("Kriterier for tilskud:")
                ruleflow-group "verdikt"
                salience -10
            when
                $a : Ansoegning()
                accumulate( $v : Outcome( kriterium == "T-PROJEKT" ); $verdikter : collectList( $v ) )
            then
                insert( udfald($a).opfyldtHvis(antalOpfyldt($verdikter) > 0, "mindst ét projekt", "intet projekt") );
            end
            """;
    private static final List<String> INCLUDED = List.of("T-1", "T-2", "T-3", "T-PROJEKT");

    @TempDir
    Path tmp;

    private Fixtures fixtures;
    private Path ownCase;
    private Path includingCase;

    @BeforeEach
    void writeTheIncludingPack() throws IOException {
        fixtures = Fixtures.copyTo(tmp.resolve("fixtures"));
        fixtures.write("rules/samlet/pack.yaml", PACK);
        fixtures.write("rules/samlet/typer.drl", Files.readString(fixtures.rules.resolve("tilskud/typer.drl"))
                .replace("package regeltjek.test.tilskud;", "package regeltjek.test.samlet;"));
        fixtures.write("rules/samlet/regler.drl", RULES);
        ownCase = fixtures.example("tilskud", "graenser.yaml");
        String grenser = Files.readString(ownCase);
        includingCase = fixtures.write("examples/samlet/graenser.yaml", grenser.substring(0, grenser.indexOf("expect:"))
                .replace("pack: tilskud", "pack: samlet"));
    }

    @Test
    void includedCriteriaDecideAsInTheirOwnPackAndAreShownWhereTheyAreWritten() {
        Checker checker = Checker.load(fixtures.rules);

        Map<String, String> own = outcomes(checker.checkFile(ownCase).get(0));
        Map<String, String> included = outcomes(checker.checkFile(includingCase).get(0));
        own.keySet().removeIf(key -> !INCLUDED.contains(key.substring(0, key.indexOf(' '))));
        assertThat(own).hasSize(8);
        assertThat(included).containsAllEntriesOf(own).containsKey("S-ANTAL Hvidovre").hasSize(9);
        assertThat(included.get("T-1 Grænsen")).startsWith("not_met: ").contains("2.000.000 kr.");

        PackInfo samlet = checker.packs().get("samlet");
        assertThat(samlet.criteria().keySet()).containsExactly("T-1", "T-2", "T-3", "T-PROJEKT", "S-ANTAL");
        assertThat(samlet.criteria().get("T-1")).isEqualTo(checker.packs().get("tilskud").criteria().get("T-1"));
        assertThat(samlet.parameters().get("beloebsgraense").location().file()).endsWith("tilskud/pack.yaml");
        assertThat(samlet.includeOfCriterion("T-2").pack()).isEqualTo("tilskud");
        RuleInfo t1 = checker.rules("samlet").stream().filter(r -> r.criterion().equals("T-1")).findFirst().orElseThrow();
        assertThat(t1.where()).endsWith("/tilskud/kriterier.drl:5");
        assertThat(t1.citation().document()).isEqualTo("Testpulje til grønne boliger (opdigtet)");
        assertThat(checker.rules("samlet")).extracting(RuleInfo::pack).containsOnly("samlet");
    }

    @Test
    void anEditOfTheIncludedRuleOrParameterReachesTheIncludingPackOnReload() {
        Checker before = Checker.load(fixtures.rules);
        assertThat(outcomes(before.checkFile(includingCase).get(0)).get("T-1 Grænsen")).startsWith("not_met");

        fixtures.edit("rules/tilskud/pack.yaml", "default: 2_000_000", "default: 1_500_000");
        Checker lower = before.reloaded();
        assertThat(lower).isNotSameAs(before);
        assertThat(outcomes(lower.checkFile(includingCase).get(0)).get("T-1 Grænsen"))
                .isEqualTo("met: samlet budget 2.000.000 kr. er over 1.500.000 kr.");

        fixtures.edit("rules/tilskud/kriterier.drl", "over(\"samlet budget\"", "over(\"budgettet i alt\"");
        Checker reworded = lower.reloaded();
        assertThat(reworded).isNotSameAs(lower);
        assertThat(outcomes(reworded.checkFile(includingCase).get(0)).get("T-1 Grænsen")).contains("budgettet i alt");
        assertThat(reworded.reloaded()).isSameAs(reworded);
    }

    @Test
    void throughTheCacheAnEditOfTheIncludedFileOrOfTheIncludeListIsCompiledAfresh() throws IOException {
        Path cache = tmp.resolve("cache");
        assertThat(outcomes(Checker.load(fixtures.rules, cache).checkFile(includingCase).get(0)).get("T-1 Grænsen"))
                .contains("samlet budget");
        assertThat(entries(cache)).isEqualTo(1);
        assertThat(outcomes(Checker.load(fixtures.rules, cache).checkFile(includingCase).get(0)).get("T-1 Grænsen"))
                .contains("samlet budget");
        assertThat(entries(cache)).as("unchanged rules come from the cache").isEqualTo(1);

        fixtures.edit("rules/tilskud/kriterier.drl", "over(\"samlet budget\"", "over(\"budgettet i alt\"");
        assertThat(outcomes(Checker.load(fixtures.rules, cache).checkFile(includingCase).get(0)).get("T-1 Grænsen"))
                .contains("budgettet i alt");
        assertThat(entries(cache)).isEqualTo(2);

        // the same files, one more criterion taken from them: a cached pack without its rule would be wrong
        fixtures.edit("rules/samlet/pack.yaml", "T-3, T-PROJEKT]", "T-3, T-LOFT, T-PROJEKT]");
        fixtures.edit("rules/samlet/pack.yaml", "afslutningsfrist]", "afslutningsfrist, pulje]");
        assertThat(outcomes(Checker.load(fixtures.rules, cache).checkFile(includingCase).get(0)).get("T-LOFT Grænsen"))
                .startsWith("met: ").contains("40.000.000 kr.");
        assertThat(entries(cache)).isEqualTo(3);
    }

    @Test
    void aPackMayIncludeWhatAnotherIncludesAndRunsTheRulesWhereTheyAreWritten() throws IOException {
        fixtures.write("rules/tredje/pack.yaml", "title: Tredje\ninclude:\n  - pack: samlet\n    criteria: [T-1]\n"
                + "    parameters: [beloebsgraense]\n");
        fixtures.write("rules/tredje/typer.drl", Files.readString(fixtures.rules.resolve("tilskud/typer.drl"))
                .replace("package regeltjek.test.tilskud;", "package regeltjek.test.tredje;"));
        Path third = fixtures.write("examples/tredje/graenser.yaml", Files.readString(includingCase)
                .replace("pack: samlet", "pack: tredje"));
        Checker checker = Checker.load(fixtures.rules);

        assertThat(checker.rules("tredje")).singleElement()
                .satisfies(r -> assertThat(r.where()).endsWith("/tilskud/kriterier.drl:5"));
        Map<String, String> own = outcomes(checker.checkFile(ownCase).get(0));
        own.keySet().removeIf(key -> !key.startsWith("T-1 "));
        assertThat(outcomes(checker.checkFile(third).get(0))).isEqualTo(own).hasSize(2);
    }

    @Test
    void anIncludedVerdictComesWithTheCriteriaItIsDerivedFrom() {
        fixtures.edit("rules/samlet/pack.yaml", "[T-1, T-2, T-3, T-PROJEKT]", "[T-1, T-2, T-PROJEKT]");
        assertThat(problem(() -> Checker.load(fixtures.rules)).toString()).containsPattern("samlet/pack\\.yaml:8:\\d+: "
                + "the verdict T-PROJEKT is derived from T-3, which the include does not take\n  hint: include T-3 too");
    }

    @Test
    void anUnknownPackCriterionOrParameterIsLocatedInTheInclude() {
        fixtures.edit("rules/samlet/pack.yaml", "pack: tilskud", "pack: tilskudd");
        assertThat(problem(() -> Checker.load(fixtures.rules))).satisfies(p -> {
            assertThat(p.toString()).containsPattern("samlet/pack\\.yaml:7:11: no pack \"tilskudd\" in .*tilskud");
            assertThat(p.hint()).contains("tilskud, udvalg");
        });

        fixtures.edit("rules/samlet/pack.yaml", "pack: tilskudd", "pack: tilskud");
        fixtures.edit("rules/samlet/pack.yaml", "T-3, T-PROJEKT", "T-9, T-PROJEKT");
        assertThat(problem(() -> Checker.load(fixtures.rules)).toString())
                .containsPattern("samlet/pack\\.yaml:8:\\d+: the pack tilskud has no criterion \"T-9\"");

        fixtures.edit("rules/samlet/pack.yaml", "T-9, T-PROJEKT", "T-3, T-PROJEKT");
        fixtures.edit("rules/samlet/pack.yaml", "andelAlmene,", "andelAlmen,");
        assertThat(problem(() -> Checker.load(fixtures.rules)).toString())
                .containsPattern("samlet/pack\\.yaml:9:\\d+: the pack tilskud has no parameter \"andelAlmen\".*andelAlmene");
    }

    @Test
    void anIncludeReachesOnlyThePacksOfItsOwnRulesFolder() throws IOException {
        // a pack folder beside the rules folder, not in it
        Path andre = Files.createDirectories(tmp.resolve("fixtures/andre"));
        Files.move(fixtures.rules.resolve("udvalg"), andre.resolve("udvalg"));
        fixtures.edit("rules/samlet/pack.yaml", "pack: tilskud", "pack: ../andre/udvalg");

        Problem p = problem(() -> Checker.load(fixtures.rules));
        assertThat(p.toString()).containsPattern("samlet/pack\\.yaml:7:11: an include names a pack by its folder name, "
                + "not by a path: \"\\.\\./andre/udvalg\"");
        assertThat(p.hint()).contains("only from the packs of its own rules folder");
    }

    @Test
    void anIncludeCycleIsLocated() {
        fixtures.edit("rules/tilskud/pack.yaml", "criteria:\n", "include:\n  - pack: samlet\n    criteria: [S-ANTAL]\n"
                + "criteria:\n");
        List<Problem> problems = problems(() -> Checker.load(fixtures.rules));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.toString()).containsPattern("tilskud/pack\\.yaml:\\d+:\\d+: include cycle: samlet → tilskud → samlet");
            assertThat(p.hint()).contains("cannot include from itself");
        });

        fixtures.edit("rules/tilskud/pack.yaml", "pack: samlet", "pack: tilskud");
        assertThat(problem(() -> Checker.load(fixtures.rules)).message()).isEqualTo("include cycle: tilskud → tilskud");
    }

    @Test
    void anIncludedRuleReadsOnlyTheParameterDefinitionOfItsOwnPack() {
        fixtures.edit("rules/samlet/pack.yaml", "parameters: [beloebsgraense, ", "parameters: [");
        Problem missing = problem(() -> Checker.load(fixtures.rules).rules("samlet"));
        assertThat(missing.toString()).containsPattern("tilskud/kriterier\\.drl:11:\\d+: the rule, included from tilskud, "
                + "reads the parameter beloebsgraense as tilskud defines it \\(.*tilskud/pack\\.yaml:\\d+:\\d+\\), but samlet "
                + "does not include it");
        assertThat(missing.hint()).contains("add beloebsgraense to the parameters of the include from tilskud");

        // a parameter of the including pack's own, by the same name, would give the included rule another number
        fixtures.edit("rules/samlet/pack.yaml", "criteria:\n  S-ANTAL", "parameters:\n  beloebsgraense:\n    type: decimal\n"
                + "    default: 1_000_000\n    meaning: x\n    source: \"L6: projekter med et samlet budget over 2 mio. kr.\"\n"
                + "criteria:\n  S-ANTAL");
        Problem another = problem(() -> Checker.load(fixtures.rules).rules("samlet"));
        assertThat(another.message()).contains("but samlet has another beloebsgraense (").contains("samlet/pack.yaml:");
        assertThat(another.hint()).contains("remove the pack's own beloebsgraense");
    }

    @Test
    void anIncludedCriterionIsNeitherDeclaredNorDecidedAgain() {
        fixtures.edit("rules/samlet/pack.yaml", "criteria:\n", "criteria:\n  T-1:\n    title: x\n    subject: Projekt\n");
        assertThat(problem(() -> Checker.load(fixtures.rules)).toString())
                .containsPattern("samlet/pack\\.yaml:\\d+:3: the criterion T-1 is included \\(include:\\), and declared here "
                        + "again");

        fixtures.edit("rules/samlet/pack.yaml", "  T-1:\n    title: x\n    subject: Projekt\n", "");
        fixtures.write("rules/samlet/kopi.drl", """
                package regeltjek.test.samlet;

                rule "T-1 en kopi"
                    @id("T-1") @source("Kriterier for tilskud, nr. 1") @lines("L6")
                    @quote("Der kan alene søges tilskud til projekter med et samlet budget over 2 mio. kr.")
                when
                    $p : Projekt( budget != null )
                then
                    insert( udfald($p).opfyldt("altid") );
                end
                """);
        Problem copy = problem(() -> Checker.load(fixtures.rules).rules("samlet"));
        assertThat(copy.toString()).containsPattern("samlet/kopi\\.drl:3: rule \"T-1 en kopi\" decides T-1, which samlet "
                + "includes from tilskud");
    }

    /** Each outcome as "criterion subject" → "status: message". */
    private static Map<String, String> outcomes(CaseResult result) {
        Map<String, String> outcomes = new TreeMap<>();
        for (OutcomeRecord o : result.outcomes()) {
            outcomes.put(o.criterion() + " " + o.subject().name(), o.status().key() + ": " + o.message());
        }
        return outcomes;
    }

    private static long entries(Path cache) throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(f -> f.toString().endsWith(".bin")).count();
        }
    }

    private static Problem problem(Runnable load) {
        List<Problem> problems = problems(load);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    private static List<Problem> problems(Runnable load) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(load::run);
        assertThat(thrown).isInstanceOf(RegeltjekException.class);
        return ((RegeltjekException) thrown).problems();
    }
}
