package dk.regeltjek.cli;

import dk.regeltjek.model.Problem;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.TreeSet;

/** How every command reports bad input or rules: sorted by place, each once, then a count; exit 2. */
final class Problems {
    private Problems() {
    }

    static int report(PrintWriter err, Collection<Problem> problems) {
        TreeSet<Problem> once = new TreeSet<>(problems);
        once.forEach(p -> err.println("error: " + p));
        err.println(once.size() + (once.size() == 1 ? " problem" : " problems") + " in the input or the rules");
        err.flush();
        return ExitCode.BAD_INPUT.code();
    }
}
