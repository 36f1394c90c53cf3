package dk.regeltjek.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.regeltjek.api.Checker;
import dk.regeltjek.fixtures.Fixtures;
import dk.regeltjek.model.Amount;
import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.NamedValue;
import dk.regeltjek.model.OutcomeRecord;
import dk.regeltjek.model.Problem;
import dk.regeltjek.model.SourceLocation;
import dk.regeltjek.testing.CoverageCounter;
import dk.regeltjek.testing.PackCoverage;
import dk.regeltjek.testing.TestResult;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library's JSON results: written, read back into records, and written again to the same text. */
class JsonResultsTest {
    private static final Instant WHEN = Instant.parse("2025-03-01T10:15:30Z");

    @TempDir
    Path tmp;

    private List<CaseResult> checkAllExamples(Checker checker, Fixtures fixtures) throws IOException {
        List<CaseResult> results = new ArrayList<>();
        try (Stream<Path> files = Files.list(fixtures.examples.resolve("tilskud"))) {
            for (Path file : files.sorted().toList()) {
                results.addAll(checker.checkFile(file));
            }
        }
        return results;
    }

    private static Provenance provenance(Checker checker) {
        return new Provenance("test", WHEN, List.of(PackUsed.of(checker.packs().get("tilskud"), checker.rules("tilskud"))));
    }

    @Test
    void aRunReadBackWritesTheSameJsonAndKeepsValuesAndProvenance() throws IOException {
        Fixtures fixtures = Fixtures.copyTo(tmp);
        Checker checker = Checker.load(fixtures.rules);
        List<CaseResult> results = checkAllExamples(checker, fixtures);
        Verdicts verdicts = Verdicts.NONE;
        Map<String, Verdicts> byPack = new LinkedHashMap<>();
        for (CaseResult r : results) {
            verdicts = verdicts.plus(r.verdict());
            byPack.merge("tilskud", Verdicts.NONE.plus(r.verdict()), (a, b) -> a.plus(r.verdict()));
        }
        Problem problem = new Problem(new SourceLocation("sager/brudt.yaml", 3, 5), "not valid YAML", "close the quote");
        Skipped skipped = new Skipped("tilskud", "En brudt sag.", new SourceLocation("sager/brudt.yaml", 1, 1), problem);
        RunSummary summary = new RunSummary(provenance(checker), verdicts, byPack, List.of(problem), List.of(skipped),
                Duration.ZERO, true);

        String first = write(Results.ofRun(summary, Detail.all, results));
        Results read = JsonResults.read(new StringReader(first));
        assertThat(write(read)).isEqualTo(first);

        assertThat(read.command()).isEqualTo(Command.RUN);
        assertThat(read.cases()).hasSize(results.size());
        RunSummary again = (RunSummary) read.summary();
        assertThat(again.verdicts()).isEqualTo(verdicts);
        assertThat(again.failOnWarn()).isTrue();
        assertThat(again.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(again.problems()).containsExactly(problem);
        assertThat(again.skipped()).containsExactly(skipped);
        assertThat(again.provenance().createdAt()).isEqualTo(WHEN);
        PackUsed pack = again.provenance().pack("tilskud");
        assertThat(pack.contentHash()).isEqualTo(checker.packs().get("tilskud").contentHash()).hasSize(64);
        assertThat(pack.sourceChecksum()).isEqualTo(checker.packs().get("tilskud").sourceChecksum());
        assertThat(pack.rules()).isEqualTo(checker.rules("tilskud"));

        CaseResult original = results.get(0);
        CaseResult back = read.cases().get(0);
        assertThat(back.info().name()).isEqualTo(original.info().name());
        assertThat(back.info().date()).isEqualTo(original.info().date());
        assertThat(back.info().scenario()).isEqualTo(original.info().scenario());
        assertThat(back.verdict()).isEqualTo(original.verdict());
        assertThat(back.firedRules()).isEqualTo(original.firedRules());
        OutcomeRecord o = back.outcomes().get(0);
        OutcomeRecord p = original.outcomes().get(0);
        assertThat(o.citation()).isEqualTo(p.citation());
        assertThat(o.subject().name()).isEqualTo(p.subject().name());
        assertThat(o.values().stream().map(NamedValue::text).toList()).isEqualTo(p.values().stream().map(NamedValue::text).toList());
        assertThat(o.values().get(0).raw()).isInstanceOf(Amount.class);
    }

    @Test
    void aTestReadBackKeepsMismatchesAndCoverage() throws IOException {
        Fixtures fixtures = Fixtures.copyTo(tmp);
        fixtures.edit("examples/tilskud/graenser.yaml", "Lige over: met", "Lige over: not_met");
        Checker checker = Checker.load(fixtures.rules);
        List<TestResult> tests = checkAllExamples(checker, fixtures).stream().map(TestResult::of).toList();
        CoverageCounter counter = new CoverageCounter();
        tests.forEach(t -> counter.add(t.result()));
        PackCoverage coverage = counter.coverage("tilskud", checker.rules("tilskud"),
                List.copyOf(checker.packs().get("tilskud").criteria().keySet()));
        Verdicts verdicts = Verdicts.NONE;
        for (TestResult t : tests) {
            verdicts = verdicts.plus(t.result().verdict());
        }
        int failed = (int) tests.stream().filter(t -> !t.passed()).count();
        TestSummary summary = new TestSummary(provenance(checker), verdicts, tests.size() - failed, failed, List.of(coverage),
                new TestSummary.Gate(false, 90), List.of(), List.of(), Duration.ZERO);

        String first = write(Results.ofTest(summary, Detail.all, tests));
        Results read = JsonResults.read(new StringReader(first));
        assertThat(write(read)).isEqualTo(first);

        TestSummary again = (TestSummary) read.summary();
        assertThat(again.failed()).isEqualTo(1);
        assertThat(again.belowMinimum()).extracting(PackCoverage::pack).containsExactly("tilskud");
        assertThat(again.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(again.coverage().get(0).criteriaOnOneSide()).isEqualTo(coverage.criteriaOnOneSide());
        TestResult failedCase = read.tests().stream().filter(t -> !t.passed()).findFirst().orElseThrow();
        assertThat(failedCase.mismatches().get(0).where().file()).endsWith("graenser.yaml");
        assertThat(failedCase.mismatches().get(0).where().line()).isPositive();
        assertThat(failedCase.mismatches().get(0).expected()).isEqualTo("not_met");
    }

    @Test
    void anotherSchemaVersionIsRefusedByName() {
        assertThatThrownBy(() -> JsonResults.read(new StringReader("{\"schemaVersion\": 1, \"command\": \"run\"}")))
                .isInstanceOf(IOException.class).hasMessageContaining("schemaVersion 1");
    }

    private static String write(Results results) throws IOException {
        StringWriter out = new StringWriter();
        JsonResults.write(out, results);
        return out.toString();
    }
}
