package dk.regeltjek.cli;

import dk.regeltjek.api.Batch;
import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.Danish;
import dk.regeltjek.testing.ExpectUpdate;
import dk.regeltjek.testing.ExpectationCheck;
import dk.regeltjek.testing.FileUpdate;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code test --update}: approves what the rules now give. Collects the results of every checked
 * file, then rewrites the expect blocks of the failing cases (see {@link ExpectUpdate}), prints a
 * diff of each changed file and what it could not change. The only place regeltjek writes a case file.
 */
final class ExpectApproval {
    private final List<Batch.FileResult> failing = new ArrayList<>();

    /** Called for each checked file; only files with a failing case are kept. */
    void fileChecked(Batch.FileResult file) {
        if (file.results().stream().anyMatch(r -> !ExpectationCheck.check(r).isEmpty())) {
            failing.add(file);
        }
    }

    /**
     * Updates the files after the test ended with {@code exitCode}; writes nothing when the test met
     * bad input or rules. Returns the exit code: 0 when every failing case was approved.
     */
    int finish(int exitCode, PrintWriter out, PrintWriter err) {
        if (exitCode == ExitCode.BAD_INPUT.code() || exitCode == ExitCode.INTERNAL_ERROR.code()) {
            err.println("--update changed no file: fix the errors above, then run it again");
            err.flush();
            return exitCode;
        }
        int cases = 0;
        int files = 0;
        List<String> refused = new ArrayList<>();
        for (Batch.FileResult file : failing) {
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
                return ExitCode.BAD_INPUT.code();
            }
        }
        out.println();
        out.println(cases == 0 ? "Ingen expect-blokke er ændret."
                : "Godkendt: expect er opdateret i " + Danish.count(cases, "sag", "sager") + " i " + Danish.count(files, "fil", "filer")
                        + ".");
        if (!refused.isEmpty()) {
            out.println("Ikke opdateret (" + Danish.count(refused.size(), "sag", "sager") + "):");
            refused.forEach(r -> out.println("  - " + r));
        }
        out.flush();
        return refused.isEmpty() ? ExitCode.OK.code() : ExitCode.FAILED.code();
    }
}
