package dk.regeltjek.cli;

import dk.regeltjek.model.Problem;
import dk.regeltjek.report.Safe;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.TreeSet;

/**
 * How every command reports bad input or rules on standard error: sorted by place, each once,
 * then a count. Text from the files is escaped: a case cannot fake lines or links on the terminal.
 */
final class Problems {
    private Problems() {
    }

    static void report(PrintWriter err, Collection<Problem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        for (Problem p : new TreeSet<>(problems)) {
            err.println("error: " + Safe.terminal(p.where() + ": " + p.message()));
            if (p.hint() != null && !p.hint().isEmpty()) {
                err.println("  hint: " + Safe.terminal(p.hint()));
            }
        }
        err.println(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the input or the rules");
        err.flush();
    }
}
