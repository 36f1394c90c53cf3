package dk.regeltjek.daemon;

import dk.regeltjek.cli.Invocation;
import dk.regeltjek.cli.Main;
import dk.regeltjek.io.PrivateFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The daemon process ({@code java -cp regeltjek-cli.jar dk.regeltjek.daemon.DaemonMain SOCKET}),
 * started in the background by the {@link Client}. It holds a lock beside the socket for its whole
 * life, so two clients starting one at the same moment end up with one daemon. It exits after the
 * idle time, on {@code daemon stop}, or when its jar is rebuilt (a new build gets its own daemon).
 */
public final class DaemonMain {
    private DaemonMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: DaemonMain SOCKET");
            System.exit(2);
        }
        Path socket = Path.of(args[0]).toAbsolutePath();
        DaemonFiles files = new DaemonFiles(socket.getParent(), socket.getFileName().toString().replaceFirst("\\.sock$", ""));
        try {
            files.createDir(PrivateFiles.OF_THIS_USER);
        } catch (DaemonFiles.Untrusted e) {
            System.err.println("regeltjek daemon: not serving, as " + e.getMessage());
            System.exit(1);
        }
        try (FileChannel lockFile = FileChannel.open(files.lock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = lockFile.tryLock()) {
            if (lock == null) {
                System.err.println("regeltjek daemon: another daemon owns " + socket + "; exiting");
                return;
            }
            pruneOtherBuilds(files);
            Duration idle = IdleTimeout.parse(System.getenv("REGELTJEK_DAEMON_IDLE"));
            Server server = Server.start(socket, idle, System.err);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "regeltjek-daemon-shutdown"));
            server.log("started: pid " + ProcessHandle.current().pid() + ", socket " + socket + ", idle " + IdleTimeout.format(idle));
            watch(server);
            warmUp(server);
            server.awaitClose();
            for (int i = 0; i < 600 && server.active() > 0; i++) {
                Thread.sleep(100); // let running requests finish
            }
            server.log("stopped");
        }
        System.exit(0);
    }

    /**
     * Removes the log and lock files that daemons of other builds left over a week ago (every
     * rebuild gets a new build id): those daemons stopped long since, their sockets are gone.
     */
    private static void pruneOtherBuilds(DaemonFiles files) {
        long weekAgo = System.currentTimeMillis() - Duration.ofDays(7).toMillis();
        try (Stream<Path> entries = Files.list(files.dir)) {
            for (Path file : entries.toList()) {
                String name = file.getFileName().toString();
                if (!name.startsWith(files.build + ".") && (name.endsWith(".log") || name.endsWith(".lock"))
                        && Files.getLastModifiedTime(file).toMillis() < weekAgo
                        && !Files.exists(files.dir.resolve(name.substring(0, name.lastIndexOf('.')) + ".sock"))) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("regeltjek daemon: cannot tidy " + files.dir + ": " + e);
        }
    }

    /** Closes the server after the idle time, or once the jar it runs from has been rebuilt. */
    private static void watch(Server server) {
        Path code = DaemonFiles.code();
        String build = DaemonFiles.buildId();
        long every = Math.max(1_000, Math.min(60_000, server.idle().toMillis() / 10));
        Thread watcher = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(every);
                } catch (InterruptedException e) {
                    return;
                }
                if (server.idleTooLong()) {
                    server.log("idle for " + IdleTimeout.format(server.idle()) + "; stopping");
                    server.close();
                    return;
                }
                if (!build.equals(DaemonFiles.buildId())) {
                    server.log(code + " has changed; stopping (the next run starts a daemon of the new build)");
                    server.close();
                    return;
                }
            }
        }, "regeltjek-daemon-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    /**
     * Runs the bundled examples a few times, output discarded, so the first real request finds
     * the JIT warm and the bundled rules loaded (from the disk cache when they are unchanged).
     */
    private static void warmUp(Server server) {
        String home = System.getProperty("regeltjek.home");
        if (home == null || !Files.isDirectory(Path.of(home, "examples"))) {
            return;
        }
        server.warmingUp(true);
        Thread warm = new Thread(() -> {
            Map<String, String> env = new HashMap<>();
            for (String name : Protocol.ENV) {
                String value = System.getenv(name);
                if (value != null) {
                    env.put(name, value);
                }
            }
            Invocation invocation = Invocation.remote(Path.of(home), env, false, home, System.getProperty("user.home"),
                    server.checkers());
            PrintWriter discard = new PrintWriter(OutputStream.nullOutputStream());
            try {
                for (int i = 0; i < 3; i++) {
                    Main.execute(new String[] {"run", "--explain", "summary", "examples"}, discard, discard, invocation);
                }
            } finally {
                server.warmingUp(false);
            }
            server.log("warmed up");
        }, "regeltjek-daemon-warm-up");
        warm.setDaemon(true);
        warm.setPriority(Thread.MIN_PRIORITY);
        warm.start();
    }
}
