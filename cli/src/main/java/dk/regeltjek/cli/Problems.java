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
        TreeSet<Problem> once = new TreeSet<>(problems);
        for (Problem p : once) {
            err.println("error: " + Safe.terminal(p.where() + ": " + p.message()));
            if (p.hint() != null && !p.hint().isEmpty()) {
                err.println("  hint: " + Safe.terminal(p.hint()));
            }
        }
        err.println(once.size() + (once.size() == 1 ? " problem" : " problems") + " in the input or the rules");
        err.flush();
    }
}
