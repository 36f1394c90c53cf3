package dk.regeltjek.api;

import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.Problem;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Checks many case files on several threads and hands the results over in file order, so output
 * is the same whatever the thread count. At most a few files per thread are in flight: memory does
 * not grow with the number of cases.
 */
public final class Batch {
    private static final int FILES_IN_FLIGHT_PER_THREAD = 4;

    /** What one case file gave: a result per case, and the problems of cases (or the file) that could not be checked. */
    public record FileResult(Path file, List<CaseResult> results, List<Problem> problems) {
    }

    private Batch() {
    }

    /**
     * @param scenario null to check each case under the scenario it names
     * @param sink     called on the calling thread, once per file, in the order of {@code files}
     */
    public static void run(Checker checker, List<Path> files, String scenario, int threads, Consumer<FileResult> sink)
            throws InterruptedException {
        inOrder(files, threads, file -> check(checker, file, scenario), sink);
    }

    /**
     * Does {@code work} for each item on {@code threads} threads and hands the results to
     * {@code sink} on the calling thread, in the items' order — for work on files other than
     * {@link #check} (e.g. timing each file, or reading before checking).
     */
    public static <I, O> void inOrder(List<I> items, int threads, Function<I, O> work, Consumer<O> sink)
            throws InterruptedException {
        if (threads <= 1 || items.size() <= 1) {
            items.forEach(item -> sink.accept(work.apply(item)));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "regeltjek-check");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<O>> inFlight = new ArrayDeque<>();
            for (I item : items) {
                inFlight.add(pool.submit(() -> work.apply(item)));
                if (inFlight.size() >= threads * FILES_IN_FLIGHT_PER_THREAD) {
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

    /**
     * Reads and checks one file; a case that cannot be read or checked does not stop the others, so
     * a run reports every mistake of every file at once.
     */
    public static FileResult check(Checker checker, Path file, String scenario) {
        List<Problem> problems = new ArrayList<>();
        List<Case> cases = checker.read(file, Paths.shown(file), e -> problems.addAll(e.problems()));
        List<CaseResult> results = new ArrayList<>(checker.checkAll(cases, scenario, e -> problems.addAll(e.problems())));
        return new FileResult(file, results, problems);
    }
}
