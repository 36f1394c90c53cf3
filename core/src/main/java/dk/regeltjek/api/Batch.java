package dk.regeltjek.api;

import dk.regeltjek.facts.BulkReader;
import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.Problem;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Checks many case files on several threads and hands the results over in file order, so output
 * is the same whatever the thread count. At most a few files per thread are in flight: memory does
 * not grow with the number of cases.
 */
public final class Batch {
    private static final int FILES_IN_FLIGHT_PER_THREAD = 4;
    private static final int PIECES_IN_FLIGHT_PER_THREAD = 2;

    /** What one case file gave: a result per case, and the problems of cases (or the file) that could not be checked. */
    public record FileResult(Path file, List<CaseResult> results, List<Problem> problems) {
    }

    private Batch() {
    }

    /** Cases of a bulk file checked together, and handed over as one {@link FileResult}. */
    static final int BULK_PIECE = 128;

    /**
     * @param scenario null to check each case under the scenario it names
     * @param sink     called on the calling thread, in the order of {@code files}: once per file, and
     *                 for a bulk file ({@code .jsonl}, {@code .csv}) once per piece of
     *                 {@value #BULK_PIECE} cases, read as the pieces before it are checked (constant memory)
     */
    public static void run(Checker checker, List<Path> files, String scenario, int threads, Consumer<FileResult> sink)
            throws InterruptedException {
        // a piece of a bulk file read ahead is held until its turn: fewer in flight when there are any
        int perThread = files.stream().anyMatch(BulkReader::isBulk) ? PIECES_IN_FLIGHT_PER_THREAD : FILES_IN_FLIGHT_PER_THREAD;
        inOrder(() -> work(checker, files, scenario), threads, perThread, Batch::call, sink);
    }

    /**
     * Does {@code work} for each item on {@code threads} threads and hands the results to
     * {@code sink} on the calling thread, in the items' order — for work on files other than
     * {@link #check} (e.g. timing each file). Items of an {@code Iterable} that is not a list are
     * taken as they are asked for, on the calling thread (pieces of a bulk file read as needed).
     */
    public static <I, O> void inOrder(Iterable<I> items, int threads, Function<I, O> work, Consumer<O> sink)
            throws InterruptedException {
        inOrder(items, threads, items instanceof List<?> ? FILES_IN_FLIGHT_PER_THREAD : PIECES_IN_FLIGHT_PER_THREAD, work, sink);
    }

    private static <I, O> void inOrder(Iterable<I> items, int threads, int perThread, Function<I, O> work, Consumer<O> sink)
            throws InterruptedException {
        if (threads <= 1 || items instanceof List<?> list && list.size() <= 1) {
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

    private static FileResult call(Callable<FileResult> task) {
        try {
            return task.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The checks to make, in order: a file, or a piece of a bulk file — read here, on the calling
     * thread, when the check is asked for, so no more of the file is held than the checks in flight.
     */
    private static Iterator<Callable<FileResult>> work(Checker checker, List<Path> files, String scenario) {
        return new Iterator<>() {
            private int next;
            private Path bulkFile;
            private Iterator<Case> bulk;
            private Stream<Case> bulkStream;
            private List<Problem> bulkProblems = new ArrayList<>();

            @Override
            public boolean hasNext() {
                if (bulk != null && bulk.hasNext()) {
                    return true;
                }
                if (bulk != null && !bulkProblems.isEmpty()) {
                    return true; // the problems read after the last piece
                }
                closeBulk();
                return next < files.size();
            }

            @Override
            public Callable<FileResult> next() {
                if (bulk != null) {
                    List<Case> piece = new ArrayList<>(BULK_PIECE);
                    while (piece.size() < BULK_PIECE && bulk.hasNext()) {
                        piece.add(bulk.next());
                    }
                    List<Problem> problems = bulkProblems;
                    bulkProblems = new ArrayList<>();
                    Path file = bulkFile;
                    return () -> checked(checker, file, piece, problems, scenario);
                }
                Path file = files.get(next++);
                if (!BulkReader.isBulk(file)) {
                    return () -> check(checker, file, scenario);
                }
                bulkFile = file;
                bulkStream = checker.cases(file, Paths.shown(file), e -> bulkProblems.addAll(e.problems()));
                bulk = bulkStream.iterator();
                return next();
            }

            private void closeBulk() {
                if (bulkStream != null) {
                    bulkStream.close();
                }
                bulk = null;
                bulkStream = null;
            }
        };
    }

    private static FileResult checked(Checker checker, Path file, List<Case> cases, List<Problem> problems, String scenario) {
        List<Problem> all = new ArrayList<>(problems);
        List<CaseResult> results = new ArrayList<>(checker.checkAll(cases, scenario, e -> all.addAll(e.problems())));
        return new FileResult(file, results, all);
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
        return checked(checker, file, cases, problems, scenario);
    }
}
