package dk.regeltjek.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.regeltjek.api.Case;
import dk.regeltjek.api.CaseInput;
import dk.regeltjek.api.Checker;
import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.model.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules never run unbounded: a time limit, a firing limit that grows with the case, and cancellation. */
class EngineLimitsTest {
    @TempDir
    Path tmp;

    private static final String TYPES = """
            package limits;
            declare Emne
                navn  : String  @name @required
                tal   : Integer
            end
            """;

    private Checker pack(String rules) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("rules/graenser"));
        Files.writeString(dir.resolve("pack.yaml"), """
                title: Grænser
                criteria:
                  G-1:
                    title: Tallet er positivt
                    subject: Emne
                """);
        Files.writeString(dir.resolve("regler.drl"), TYPES + rules);
        return Checker.load(tmp.resolve("rules"));
    }

    private static final String POSITIVE = """
            rule "G-1 tallet er positivt"
                @id("G-1") @source("Test") @lines("L1") @quote("positivt")
            when
                $e : Emne( tal != null )
            then
                insert( udfald($e).over("tal", tal($e.getTal()), tal(0)) );
            end
            """;

    /** A consequence that never returns (a loop without end). */
    private static final String ENDLESS = """
            rule "G-1 tæller for evigt"
                @id("G-1") @source("Test") @lines("L1") @quote("positivt")
            when
                $e : Emne( tal != null )
            then
                long n = 0;
                while (n >= 0) { n = (n + 1) % 1000; }
                insert( udfald($e).opfyldt("aldrig") );
            end
            """;

    private static Case subjects(int n) {
        CaseInput input = CaseInput.of("graenser", "Mange emner.");
        for (int i = 0; i < n; i++) {
            input.fact("Emne", Map.of("navn", "E" + i, "tal", i + 1));
        }
        return input.toCase();
    }

    @Test
    void aConsequenceThatNeverReturnsIsStoppedAfterTheTimeLimitNamingItsRule() throws IOException {
        Checker checker = pack(ENDLESS).withTimeout(Duration.ofMillis(300));
        checker.rules("graenser"); // compiled first: the time measured below is the rules' alone
        long start = System.nanoTime();
        assertThatThrownBy(() -> checker.check(subjects(1)))
                .isInstanceOf(RegeltjekException.class)
                .hasMessageContaining("the rules ran longer than 300 ms").hasMessageContaining("\"G-1 tæller for evigt\"")
                .hasMessageContaining("regler.drl:");
        assertThat((System.nanoTime() - start) / 1e9).as("seconds: the limit, a grace second, and some").isLessThan(3);
        // the checker, and the thread, are fine afterwards
        assertThat(pack(POSITIVE).check(subjects(2)).verdict()).isEqualTo(Status.MET);
    }

    @Test
    void aRuleThatKeepsFiringIsStoppedByTheTimeLimitWhenItIsSlowerThanTheFiringLimit() throws IOException {
        Checker checker = pack("""
                rule "G-1 igen og igen"
                    @id("G-1") @source("Test") @lines("L1") @quote("positivt")
                when
                    $e : Emne( tal != null )
                then
                    try { Thread.sleep(5); } catch (InterruptedException e) { }
                    modify( $e ) { setTal( $e.getTal() + 1 ) };
                end
                """).withTimeout(Duration.ofMillis(300));
        assertThatThrownBy(() -> checker.check(subjects(1)))
                .isInstanceOf(RegeltjekException.class).hasMessageContaining("ran longer than 300 ms");
    }

    @Test
    void aBigCaseIsNotTakenForALoop() throws IOException {
        // a case of 5,000 subjects fires more than a small firing limit, but far less than 50 per fact
        Checker checker = pack(POSITIVE).withFiringLimit(1_000);
        CaseResult result = checker.check(subjects(5_000));
        assertThat(result.outcomes()).hasSize(5_000);
        assertThat(result.verdict()).isEqualTo(Status.MET);
    }

    @Test
    void aCheckWhoseThreadIsInterruptedStops() throws Exception {
        Checker checker = pack(ENDLESS).withTimeout(Duration.ofHours(1));
        AtomicReference<Throwable> ended = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                checker.check(subjects(1));
            } catch (Throwable t) {
                ended.set(t);
            }
        });
        worker.start();
        Thread.sleep(300);
        worker.interrupt(); // what the daemon does when its client goes away
        worker.join(10_000);
        assertThat(worker.isAlive()).isFalse();
        assertThat(ended.get()).isInstanceOfAny(CancellationException.class, RegeltjekException.class);
    }

    @Test
    void manyCasesShareSessionsWithinTheSameLimits() throws IOException {
        Checker checker = pack(POSITIVE).withTimeout(Duration.ofSeconds(5));
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            cases.add(subjects(3));
        }
        assertThat(checker.checkAll(cases)).hasSize(100).allMatch(r -> r.verdict() == Status.MET);
    }
}
