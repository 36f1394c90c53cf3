package dk.regeltjek.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.regeltjek.api.Checker;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compiled-rules cache may make a run faster, never different: an edit always takes effect,
 * and an entry this user's process did not write for exactly these rules is never used.
 */
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
        Workspace ws = Workspace.withFixtures(tmp.resolve("ws"));
        Path cache = tmp.resolve("cache");
        Path c = ws.example("tilskud", "alle-kriterier.yaml");
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
        Workspace ws = Workspace.withFixtures(tmp.resolve("ws"));
        Path cache = tmp.resolve("cache");
        Path c = ws.example("tilskud", "alle-kriterier.yaml");
        assertThat(run(ws, cache, c).out()).contains("40 % er mindst 20 %");

        ws.turnT2Round();
        Cli.Result edited = run(ws, cache, c);
        assertThat(edited.exitCode()).isEqualTo(1);
        assertThat(edited.out()).contains("40 % er ikke højst 20 %");
        assertThat(entries(cache)).hasSize(2);

        ws.edit("tilskud/kriterier.drl", "udfald($p).hoejst(\"andel almene boliger\"", "udfald($p).mindst(\"andel almene boliger\"");
        assertThat(run(ws, cache, c).out()).contains("40 % er mindst 20 %");
    }

    @Test
    void aNewRuleFileAfterCachingTakesEffect() {
        Workspace ws = Workspace.withFixtures(tmp.resolve("ws"));
        Path cache = tmp.resolve("cache");
        Path c = ws.example("tilskud", "alle-kriterier.yaml");
        run(ws, cache, c);
        ws.write("rules/tilskud/ekstra.drl", """
                package regeltjek.test.tilskud;
                rule "ny hjælperegel"
                    @id("T-1") @source("Test") @lines("L6") @quote("samlet budget over 2 mio. kr.")
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
        Workspace ws = Workspace.withFixtures(tmp.resolve("ws"));
        Path cache = tmp.resolve("cache");
        Path c = ws.example("tilskud", "alle-kriterier.yaml");
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

    @Test
    void anEntryCopiedUnderAnotherVersionsKeyIsNotUsed() throws IOException {
        Workspace ws = Workspace.withFixtures(tmp.resolve("ws"));
        Path cache = tmp.resolve("cache");
        Path c = ws.example("tilskud", "alle-kriterier.yaml");
        assertThat(run(ws, cache, c).out()).contains("40 % er mindst 20 %");
        Path before = entries(cache).get(0);

        ws.turnT2Round();
        assertThat(run(ws, cache, c).out()).contains("40 % er ikke højst 20 %");
        Path after = entries(cache).stream().filter(e -> !e.equals(before)).findFirst().orElseThrow();
        // the old rules' entry, under the name the edited rules look for
        Files.copy(before, after, StandardCopyOption.REPLACE_EXISTING);

        Cli.Result result = run(ws, cache, c);
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("40 % er ikke højst 20 %");
        assertThat(Files.readAllBytes(after)).as("replaced by the next store").isNotEqualTo(Files.readAllBytes(before));
    }

    @Test
    void anEntryWithOneByteChangedIsNotUsed() throws IOException {
        Workspace ws = Workspace.withFixtures(tmp.resolve("ws"));
        Path cache = tmp.resolve("cache");
        Path c = ws.example("tilskud", "alle-kriterier.yaml");
        Cli.Result expected = run(ws, cache, c);
        Path entry = entries(cache).get(0);
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length / 2] ^= 1;
        Files.write(entry, bytes);

        Cli.Result result = run(ws, cache, c);
        assertThat(result.out()).isEqualTo(expected.out());
        assertThat(result.err()).isEmpty();
        assertThat(Files.readAllBytes(entry)).as("replaced by the next store").isNotEqualTo(bytes);
    }

    @Test
    void aCacheFolderOthersMayWriteInIsNotUsedAndTheUserIsToldOnce() throws IOException {
        Workspace ws = Workspace.withFixtures(tmp.resolve("ws"));
        Path cache = Files.createDirectories(tmp.resolve("shared-cache"));
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path c = ws.example("tilskud", "alle-kriterier.yaml");
        String compiled = Cli.run("run", "--color", "never", "--no-cache", "--rules", ws.rules.toString(), c.toString()).out();

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        Cli.Result first;
        Cli.Result second;
        try {
            first = run(ws, cache, c);
            second = run(ws, cache, c);
        } finally {
            System.setErr(stderr);
        }
        assertThat(first.out()).isEqualTo(compiled);
        assertThat(second.out()).isEqualTo(compiled);
        assertThat(entries(cache)).isEmpty();
        assertThat(log.toString(StandardCharsets.UTF_8).lines().filter(line -> line.contains("WARN"))).singleElement()
                .asString().contains(cache + " is writable by others (rwxrwxrwx)").contains("compiled instead");
    }

    /** The cache is keyed by the rules' content, not by the folder a run starts from (an analyst's `cd`). */
    @Test
    void aRunFromAnotherFolderUsesTheSameCacheAndShowsItsOwnPaths() throws IOException {
        Workspace ws = Workspace.withFixtures(tmp.resolve("ws"));
        Path cache = tmp.resolve("cache");
        // without a year and an amount applied for, T-LOFT does not fire: it is listed as unexercised
        ws.write("sager/sag.yaml", Workspace.grantCase(Workspace.GOOD_PROJECT.replace("      aar: 2025\n      ansoegt: 1000000\n", "")));
        ws.turnT2Round();

        Cli.Result fromRoot = runIn(ws.root, cache, "rules", "sager/sag.yaml");
        Cli.Result fromCases = runIn(ws.root.resolve("sager"), cache, "../rules", "sag.yaml");

        assertThat(entries(cache)).hasSize(1);
        for (Cli.Result result : List.of(fromRoot, fromCases)) {
            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.out()).contains("40 % er ikke højst 20 %");
        }
        // the rules no case fired are listed with their files as seen from where each run started
        assertThat(fromRoot.out()).contains("\n  - rules/tilskud/kriterier.drl:");
        // outside the folder the run started from, so shown in full
        assertThat(fromCases.out()).contains("\n  - " + ws.rules.resolve("tilskud/kriterier.drl").toAbsolutePath().normalize()
                + ":").doesNotContain("\n  - rules/");
    }

    private static Cli.Result runIn(Path folder, Path cache, String rules, String caseFile) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Invocation there = Invocation.remote(folder, Map.of(), false, null, null,
                (rulesDir, shownAs, cacheDir) -> Checker.builder(rulesDir).shownAs(shownAs).cacheDir(cacheDir).build());
        int code = Main.execute(new String[] {"test", "--color", "never", "--cache-dir", cache.toString(), "--rules", rules, caseFile},
                new PrintWriter(out), new PrintWriter(err), there);
        return new Cli.Result(code, out.toString(), err.toString());
    }
}
