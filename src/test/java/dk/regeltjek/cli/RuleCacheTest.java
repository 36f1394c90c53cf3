package dk.regeltjek.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiled-rules cache may make a run faster, never different: an edit always takes effect. */
class RuleCacheTest {
    @TempDir
    Path tmp;

    private Cli.Result run(Workspace ws, Path cache, Path caseFile) {
        return Cli.run("run", "--color", "never", "--cache-dir", cache.toString(), "--rules", ws.rules.toString(),
                caseFile.toString());
    }

    private static List<Path> entries(Path cache) throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(f -> f.toString().endsWith(".bin")).toList();
        }
    }

    @Test
    void aCachedRunExplainsExactlyLikeACompiledRun() throws IOException {
        Workspace ws = new Workspace(tmp.resolve("ws"), "laanepulje");
        Path cache = tmp.resolve("cache");
        Path c = ws.write("sag.yaml", Workspace.loanCase(Workspace.GOOD_PROJECT));
        Cli.Result compiled = run(ws, cache, c);
        assertThat(entries(cache)).hasSize(1);
        Cli.Result cached = run(ws, cache, c);
        assertThat(cached.exitCode()).isEqualTo(compiled.exitCode()).isZero();
        assertThat(cached.out()).isEqualTo(compiled.out());
        assertThat(Cli.run("run", "--color", "never", "--no-cache", "--rules", ws.rules.toString(), c.toString()).out())
                .isEqualTo(compiled.out());
    }

    @Test
    void editingARuleAfterCachingTakesEffect() throws IOException {
        Workspace ws = new Workspace(tmp.resolve("ws"), "laanepulje");
        Path cache = tmp.resolve("cache");
        Path c = ws.write("sag.yaml", Workspace.loanCase(Workspace.GOOD_PROJECT));
        assertThat(run(ws, cache, c).out()).contains("30.000.000 kr. er over 20.000.000 kr.");

        ws.edit("laanepulje/kriterier.drl", "Comparison.OVER, kr(20000000)", "Comparison.OVER, kr(30000000)");
        Cli.Result edited = run(ws, cache, c);
        assertThat(edited.exitCode()).isEqualTo(1);
        assertThat(edited.out()).contains("30.000.000 kr. er ikke over 30.000.000 kr.");
        assertThat(entries(cache)).hasSize(2);

        ws.edit("laanepulje/kriterier.drl", "Comparison.OVER, kr(30000000)", "Comparison.OVER, kr(20000000)");
        assertThat(run(ws, cache, c).out()).contains("30.000.000 kr. er over 20.000.000 kr.");
    }

    @Test
    void aNewRuleFileAfterCachingTakesEffect() {
        Workspace ws = new Workspace(tmp.resolve("ws"), "laanepulje");
        Path cache = tmp.resolve("cache");
        Path c = ws.write("sag.yaml", Workspace.loanCase(Workspace.GOOD_PROJECT));
        run(ws, cache, c);
        ws.write("rules/laanepulje/ekstra.drl", """
                package regeltjek.laanepulje;
                rule "ny hjælperegel"
                    @id("LP-1") @source("Test") @lines("L89") @quote("SEL §§ 107 og 108")
                when
                    Projekt( navn == "et andet projekt" )
                then
                end
                """);
        Cli.Result result = Cli.run("test", "--color", "never", "--cache-dir", cache.toString(), "--rules", ws.rules.toString(),
                c.toString());
        assertThat(result.out()).contains("ekstra.drl:2: \"ny hjælperegel\"").contains("1 passed, 0 failed");
    }

    @Test
    void aDamagedCacheIsIgnoredAndRebuilt() throws IOException {
        Workspace ws = new Workspace(tmp.resolve("ws"), "laanepulje");
        Path cache = tmp.resolve("cache");
        Path c = ws.write("sag.yaml", Workspace.loanCase(Workspace.GOOD_PROJECT));
        String expected = run(ws, cache, c).out();
        for (Path entry : entries(cache)) {
            byte[] bytes = Files.readAllBytes(entry);
            Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        }
        Cli.Result damaged = run(ws, cache, c);
        assertThat(damaged.err()).isEmpty();
        assertThat(damaged.out()).isEqualTo(expected);
        assertThat(run(ws, cache, c).out()).isEqualTo(expected);
    }
}
