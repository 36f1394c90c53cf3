package dk.regeltjek.api;

import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.OutcomeRecord;
import static org.assertj.core.api.Assertions.assertThat;

import dk.regeltjek.facts.RawCase;
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
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Many cases share one rule session in {@link Checker#checkAll}; the answers must be exactly those
 * of checking each case alone, and cases must never see each other's facts.
 */
class BatchSessionTest {
    private static final Checker TOGETHER = Checker.load(Path.of("rules"));
    private static final Checker ALONE = TOGETHER.withBatchSize(1);

    /** Every case of a pack's examples in one call: the same results (every value, message, fired rule) as one by one. */
    @TestFactory
    Stream<DynamicTest> everyExampleGivesTheSameAnswerInABatchAsAlone() throws IOException {
        try (Stream<Path> packs = Files.list(Path.of("examples"))) {
            return packs.filter(Files::isDirectory).sorted().toList().stream().map(pack -> DynamicTest.dynamicTest(
                    pack.getFileName().toString(), () -> {
                        List<RawCase> cases = casesIn(pack);
                        List<String> problemsAlone = new ArrayList<>();
                        List<String> problemsTogether = new ArrayList<>();
                        List<CaseResult> alone = ALONE.checkAll(cases, null, e -> problemsAlone.add(e.getMessage()));
                        List<CaseResult> together = TOGETHER.checkAll(cases, null, e -> problemsTogether.add(e.getMessage()));
                        assertThat(alone).hasSizeGreaterThan(5);
                        assertThat(described(together)).isEqualTo(described(alone));
                        assertThat(problemsTogether).isEqualTo(problemsAlone);
                    }));
        }
    }

    @Test
    void casesInOneSessionDoNotSeeEachOthersFacts() {
        // LP-ANTAL counts the projects of *its* application: 2 and 6 here, never 8
        List<RawCase> cases = List.of(application("Gentofte", 2), application("Hvidovre", 6), application("Ballerup", 1));
        List<CaseResult> results = TOGETHER.checkAll(cases);
        assertThat(results).extracting(r -> outcome(r, "LP-ANTAL").status())
                .containsExactly(Status.MET, Status.WARNING, Status.MET);
        assertThat(outcome(results.get(1), "LP-ANTAL").message()).startsWith("6 projekter er flere end skemaets 5");
        assertThat(outcome(results.get(0), "LP-ANSOEGNING").message()).isEqualTo("2 af 2 projekter kan få låneadgang");
        assertThat(results.get(1).outcomes()).filteredOn(o -> o.criterion().equals("LP-PROJEKT")).hasSize(6);
        assertThat(described(results)).isEqualTo(described(ALONE.checkAll(cases)));
    }

    @Test
    void aBadCaseInABatchIsReportedAndTheOthersAreStillChecked() {
        Map<String, Object> bad = project("Skæv", 1);
        bad.put("andelAndreKommuner", "tredive");
        RawCase broken = CaseInput.of("laanepulje", "En forkert sag.", "sag 9").fact("Ansoegning", ansoegning("Gentofte"))
                .fact("Projekt", bad).toCase();
        List<String> problems = new ArrayList<>();
        List<CaseResult> results = TOGETHER.checkAll(List.of(application("Gentofte", 1), broken, application("Hvidovre", 3)),
                null, e -> problems.add(e.getMessage()));
        assertThat(results).extracting(r -> r.info().name()).containsExactly("Gentofte", "Hvidovre");
        assertThat(problems).singleElement().asString().contains("sag 9:fact 2: Projekt.andelAndreKommuner must be a number");
    }

    @Test
    void theBatchSizeChangesNothingButSpeed() {
        List<RawCase> cases = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            cases.add(application("Kommune " + i, 1 + i % 7));
        }
        String alone = described(ALONE.checkAll(cases));
        for (int size : new int[] {2, 3, 7, 20, 256}) {
            assertThat(described(TOGETHER.withBatchSize(size).checkAll(cases))).as("batch size %d", size).isEqualTo(alone);
        }
    }

    private static List<RawCase> casesIn(Path pack) throws IOException {
        List<RawCase> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(pack)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                cases.addAll(TOGETHER.read(file));
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

    private static RawCase application(String municipality, int projects) {
        CaseInput input = CaseInput.of("laanepulje", municipality, "sag " + municipality)
                .fact("Ansoegning", ansoegning(municipality));
        for (int i = 1; i <= projects; i++) {
            input = input.fact("Projekt", project(municipality + " " + i, i));
        }
        return input.toCase();
    }

    private static Map<String, Object> ansoegning(String municipality) {
        return Map.of("kommune", municipality, "godkendt", LocalDate.of(2024, 5, 10));
    }

    private static Map<String, Object> project(String name, int places) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("navn", name);
        p.put("grundlag", "SEL107");
        p.put("projekttype", "NYBYGGERI");
        p.put("nyePladser2025", 0);
        p.put("nyePladser2026", places);
        p.put("pladserOmdannetFraAbl105", 0);
        p.put("pladserNedlagt", 0);
        p.put("andelAndreKommuner", new BigDecimal("30"));
        p.put("forventetAfsluttet", LocalDate.of(2026, 6, 30));
        p.put("bruttoanlaeg2025", new BigDecimal("12000000"));
        p.put("bruttoanlaeg2026", new BigDecimal("9000000"));
        return p;
    }
}
