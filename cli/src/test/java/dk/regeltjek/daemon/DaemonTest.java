package dk.regeltjek.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.regeltjek.cli.Cli;
import dk.regeltjek.cli.Workspace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A daemon started in-process on a temporary socket answers exactly as {@code Main.execute} in
 * this JVM would: the same standard output and error, byte for byte, and the same exit code.
 */
class DaemonTest {
    @TempDir
    static Path tmp;

    private static Server server;
    private static Path cache;
    /** Workspaces below the working directory, so that paths into them can be typed relatively. */
    private static final List<Path> workspaces = new ArrayList<>();

    @BeforeAll
    static void startServer() throws IOException {
        cache = tmp.resolve("cache");
        server = Server.start(tmp.resolve("test.sock"), Duration.ofHours(1), new PrintStream(OutputStream.nullOutputStream()));
    }

    @AfterAll
    static void stopServer() throws IOException {
        server.close();
        assertThat(server.socket()).doesNotExist();
        for (Path ws : workspaces) {
            try (Stream<Path> files = Files.walk(ws)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** The command line sent to the daemon as a client working in {@code cwd} would send it. */
    private static Cli.Result remote(Path cwd, String... args) {
        Map<String, String> env = new HashMap<>();
        for (String name : Protocol.ENV) {
            if (System.getenv(name) != null) {
                env.put(name, System.getenv(name));
            }
        }
        Request request = new Request(Protocol.RUN, args, cwd.toAbsolutePath().toString(), env, System.console() != null,
                System.getProperty("regeltjek.home"), System.getProperty("user.home"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            int code = Client.send(server.socket(), request, out, err);
            return new Cli.Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Cli.Result remote(String... args) {
        return remote(Path.of(""), args);
    }

    /** The command line with the test's own rule cache (never the user's). */
    private static String[] cached(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add(1, "--cache-dir=" + cache);
        return all.toArray(String[]::new);
    }

    private static void assertSame(Cli.Result daemon, Cli.Result inProcess) {
        assertThat(daemon.err()).isEqualTo(inProcess.err());
        assertThat(daemon.out()).isEqualTo(inProcess.out());
        assertThat(daemon.exitCode()).isEqualTo(inProcess.exitCode());
    }

    private static Workspace workspace(String... packs) throws IOException {
        Path root = Files.createTempDirectory(Path.of("target"), "daemon-ws-");
        workspaces.add(root);
        return new Workspace(Path.of("target").resolve(root.getFileName()), packs);
    }

    @Test
    void runOfTheLoanPoolExamplesIsIdentical() {
        String[] args = cached("run", "examples/laanepulje");
        Cli.Result inProcess = Cli.run(args);
        assertThat(inProcess.exitCode()).isEqualTo(1);
        assertSame(remote(args), inProcess);
    }

    @Test
    void testOfAllExamplesIsIdentical() {
        String[] args = cached("test", "examples/");
        Cli.Result inProcess = Cli.run(args);
        assertThat(inProcess.exitCode()).as(inProcess.err()).isZero();
        assertSame(remote(args), inProcess);
    }

    @Test
    void jsonOfOneFileIsIdentical() {
        String[] args = cached("run", "--format", "json", "examples/laanepulje/graense-20-mio-praecis.yaml");
        Cli.Result inProcess = Cli.run(args);
        assertThat(inProcess.out()).contains("\"schemaVersion\"");
        assertSame(remote(args), inProcess);
    }

    @Test
    void badInputGivesTheSameLocatedMessageAndExitCode2() throws IOException {
        Workspace ws = workspace();
        Path bad = ws.write("forkert.yaml", "case: En sag med en ukendt pakke.\npack: laanepulje\nfacts:\n  Ansoegning: [1, 2\n");
        String[] args = cached("run", bad.toString());
        Cli.Result inProcess = Cli.run(args);
        assertThat(inProcess.exitCode()).isEqualTo(2);
        assertThat(inProcess.err()).containsPattern(bad + ":\\d+:\\d+: ");
        assertSame(remote(args), inProcess);
    }

    @Test
    void relativePathsResolveAgainstTheClientsWorkingDirectoryAndShowAsTyped() throws IOException {
        Workspace ws = workspace("laanepulje");
        ws.write("sager/god.yaml", Workspace.loanCase(Workspace.GOOD_PROJECT));
        ws.write("sager/forkert.yaml", Workspace.loanCase("      grundlag: SEL107\n      nyePladser2025: mange\n"));
        String prefix = ws.root + "/";
        // in-process from here, typing the paths into the workspace; the client types them from inside it
        Cli.Result inProcess = Cli.run(cached("run", "--rules", prefix + "rules", prefix + "sager"));
        Cli.Result daemon = remote(ws.root, cached("run", "sager"));
        assertThat(inProcess.exitCode()).isEqualTo(2);
        assertThat(inProcess.err()).contains(prefix + "sager/forkert.yaml:");
        assertSame(daemon, new Cli.Result(inProcess.exitCode(), inProcess.out().replace(prefix, ""),
                inProcess.err().replace(prefix, "")));
    }

    @Test
    void aRuleEditBetweenTwoRequestsTakesEffect() throws IOException {
        Workspace ws = workspace("laanepulje");
        Path c = ws.write("sag.yaml", Workspace.loanCase(Workspace.GOOD_PROJECT));
        String[] args = cached("run", "--rules", ws.rules.toString(), c.toString());
        Cli.Result before = remote(args);
        assertThat(before.exitCode()).as(before.err()).isZero();
        assertSame(remote(args), before);

        // same file size and, within one clock tick, the same time: only the content tells
        ws.edit("laanepulje/kriterier.drl", "kr(parameterTal(\"bruttoanlaegOver\"))", "kr(30000000)");

        Cli.Result after = remote(args);
        assertThat(after.exitCode()).isEqualTo(1);
        assertThat(after.out()).isNotEqualTo(before.out()).contains("er ikke over 30.000.000 kr.");
        assertSame(after, Cli.run(args));
    }

    @Test
    void warmRulesAreReusedOnlyWhileUnchangedAndAnEditRecompilesOnlyItsPack() throws IOException {
        Workspace ws = workspace("laanepulje", "screening");
        WarmCheckers warm = new WarmCheckers();
        Path cwd = Path.of("").toAbsolutePath();
        var first = warm.load(ws.rules, null, cwd);
        var loanRule = first.rules("laanepulje").get(0);
        var screeningRule = first.rules("screening").get(0);
        assertThat(warm.load(ws.rules, null, cwd).packs()).isSameAs(first.packs());

        ws.write("rules/laanepulje/pack.yaml", Files.readString(ws.rules.resolve("laanepulje/pack.yaml")) + "\n# redigeret\n");
        var edited = warm.load(ws.rules, null, cwd);
        assertThat(edited.packs()).isNotSameAs(first.packs());
        assertThat(edited.rules("laanepulje").get(0)).isNotSameAs(loanRule).isEqualTo(loanRule);
        assertThat(edited.rules("screening").get(0)).isSameAs(screeningRule);
    }

    @Test
    void twoConcurrentRequestsEachGetTheirOwnOutput() {
        String[] json = cached("run", "--format", "json", "examples/laanepulje");
        String[] test = cached("test", "examples/oresund");
        Cli.Result jsonInProcess = Cli.run(json);
        Cli.Result testInProcess = Cli.run(test);
        CompletableFuture<Cli.Result> a = CompletableFuture.supplyAsync(() -> remote(json));
        CompletableFuture<Cli.Result> b = CompletableFuture.supplyAsync(() -> remote(test));
        assertSame(a.join(), jsonInProcess);
        assertSame(b.join(), testInProcess);
    }

    @Test
    void watchAndBenchAreLeftToTheClient() {
        for (String[] args : List.of(new String[] {"run", "--watch", "examples/laanepulje"}, new String[] {"bench"})) {
            Request request = new Request(Protocol.RUN, args, Path.of("").toAbsolutePath().toString(), Map.of(), false, null,
                    System.getProperty("user.home"));
            assertThatThrownBy(() -> Client.send(server.socket(), request, OutputStream.nullOutputStream(),
                    OutputStream.nullOutputStream())).isInstanceOf(Client.Unavailable.class);
        }
    }

    @Test
    void noDaemonMeansTheClientRunsTheCommandItself() {
        Request request = new Request(Protocol.RUN, new String[] {"packs"}, "/", Map.of(), false, null, "/");
        assertThatThrownBy(() -> Client.send(tmp.resolve("none.sock"), request, OutputStream.nullOutputStream(),
                OutputStream.nullOutputStream())).isInstanceOfSatisfying(Client.Unavailable.class, e -> assertThat(e.noDaemon).isTrue());
    }

    @Test
    void idleTimesAreReadAsPeopleWriteThem() {
        assertThat(IdleTimeout.parse(null)).isEqualTo(Duration.ofHours(3));
        assertThat(IdleTimeout.parse("90m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(IdleTimeout.parse("600")).isEqualTo(Duration.ofSeconds(600));
        assertThat(IdleTimeout.parse("soon")).isEqualTo(IdleTimeout.DEFAULT);
    }
}
