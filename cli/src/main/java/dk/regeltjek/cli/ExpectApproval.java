package dk.regeltjek.cli;

import dk.regeltjek.model.CaseResult;
import dk.regeltjek.report.Danish;
import dk.regeltjek.report.ExitCode;
import dk.regeltjek.testing.ExpectUpdate;
import dk.regeltjek.testing.ExpectationCheck;
import dk.regeltjek.testing.FileUpdate;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code test --update}: approves what the rules now give. Collects the results of every checked
 * file, then rewrites the expect blocks of the failing cases (see {@link ExpectUpdate}), prints a
 * diff of each changed file and what it could not change. The only place regeltjek writes a case file.
 */
final class ExpectApproval {
    /** A checked file with a failing case: where it is and what its cases gave. */
    private record Failing(Path file, List<CaseResult> results) {
    }

    private final List<Failing> failing = new ArrayList<>();
    private final List<String> refused = new ArrayList<>();

    /** Called for each checked file; only files with a failing case are kept. */
    void fileChecked(Path file, List<CaseResult> results) {
        if (results.stream().anyMatch(r -> !ExpectationCheck.check(r).isEmpty())) {
            failing.add(new Failing(file, results));
        }
    }

    /** Called for each checked piece of a bulk file: its failing cases are reported as not updated. */
    void bulkChecked(List<CaseResult> results) {
        refused.addAll(ExpectUpdate.refusals(results, ExpectUpdate.NOT_IN_BULK_FILES));
    }

    /**
     * Updates the files after the test ended with {@code exitCode}; writes nothing when the test met
     * bad input or rules. Returns the exit code: 0 when every failing case was approved.
     */
    ExitCode finish(ExitCode exitCode, PrintWriter out, PrintWriter err) {
        if (exitCode == ExitCode.BAD_INPUT || exitCode == ExitCode.INTERNAL_ERROR) {
            err.println("--update changed no file: fix the errors above, then run it again");
            err.flush();
            return exitCode;
        }
        int cases = 0;
        int files = 0;
        for (Failing file : failing) {
            CaseResult first = file.results().get(0);
            try {
                FileUpdate update = ExpectUpdate.plan(file.file(), first.info().location().file(), file.results());
                if (update.changes()) {
                    update.write();
                    out.println();
                    out.print(update.diff());
                    cases += update.updated().size();
                    files++;
                }
                refused.addAll(update.refused());
            } catch (IOException e) {
                err.println("error: cannot update " + first.info().location().file() + ": " + e.getMessage());
                err.flush();
                return ExitCode.BAD_INPUT;
            }
        }
        out.println();
        out.println(cases == 0 ? "Ingen expect-blokke er ændret."
                : "Godkendt: expect er opdateret i " + Danish.Noun.SAG.count(cases) + " i " + Danish.Noun.FIL.count(files)
                        + ".");
        if (!refused.isEmpty()) {
            out.println("Ikke opdateret (" + Danish.Noun.SAG.count(refused.size()) + "):");
            refused.forEach(r -> out.println("  - " + r));
        }
        out.flush();
        return refused.isEmpty() ? ExitCode.OK : ExitCode.FAILED;
    }
}
