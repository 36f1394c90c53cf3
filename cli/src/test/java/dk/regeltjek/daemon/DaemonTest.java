package dk.regeltjek.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.regeltjek.cli.Cli;
import dk.regeltjek.cli.Main;
import dk.regeltjek.cli.Workspace;
import dk.regeltjek.io.PrivateFiles;
import dk.regeltjek.warm.WarmCheckers;
import dk.regeltjek.fixtures.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A daemon started in-process on a temporary socket answers exactly as {@code Main.execute} in
 * this JVM would: the same standard output and error, byte for byte, and the same exit code (also
 * when the client's output is closed); a request whose client has gone is cancelled; and a daemon
 * folder or socket someone else could have made is never used.
 */
class DaemonTest {
    @TempDir
    static Path tmp;

    private static Server server;
    private static Path cache;
    /** The fixture packs and examples, for the tests that only read them. */
    private static Workspace fixtures;
    /** Workspaces below the working directory, so that paths into them can be typed relatively. */
    private static final List<Path> workspaces = new ArrayList<>();

    @BeforeAll
    static void startServer() throws IOException {
        cache = tmp.resolve("cache");
        fixtures = Workspace.withFixtures(tmp.resolve("fixtures"));
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

    /** The request a client working in {@code cwd} would send for this command line. */
    private static Request request(Path cwd, String... args) {
        Map<String, String> env = new HashMap<>();
        for (String name : Protocol.ENV) {
            if (System.getenv(name) != null) {
                env.put(name, System.getenv(name));
            }
        }
        return new Request(Protocol.RUN, args, cwd.toAbsolutePath().toString(), env, System.console() != null,
                System.getProperty("regeltjek.home"), System.getProperty("user.home"));
    }

    /** The command line sent to the daemon as a client working in {@code cwd} would send it. */
    private static Cli.Result remote(Path cwd, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            int code = Client.send(server.socket(), request(cwd, args), out, err);
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

    /** The command line on the fixture packs, with the test's own rule cache. */
    private static String[] onFixtures(String... args) {
        List<String> all = new ArrayList<>(List.of(cached(args)));
        all.addAll(1, List.of("--rules", fixtures.rules.toString()));
        return all.toArray(String[]::new);
    }


    private static String withoutTime(String output) {
        return output.replaceAll("\"createdAt\"( ?): ?\"[^\"]*\"", "\"createdAt\": \"…\"");
    }

    /** The same output byte for byte, except the time a JSON report records it was made. */
    private static void assertSame(Cli.Result daemon, Cli.Result inProcess) {
        assertThat(daemon.err()).isEqualTo(inProcess.err());
        assertThat(withoutTime(daemon.out())).isEqualTo(withoutTime(inProcess.out()));
        assertThat(daemon.exitCode()).isEqualTo(inProcess.exitCode());
    }

    /** A workspace typed relative to the working directory; with a copy of the fixture packs when asked. */
    private static Workspace workspace(boolean withFixtures) throws IOException {
        Path root = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "daemon-ws-");
        workspaces.add(root);
        Path relative = Path.of("target").resolve(root.getFileName());
        if (withFixtures) {
            Fixtures.copyTo(relative);
        }
        return new Workspace(relative);
    }

    @Test
    void runOfTheGrantExamplesIsIdentical() {
        String[] args = onFixtures("run", fixtures.examples.resolve("tilskud").toString());
        Cli.Result inProcess = Cli.run(args);
        assertThat(inProcess.exitCode()).isEqualTo(1);
        assertSame(remote(args), inProcess);
    }

    @Test
    void testOfAllExamplesIsIdentical() {
        String[] args = onFixtures("test", fixtures.examples.toString());
        Cli.Result inProcess = Cli.run(args);
        assertThat(inProcess.exitCode()).as(inProcess.err()).isZero();
        assertSame(remote(args), inProcess);
    }

    @Test
    void jsonOfOneFileIsIdentical() {
        String[] args = onFixtures("run", "--format", "json", fixtures.example("tilskud", "graenser.yaml").toString());
        Cli.Result inProcess = Cli.run(args);
        assertThat(inProcess.out()).contains("\"schemaVersion\"");
        assertSame(remote(args), inProcess);
    }

    @Test
    void badInputGivesTheSameLocatedMessageAndExitCode2() throws IOException {
        Workspace ws = workspace(false);
        Path bad = ws.write("forkert.yaml", "case: En sag med en ufærdig liste.\npack: tilskud\nfacts:\n  Ansoegning: [1, 2\n");
        String[] args = onFixtures("run", bad.toString());
        Cli.Result inProcess = Cli.run(args);
        assertThat(inProcess.exitCode()).isEqualTo(2);
        assertThat(inProcess.err()).containsPattern(bad + ":\\d+:\\d+: ");
        assertSame(remote(args), inProcess);
    }

    @Test
    void relativePathsResolveAgainstTheClientsWorkingDirectoryAndShowAsTyped() throws IOException {
        Workspace ws = workspace(true);
        ws.write("sager/god.yaml", Workspace.grantCase(Workspace.GOOD_PROJECT));
        ws.write("sager/forkert.yaml", Workspace.grantCase("      budget: mange\n"));
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
        Workspace ws = workspace(true);
        Path c = ws.write("sag.yaml", Workspace.grantCase(Workspace.GOOD_PROJECT));
        String[] args = cached("run", "--rules", ws.rules.toString(), c.toString());
        Cli.Result before = remote(args);
        assertThat(before.exitCode()).as(before.err()).isZero();
        assertSame(remote(args), before);

        // same file size and, within one clock tick, the same time: only the content tells
        ws.turnT2Round();

        Cli.Result after = remote(args);
        assertThat(after.exitCode()).isEqualTo(1);
        assertThat(after.out()).isNotEqualTo(before.out()).contains("40 % er ikke højst 20 %");
        assertSame(after, Cli.run(args));
    }

    @Test
    void warmRulesAreReusedOnlyWhileUnchangedAndAnEditRecompilesOnlyItsPack() throws IOException {
        Workspace ws = workspace(true);
        WarmCheckers warm = new WarmCheckers();
        var first = warm.load(ws.rules, ws.rules.toString(), null);
        var grantRule = first.rules("tilskud").get(0);
        var meetingRule = first.rules("udvalg").get(0);
        assertThat(warm.load(ws.rules, ws.rules.toString(), null)).isSameAs(first);

        ws.write("rules/tilskud/pack.yaml", Files.readString(ws.rules.resolve("tilskud/pack.yaml")) + "\n# redigeret\n");
        var edited = warm.load(ws.rules, ws.rules.toString(), null);
        assertThat(edited.packs()).isNotSameAs(first.packs());
        assertThat(edited.rules("tilskud").get(0)).isNotSameAs(grantRule).isEqualTo(grantRule);
        assertThat(edited.rules("udvalg").get(0)).isSameAs(meetingRule);
    }

    @Test
    void twoConcurrentRequestsEachGetTheirOwnOutput() {
        String[] json = onFixtures("run", "--format", "json", fixtures.examples.resolve("tilskud").toString());
        String[] test = onFixtures("test", fixtures.examples.resolve("udvalg").toString());
        Cli.Result jsonInProcess = Cli.run(json);
        Cli.Result testInProcess = Cli.run(test);
        CompletableFuture<Cli.Result> a = CompletableFuture.supplyAsync(() -> remote(json));
        CompletableFuture<Cli.Result> b = CompletableFuture.supplyAsync(() -> remote(test));
        assertSame(a.join(), jsonInProcess);
        assertSame(b.join(), testInProcess);
    }

    @Test
    void watchAndBenchAreLeftToTheClient() {
        for (String[] args : List.of(new String[] {"run", "--watch", fixtures.examples.toString()}, new String[] {"bench"})) {
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

    /** Standard output whose reader has gone, as after {@code | head -1}: every write fails. */
    private static final OutputStream CLOSED_PIPE = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("Broken pipe");
        }
    };

    @Test
    void aClosedStandardOutputGivesTheExitCodeOfAnInProcessRun() throws IOException {
        String[] args = cached("run", "examples/");
        StringWriter inProcessErr = new StringWriter();
        int inProcess = Main.execute(args, new PrintWriter(new OutputStreamWriter(CLOSED_PIPE, StandardCharsets.UTF_8)),
                new PrintWriter(inProcessErr));
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int daemon = Client.send(server.socket(), request(Path.of(""), args), CLOSED_PIPE, err);

        assertThat(inProcess).isEqualTo(1);
        assertThat(daemon).isEqualTo(inProcess);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(inProcessErr.toString());
    }

    /** A server of its own, in a fresh private folder, running command lines with {@code runner}. */
    private static Server serverWith(CommandRunner runner, OutputStream log) throws IOException {
        Path dir = Files.createTempDirectory(tmp, "daemon-"); // rwx------
        return Server.start(dir.resolve("test.sock"), Duration.ofHours(1), new PrintStream(log, true, StandardCharsets.UTF_8),
                runner, PrivateFiles.OF_THIS_USER);
    }

    /** Stands in for a long rule firing: spins until its thread is interrupted. */
    private static CommandRunner spinningUntilInterrupted(CountDownLatch started, CountDownLatch ended) {
        return (args, out, err, invocation) -> {
            started.countDown();
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.onSpinWait();
                }
                return 1;
            } finally {
                ended.countDown();
            }
        };
    }

    @Test
    void aClientThatGoesAwayHasItsRequestCancelledAndItsThreadFreed() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch ended = new CountDownLatch(1);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (Server own = serverWith(spinningUntilInterrupted(started, ended), log)) {
            try (SocketChannel client = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                client.connect(UnixDomainSocketAddress.of(own.socket()));
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                request(Path.of(""), "run", "examples/").write(new DataOutputStream(bytes));
                client.write(ByteBuffer.wrap(bytes.toByteArray()));
                assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            } // as when Ctrl-C ends the client: its end of the connection closes

            assertThat(ended.await(10, TimeUnit.SECONDS)).as("the request's thread was interrupted").isTrue();
            for (int i = 0; i < 100 && own.active() > 0; i++) {
                Thread.sleep(50);
            }
            assertThat(own.active()).isZero();
            assertThat(log.toString(StandardCharsets.UTF_8))
                    .contains("run: client gone (it closed the connection); request cancelled")
                    .contains("run: cancelled request ended after");
        }
    }

    @Test
    void aFailedWriteToTheClientCancelsOnceAndLaterFramesFailAtOnce() throws IOException {
        AtomicInteger writes = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        Frames frames = new Frames(new WritableByteChannel() {
            @Override
            public int write(ByteBuffer src) throws IOException {
                writes.incrementAndGet();
                throw new IOException("Broken pipe");
            }

            @Override
            public boolean isOpen() {
                return true;
            }

            @Override
            public void close() {
            }
        }, failures::incrementAndGet);
        OutputStream stdout = frames.stream(Protocol.STDOUT);
        assertThatThrownBy(() -> stdout.write(new byte[] {'x'})).hasMessage("Broken pipe");
        assertThatThrownBy(() -> stdout.write(new byte[] {'y'})).isInstanceOf(IOException.class);
        assertThat(writes).hasValue(1);
        assertThat(failures).hasValue(1);
    }

    @Test
    void aRequestThatFinishedIsNeverInterrupted() {
        Thread worker = new Thread(() -> { });
        List<String> log = new ArrayList<>();
        Cancellation cancellation = new Cancellation(worker, "run", log::add);
        assertThat(cancellation.finish()).isFalse();
        cancellation.clientGone("it closed the connection");
        assertThat(worker.isInterrupted()).isFalse();
        assertThat(log).isEmpty();
    }

    @Test
    void theSocketIsForItsOwnerOnly() throws IOException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(server.socket()))).isEqualTo("rw-------");
    }

    @Test
    void aDaemonFolderOthersMayEnterIsNeitherServedNorAsked() throws IOException {
        List<String[]> ran = new ArrayList<>();
        try (Server own = serverWith((args, out, err, invocation) -> {
            ran.add(args);
            return 0;
        }, OutputStream.nullOutputStream())) {
            Path dir = own.socket().getParent();
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));

            assertThatThrownBy(() -> Client.send(own.socket(), request(Path.of(""), "packs"), OutputStream.nullOutputStream(),
                    OutputStream.nullOutputStream())).isInstanceOfSatisfying(Client.Unavailable.class, e -> {
                        assertThat(e.untrusted).isTrue();
                        assertThat(e.noDaemon).isFalse();
                        assertThat(e).hasMessage(dir + " is open to others (rwxr-xr-x)");
                    });
            assertThat(ran).isEmpty();
            assertThatThrownBy(() -> Server.start(dir.resolve("other.sock"), Duration.ofHours(1),
                    new PrintStream(OutputStream.nullOutputStream()))).isInstanceOf(DaemonFiles.Untrusted.class);
            assertThat(dir.resolve("other.sock")).doesNotExist();
        }
    }

    @Test
    void aSocketOfAnotherUserIsNotAsked() {
        Path socket = server.socket();
        PrivateFiles someoneElsesSocket = new PrivateFiles((path, owner) -> !path.equals(socket));
        assertThatThrownBy(() -> Client.send(socket, request(Path.of(""), "packs"), OutputStream.nullOutputStream(),
                OutputStream.nullOutputStream(), someoneElsesSocket))
                .isInstanceOfSatisfying(Client.Unavailable.class, e -> assertThat(e.untrusted).isTrue())
                .hasMessageContaining(socket + " belongs to ");
    }

    @Test
    void aDaemonFolderIsMadePrivateAndOneOpenToOthersIsRefusedNotRepaired() throws IOException {
        DaemonFiles fresh = new DaemonFiles(tmp.resolve("xdg/regeltjek/daemon"), "build-test");
        fresh.createDir(PrivateFiles.OF_THIS_USER);
        for (Path dir : List.of(fresh.dir, fresh.dir.getParent(), fresh.dir.getParent().getParent())) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).as(dir.toString()).isEqualTo("rwx------");
        }

        Path open = Files.createDirectories(tmp.resolve("open/daemon"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxr-x"));
        assertThatThrownBy(() -> new DaemonFiles(open, "build-test").createDir(PrivateFiles.OF_THIS_USER))
                .isInstanceOf(DaemonFiles.Untrusted.class).hasMessageContaining("open to others (rwxrwxr-x)");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(open))).isEqualTo("rwxrwxr-x");

        assertThatThrownBy(() -> fresh.createDir(new PrivateFiles((path, owner) -> false)))
                .isInstanceOf(DaemonFiles.Untrusted.class).hasMessageContaining("not to you");
    }

    @Test
    void idleTimesAreReadAsPeopleWriteThem() {
        assertThat(IdleTimeout.parse(null)).isEqualTo(Duration.ofHours(3));
        assertThat(IdleTimeout.parse("90m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(IdleTimeout.parse("600")).isEqualTo(Duration.ofSeconds(600));
        assertThat(IdleTimeout.parse("soon")).isEqualTo(IdleTimeout.DEFAULT);
    }
}
