package dk.regeltjek.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The rules for the PATH arguments that every checking command applies. */
final class Inputs {
    private Inputs() {
    }

    /** Refuses {@code -} (standard input) where it cannot work: twice, with --watch, or through the daemon. */
    static void validateStdin(Subcommand<?> command, List<Path> paths, boolean watch) {
        long stdin = paths.stream().filter(p -> p.toString().equals(CaseFiles.STDIN)).count();
        if (stdin == 0) {
            return;
        }
        if (stdin > 1) {
            throw command.usage("- (standard input) is given " + stdin + " times", "give - once; standard input holds one case file");
        }
        if (watch) {
            throw command.usage("--watch cannot watch standard input", "save the case to a file and watch that");
        }
        if (!command.invocation().isLocal()) {
            throw command.usage("the daemon cannot read your standard input", "run with REGELTJEK_DAEMON=off to read a case from -");
        }
    }

    /** Whether the paths name exactly one case file (or standard input): then it is explained in full. */
    static boolean oneFileNamed(Invocation invocation, List<Path> paths) {
        return paths.size() == 1 && (paths.get(0).toString().equals(CaseFiles.STDIN)
                || Files.isRegularFile(invocation.resolve(paths.get(0))));
    }
}
