package dk.regeltjek.daemon;

import dk.regeltjek.cli.Main;
import dk.regeltjek.io.PrivateFiles;
import dk.regeltjek.warm.WarmCheckers;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The warm daemon: listens on a Unix domain socket and runs each request on its own thread with
 * the client's working directory, environment and console ({@link Session}). Loaded rules stay
 * warm between requests ({@link WarmCheckers}). {@link DaemonMain} runs it as a background process.
 */
public final class Server implements AutoCloseable {
    static final String WARMING_UP = "warming up";

    private final Path socket;
    private final ServerSocketChannel listener;
    private final CommandRunner runner;
    private final WarmCheckers checkers = new WarmCheckers();
    private final Duration idle;
    private final PrintStream log;
    private final Instant started = Instant.now();
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicLong served = new AtomicLong();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile long lastRequestNanos = System.nanoTime();
    private volatile boolean warmingUp;

    private Server(Path socket, ServerSocketChannel listener, CommandRunner runner, Duration idle, PrintStream log) {
        this.socket = socket;
        this.listener = listener;
        this.runner = runner;
        this.idle = idle;
        this.log = log;
    }

    /**
     * Listens on {@code socket} (an existing file there is taken to be stale and replaced: the
     * caller makes sure no other server owns it) and serves requests on background threads.
     *
     * @throws DaemonFiles.Untrusted when the socket's folder is someone else's or open to others
     */
    public static Server start(Path socket, Duration idle, PrintStream log) throws IOException {
        return start(socket, idle, log, Main::execute, PrivateFiles.OF_THIS_USER);
    }

    /** As {@link #start(Path, Duration, PrintStream)}, running command lines with {@code runner}. */
    static Server start(Path socket, Duration idle, PrintStream log, CommandRunner runner, PrivateFiles trust)
            throws IOException {
        String problem = trust.problemIfOthersCanUse(socket.getParent());
        if (problem != null) {
            throw new DaemonFiles.Untrusted(problem);
        }
        Files.deleteIfExists(socket);
        ServerSocketChannel listener = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        listener.bind(UnixDomainSocketAddress.of(socket));
        ownerOnly(socket);
        Server server = new Server(socket, listener, runner, idle, log);
        Thread accept = new Thread(server::accept, "regeltjek-daemon-accept");
        accept.setDaemon(true);
        accept.start();
        return server;
    }

    /** Only the owner may connect (the folder already keeps others out; this holds if it is ever opened). */
    private static void ownerOnly(Path socket) throws IOException {
        try {
            Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // no POSIX modes here: the folder's owner check is what there is
        }
    }

    private void accept() {
        try {
            while (listener.isOpen()) {
                SocketChannel channel = listener.accept();
                lastRequestNanos = System.nanoTime();
                active.incrementAndGet();
                Thread worker = new Thread(() -> {
                    try {
                        new Session(this, channel, runner).run();
                    } finally {
                        lastRequestNanos = System.nanoTime();
                        active.decrementAndGet();
                    }
                }, "regeltjek-daemon-request");
                worker.setDaemon(true);
                worker.start();
            }
        } catch (ClosedChannelException e) {
            // closed: stopping
        } catch (IOException e) {
            log("cannot accept connections: " + e);
            close();
        }
    }

    /** While true, status says "warming up" (and {@code daemon start} waits). */
    void warmingUp(boolean warmingUp) {
        this.warmingUp = warmingUp;
    }

    WarmCheckers checkers() {
        return checkers;
    }

    public Path socket() {
        return socket;
    }

    /** True when no request is running and none came for the idle time. */
    boolean idleTooLong() {
        return active.get() == 0 && System.nanoTime() - lastRequestNanos > idle.toNanos();
    }

    Duration idle() {
        return idle;
    }

    /** Counts a command line run (status and stop requests do not count). */
    void served() {
        served.incrementAndGet();
    }

    /** Requests still running (a stopping daemon lets them finish). */
    int active() {
        return active.get();
    }

    String status() {
        Duration up = Duration.between(started, Instant.now());
        return "regeltjek daemon: " + (warmingUp ? WARMING_UP : "running") + " (pid " + ProcessHandle.current().pid() + ", up " + IdleTimeout.uptime(up)
                + ", " + served.get() + " commands run, " + checkers.size() + " rule sets warm, Java " + Runtime.version()
                + ", max heap " + Runtime.getRuntime().maxMemory() / 1024 / 1024 + " MiB)\n"
                + "  socket: " + socket + "\n"
                + "  stops after " + IdleTimeout.format(idle) + " without requests (REGELTJEK_DAEMON_IDLE), "
                + "or with: regeltjek daemon stop\n";
    }

    void log(String message) {
        log.println(Instant.now() + " " + message);
    }

    /** Stops accepting requests and removes the socket; running requests finish. */
    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            log("closing the socket: " + e);
        }
        try {
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            log("removing " + socket + ": " + e);
        }
        closed.countDown();
    }

    /** Waits until {@link #close()} (idle, stop request, or a new build). */
    void awaitClose() throws InterruptedException {
        closed.await();
    }
}
