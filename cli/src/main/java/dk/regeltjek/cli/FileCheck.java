package dk.regeltjek.cli;

import dk.regeltjek.api.Case;
import dk.regeltjek.api.Checker;
import dk.regeltjek.model.Problem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * One case file read and checked: its cases, what checking gave, the problems of the cases (or
 * the file) that could not be checked, and the time it took.
 *
 * @param <R> what checking a file gives: its case results (run, test), or comparisons (compare)
 */
record FileCheck<R>(CaseFile file, List<Case> cases, List<R> results, List<Problem> problems, Duration time) {

    /**
     * Reads the file and checks its cases with {@code check}; a case that cannot be read or checked
     * does not stop the others, and every mistake of the file is kept.
     */
    static <R> FileCheck<R> of(CaseFile file, Checker checker, BiFunction<List<Case>, List<Problem>, List<R>> check) {
        long start = System.nanoTime();
        List<Problem> problems = new ArrayList<>();
        List<Case> cases = file.read(checker, e -> problems.addAll(e.problems()));
        List<R> results = check.apply(cases, problems);
        return new FileCheck<>(file, cases, results, problems, Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * The time of one case: the file's time shared evenly, as the cases of a file are checked
     * together in shared rule sessions and have no time of their own.
     */
    Duration timePerCase() {
        return results.isEmpty() ? time : time.dividedBy(results.size());
    }
}
