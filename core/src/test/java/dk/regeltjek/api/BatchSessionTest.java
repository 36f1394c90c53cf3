package dk.regeltjek.api;

import static org.assertj.core.api.Assertions.assertThat;

import dk.regeltjek.api.Case;
import dk.regeltjek.fixtures.Fixtures;
import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.OutcomeRecord;
import dk.regeltjek.model.Status;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many cases share one rule session in {@link Checker#checkAll}; the answers must be exactly those
 * of checking each case alone, and cases must never see each other's facts. On the fixture packs.
 */
class BatchSessionTest {
    @TempDir
    static Path tmp;

    private static Fixtures fixtures;
    private static Checker together;
    private static Checker alone;

    @BeforeAll
    static void load() {
        fixtures = Fixtures.copyTo(tmp);
        together = Checker.load(fixtures.rules);
        alone = together.withBatchSize(1);
    }

    /** Every case of a pack's examples in one call: the same results (every value, message, fired rule) as one by one. */
    @TestFactory
    Stream<DynamicTest> everyExampleGivesTheSameAnswerInABatchAsAlone() throws IOException {
        try (Stream<Path> packs = Files.list(fixtures.examples)) {
            List<Path> folders = packs.filter(Files::isDirectory).sorted().toList();
            assertThat(folders).hasSizeGreaterThanOrEqualTo(2);
            return folders.stream().map(pack -> DynamicTest.dynamicTest(pack.getFileName().toString(), () -> {
                List<Case> cases = casesIn(pack);
                List<String> problemsAlone = new ArrayList<>();
                List<String> problemsTogether = new ArrayList<>();
                List<CaseResult> one = alone.checkAll(cases, null, e -> problemsAlone.add(e.getMessage()));
                List<CaseResult> batched = together.checkAll(cases, null, e -> problemsTogether.add(e.getMessage()));
                assertThat(one).hasSizeGreaterThanOrEqualTo(3);
                assertThat(described(batched)).isEqualTo(described(one));
                assertThat(problemsTogether).isEqualTo(problemsAlone);
            }));
        }
    }

    @Test
    void casesInOneSessionDoNotSeeEachOthersFacts() {
        // T-ANTAL counts the projects of *its* application: 2 and 6 here, never 9
        List<Case> cases = List.of(application("Gentofte", 2), application("Hvidovre", 6), application("Ballerup", 1));
        List<CaseResult> results = together.checkAll(cases);
        assertThat(results).extracting(r -> outcome(r, "T-ANTAL").status())
                .containsExactly(Status.MET, Status.WARNING, Status.MET);
        assertThat(outcome(results.get(1), "T-ANTAL").message()).isEqualTo("6 projekter er flere end skemaets 3");
        assertThat(outcome(results.get(0), "T-ANSOEGNING").message()).isEqualTo("2 af 2 projekter kan få tilskud");
        assertThat(results.get(1).outcomes()).filteredOn(o -> o.criterion().equals("T-PROJEKT")).hasSize(6);
        assertThat(described(results)).isEqualTo(described(alone.checkAll(cases)));
    }

    @Test
    void aBadCaseInABatchIsReportedAndTheOthersAreStillChecked() {
        Map<String, Object> bad = project("Skæv");
        bad.put("andelAlmene", "tredive");
        Case broken = CaseInput.of("tilskud", "En forkert sag.", "sag 9").fact("Ansoegning", ansoegning("Gentofte"))
                .fact("Projekt", bad).toCase();
        List<String> problems = new ArrayList<>();
        List<CaseResult> results = together.checkAll(List.of(application("Gentofte", 1), broken, application("Hvidovre", 3)),
                null, e -> problems.add(e.getMessage()));
        assertThat(results).extracting(r -> r.info().name()).containsExactly("Gentofte", "Hvidovre");
        assertThat(problems).singleElement().asString().contains("sag 9:fact 2: Projekt.andelAlmene must be a number");
    }

    @Test
    void theBatchSizeChangesNothingButSpeed() {
        List<Case> cases = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            cases.add(application("Kommune " + i, 1 + i % 7));
        }
        String one = described(alone.checkAll(cases));
        for (int size : new int[] {2, 3, 7, 20, 256}) {
            assertThat(described(together.withBatchSize(size).checkAll(cases))).as("batch size %d", size).isEqualTo(one);
        }
    }

    private static List<Case> casesIn(Path pack) throws IOException {
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(pack)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                cases.addAll(together.read(file));
            }
        }
        return cases;
    }

    /** Everything a report shows of the results, values as printed. */
    private static String described(List<CaseResult> results) {
        return results.stream().map(r -> r.info().name() + " " + r.verdict() + " fired " + r.firedRules() + "\n"
                + r.outcomes().stream().map(o -> "  " + o.criterion() + " " + o.status() + " " + o.rating() + " " + o.subject()
                        + " " + o.message() + " " + o.rule() + " " + o.matched() + " " + o.citation() + " "
                        + o.values().stream().map(v -> v.label() + "=" + v.text()).toList())
                        .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    private static OutcomeRecord outcome(CaseResult result, String criterion) {
        return result.outcomes().stream().filter(o -> o.criterion().equals(criterion)).findFirst().orElseThrow();
    }

    private static Case application(String municipality, int projects) {
        CaseInput input = CaseInput.of("tilskud", municipality, "sag " + municipality)
                .fact("Ansoegning", ansoegning(municipality));
        for (int i = 1; i <= projects; i++) {
            input = input.fact("Projekt", project(municipality + " " + i));
        }
        return input.toCase();
    }

    private static Map<String, Object> ansoegning(String municipality) {
        return Map.of("kommune", municipality, "indsendt", LocalDate.of(2025, 2, 1));
    }

    private static Map<String, Object> project(String name) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("navn", name);
        p.put("budget", new BigDecimal("2500000"));
        p.put("andelAlmene", new BigDecimal("30"));
        p.put("afsluttet", LocalDate.of(2026, 6, 30));
        return p;
    }
}
