package dk.regeltjek.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code regeltjek test [PATH...]}: checks every case's expect block; lists rules no case exercised. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Check each case's expect block, show expected vs actual for every failure, "
                + "and list the rules no example made fire.")
final class TestCommand extends Subcommand {
    @Mixin
    CommonOptions options;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Case files or folders (default: examples).")
    List<Path> paths;

    @Option(names = "--watch", description = "After the first run, run again whenever a rule or case file changes (Ctrl-C stops).")
    boolean watch;

    @Option(names = "--update", description = "Approve what the rules now give: rewrite the expect blocks of failing cases "
            + "(only what they state), show a diff of each change. The one option that changes case files.")
    boolean update;

    @Override
    public Integer call() {
        List<Path> targets = paths == null || paths.isEmpty() ? List.of(CommonOptions.bundled("examples", invocation())) : paths;
        CheckRun run = new CheckRun(options, invocation(), true, out(), err());
        if (update) {
            if (watch) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--update and --watch cannot be combined");
            }
            ExpectApproval approval = new ExpectApproval();
            int tested = run.onFileChecked(approval::fileChecked).execute(targets);
            // the diffs go with a text report; beside a JSON, JUnit or GitHub report (or one in a file) to stderr
            boolean textOnStdout = options.format == CommonOptions.Format.text && options.out == null;
            return approval.finish(tested, textOnStdout ? out() : err(), err());
        }
        if (!watch) {
            return run.execute(targets);
        }
        List<Path> roots = new java.util.ArrayList<>(targets);
        roots.add(options.rulesDir(invocation()));
        return Watcher.watch(roots, err(), () -> run.execute(targets));
    }
}
