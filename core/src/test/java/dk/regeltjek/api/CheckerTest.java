package dk.regeltjek.api;

import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.OutcomeRecord;
import static org.assertj.core.api.Assertions.assertThat;

import dk.regeltjek.model.Status;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The library: one Checker, many cases, several threads, the same answers. */
class CheckerTest {
    private static final Path MIXED = Path.of("examples/laanepulje/blandet-ansoegning.yaml");

    @Test
    void oneCheckerGivesTheSameAnswersFromManyThreads() throws Exception {
        Checker checker = Checker.load(Path.of("rules"));
        String expected = summary(checker.checkFile(MIXED).get(0));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                answers.add(pool.submit(() -> summary(checker.checkFile(MIXED).get(0))));
            }
            for (Future<String> answer : answers) {
                assertThat(answer.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(expected).contains("LP-4 Opgangsfællesskabet Syd not_met").contains("LP-ANSOEGNING Hillerød met");
    }

    @Test
    void verdictsAreDerivedFromTheFinalOutcomes() {
        CaseResult result = Checker.load(Path.of("rules")).checkFile(MIXED).get(0);
        assertThat(result.verdict()).isEqualTo(Status.MET); // the pack's case verdict, LP-ANSOEGNING
        OutcomeRecord application = result.outcomes().stream().filter(o -> o.criterion().equals("LP-ANSOEGNING")).findFirst()
                .orElseThrow();
        assertThat(application.verdict()).isTrue();
        assertThat(application.message()).isEqualTo("1 af 2 projekter kan få låneadgang");
        assertThat(result.outcomes().stream().filter(o -> o.criterion().equals("LP-ANSOEGNING"))).hasSize(1);
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
