package dk.regeltjek.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Does the work for each file on several threads and hands the results over in file order, on
 * the calling thread, so output is the same whatever the thread count. At most a few files per
 * thread are in flight: memory does not grow with the number of files. (The same scheme as
 * {@code api.Batch}, which cannot yet say what each file's check took or which cases it left out.)
 */
final class InFileOrder {
    private static final int FILES_IN_FLIGHT_PER_THREAD = 4;

    private InFileOrder() {
    }

    static <I, O> void forEach(List<I> files, int threads, Function<I, O> work, Consumer<O> sink) throws InterruptedException {
        forEach((Iterable<I>) files, threads, work, sink);
    }

    /**
     * As above, for files (or pieces of bulk files) that are made as they are asked for, on the
     * calling thread: two per thread in flight, as a piece read ahead is held until its turn.
     */
    static <I, O> void forEach(Iterable<I> files, int threads, Function<I, O> work, Consumer<O> sink) throws InterruptedException {
        forEach(files, threads, files instanceof List<?> ? FILES_IN_FLIGHT_PER_THREAD : PIECES_IN_FLIGHT_PER_THREAD, work, sink);
    }

    private static final int PIECES_IN_FLIGHT_PER_THREAD = 2;

    private static <I, O> void forEach(Iterable<I> files, int threads, int perThread, Function<I, O> work, Consumer<O> sink)
            throws InterruptedException {
        if (threads <= 1 || files instanceof List<?> list && list.size() <= 1) {
            files.forEach(file -> sink.accept(work.apply(file)));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "regeltjek-check");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<O>> inFlight = new ArrayDeque<>();
            for (I file : files) {
                inFlight.add(pool.submit(() -> work.apply(file)));
                if (inFlight.size() >= threads * perThread) {
                    sink.accept(take(inFlight));
                }
            }
            while (!inFlight.isEmpty()) {
                sink.accept(take(inFlight));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <O> O take(Deque<Future<O>> inFlight) throws InterruptedException {
        try {
            return inFlight.poll().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
