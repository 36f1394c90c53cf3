package dk.regeltjek.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.regeltjek.api.Checker;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

        ws.edit("laanepulje/kriterier.drl", "kr(parameterTal(\"bruttoanlaegOver\"))", "kr(30000000)");
        Cli.Result edited = run(ws, cache, c);
        assertThat(edited.exitCode()).isEqualTo(1);
        assertThat(edited.out()).contains("30.000.000 kr. er ikke over 30.000.000 kr.");
        assertThat(entries(cache)).hasSize(2);

        ws.edit("laanepulje/kriterier.drl", "kr(30000000)", "kr(parameterTal(\"bruttoanlaegOver\"))");
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

    /** The cache is keyed by the rules' content, not by the folder a run starts from (an analyst's `cd`). */
    @Test
    void aRunFromAnotherFolderUsesTheSameCacheAndShowsItsOwnPaths() throws IOException {
        Workspace ws = new Workspace(tmp.resolve("ws"), "laanepulje");
        Path cache = tmp.resolve("cache");
        ws.write("sager/sag.yaml", Workspace.loanCase(Workspace.GOOD_PROJECT));
        ws.edit("laanepulje/kriterier.drl", "kr(parameterTal(\"bruttoanlaegOver\"))", "kr(30000000)");

        Cli.Result fromRoot = runIn(ws.root, cache, "rules", "sager/sag.yaml");
        Cli.Result fromCases = runIn(ws.root.resolve("sager"), cache, "../rules", "sag.yaml");

        assertThat(entries(cache)).hasSize(1);
        for (Cli.Result result : List.of(fromRoot, fromCases)) {
            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.out()).contains("30.000.000 kr. er ikke over 30.000.000 kr.");
        }
        // the rules no case fired are listed with their files as seen from where each run started
        assertThat(fromRoot.out()).contains("\n  - rules/laanepulje/kriterier.drl:");
        assertThat(fromCases.out()).contains("\n  - " + Checker.display(ws.rules.resolve("laanepulje/kriterier.drl"),
                ws.root.resolve("sager")) + ":").doesNotContain("\n  - rules/");
    }

    private static Cli.Result runIn(Path folder, Path cache, String rules, String caseFile) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Invocation there = Invocation.remote(folder, Map.of(), false, null, null,
                (rulesDir, cacheDir, workingDir) -> Checker.load(rulesDir, cacheDir, workingDir));
        int code = Main.execute(new String[] {"test", "--color", "never", "--cache-dir", cache.toString(), "--rules", rules, caseFile},
                new PrintWriter(out), new PrintWriter(err), there);
        return new Cli.Result(code, out.toString(), err.toString());
    }
}
