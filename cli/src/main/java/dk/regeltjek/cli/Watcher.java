package dk.regeltjek.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import dk.regeltjek.report.ExitCode;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * {@code --watch}: runs the command, then again after every change below the watched folders
 * (rules and cases), in the same warm JVM, until interrupted. Changes closer than the debounce
 * interval are taken as one edit (editors write files in several steps).
 */
final class Watcher {
    private static final long DEBOUNCE_MILLIS = 200;

    private Watcher() {
    }

    static ExitCode watch(List<Path> roots, PrintWriter err, Supplier<ExitCode> run) {
        try (WatchService service = FileSystems.getDefault().newWatchService()) {
            for (Path root : roots) {
                register(service, Files.isDirectory(root) ? root : root.toAbsolutePath().getParent());
            }
            ExitCode code = run.get();
            while (!Thread.currentThread().isInterrupted()) {
                err.println("regeltjek: venter på ændringer i " + roots + " (Ctrl-C stopper)");
                err.flush();
                WatchKey key = service.take();
                Path changed = drain(service, key);
                err.println("regeltjek: " + changed + " er ændret; kører igen");
                err.flush();
                code = run.get();
            }
            return code;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.OK;
        } catch (IOException e) {
            err.println("error: cannot watch " + roots + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
    }

    /** Takes every event until the folders have been quiet for the debounce interval; returns one changed path. */
    private static Path drain(WatchService service, WatchKey first) throws InterruptedException, IOException {
        Path changed = null;
        WatchKey key = first;
        while (key != null) {
            Path dir = (Path) key.watchable();
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.context() instanceof Path name) {
                    Path path = dir.resolve(name);
                    changed = changed == null ? path : changed;
                    if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                        register(service, path);
                    }
                }
            }
            key.reset();
            key = service.poll(DEBOUNCE_MILLIS, TimeUnit.MILLISECONDS);
        }
        return changed;
    }

    private static void register(WatchService service, Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }
}
