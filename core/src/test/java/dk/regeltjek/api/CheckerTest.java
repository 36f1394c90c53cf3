package dk.regeltjek.api;

import static org.assertj.core.api.Assertions.assertThat;

import dk.regeltjek.fixtures.Fixtures;
import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.OutcomeRecord;
import dk.regeltjek.model.Status;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library: one Checker, many cases, several threads, the same answers (on the fixture pack tilskud). */
class CheckerTest {
    @TempDir
    Path tmp;

    private Fixtures fixtures;
    /** Two projects: "Grænsen" (exactly 2 mio. kr., not met) and "Lige over" (met). */
    private Path mixed;

    @BeforeEach
    void copy() {
        fixtures = Fixtures.copyTo(tmp);
        mixed = fixtures.example("tilskud", "graenser.yaml");
    }

    @Test
    void oneCheckerGivesTheSameAnswersFromManyThreads() throws Exception {
        Checker checker = Checker.load(fixtures.rules);
        String expected = summary(checker.checkFile(mixed).get(0));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                answers.add(pool.submit(() -> summary(checker.checkFile(mixed).get(0))));
            }
            for (Future<String> answer : answers) {
                assertThat(answer.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(expected).contains("T-1 Grænsen not_met").contains("T-1 Lige over met").contains("T-ANSOEGNING Hvidovre met");
    }

    @Test
    void verdictsAreDerivedFromTheFinalOutcomes() {
        CaseResult result = Checker.load(fixtures.rules).checkFile(mixed).get(0);
        assertThat(result.verdict()).isEqualTo(Status.MET); // the pack's case verdict, T-ANSOEGNING
        OutcomeRecord application = result.outcomes().stream().filter(o -> o.criterion().equals("T-ANSOEGNING")).findFirst()
                .orElseThrow();
        assertThat(application.verdict()).isTrue();
        assertThat(application.message()).isEqualTo("1 af 2 projekter kan få tilskud");
        assertThat(result.outcomes().stream().filter(o -> o.criterion().equals("T-ANSOEGNING"))).hasSize(1);
    }

    private static String summary(CaseResult result) {
        StringBuilder text = new StringBuilder(result.verdict().key());
        for (OutcomeRecord o : result.outcomes()) {
            text.append('\n').append(o.criterion()).append(' ').append(o.subject().name()).append(' ').append(o.status().key())
                    .append(' ').append(o.message());
        }
        return text.toString();
    }
}
