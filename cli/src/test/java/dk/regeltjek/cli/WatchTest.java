package dk.regeltjek.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --watch re-runs the tests when an analyst saves a rule or a case, in the same process. */
class WatchTest {
    @TempDir
    Path tmp;

    @Test
    void savingARuleRunsTheTestsAgain() throws Exception {
        Workspace ws = new Workspace(tmp, "laanepulje");
        Path c = ws.write("sager/sag.yaml", Workspace.loanCase(Workspace.GOOD_PROJECT));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Thread watcher = new Thread(() -> Main.execute(new String[] {"test", "--watch", "--no-cache", "--color", "never",
            "--rules", ws.rules.toString(), c.getParent().toString()}, new PrintWriter(out, true), new PrintWriter(err, true)));
        watcher.setDaemon(true);
        watcher.start();
        try {
            awaitContains(out::toString, "1 passed, 0 failed");
            awaitContains(err::toString, "venter på ændringer");

            ws.edit("laanepulje/kriterier.drl", "kr(parameterTal(\"bruttoanlaegOver\"))", "kr(30000000)");

            awaitContains(out::toString, "0 passed, 1 failed");
            assertThat(err.toString()).contains("kriterier.drl er ændret; kører igen");
        } finally {
            watcher.interrupt();
            watcher.join(10_000);
        }
        assertThat(watcher.isAlive()).isFalse();
    }

    /** Waits (at most 20 s: it is a functional test, not a timing one) until the text shows up. */
    private static void awaitContains(Supplier<String> text, String expected) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!text.get().contains(expected) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(text.get()).contains(expected);
    }
}
