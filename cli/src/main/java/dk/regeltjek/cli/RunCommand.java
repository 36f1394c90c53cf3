package dk.regeltjek.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import dk.regeltjek.report.TextReporter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code regeltjek run PATH...}: checks cases and explains every outcome. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Check cases and explain every outcome with the passage of the document it comes from.")
final class RunCommand extends Subcommand {
    @Mixin
    CommonOptions options;

    @Option(names = "--scenario", paramLabel = "NAME",
            description = "Check every case under this scenario of its pack instead of the one it names.")
    String scenario;

    @Option(names = "--explain", defaultValue = "all", paramLabel = "WHAT",
            description = "All outcomes (all), only those not met/undetermined/warnings (fails), or only each "
                    + "case's verdict (summary), in text and json. Default: ${DEFAULT-VALUE}.")
    TextReporter.Detail explain;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Case files (.yaml, .yml, .json) or folders of them.")
    List<Path> paths;

    @Option(names = "--watch", description = "After the first run, run again whenever a rule or case file changes (Ctrl-C stops).")
    boolean watch;

    @Override
    public Integer call() {
        CheckRun run = new CheckRun(options, invocation(), false, out(), err())
                .scenario(scenario).detail(explain);
        return watch ? Watcher.watch(watched(), err(), () -> run.execute(paths)) : run.execute(paths);
    }

    private List<Path> watched() {
        List<Path> roots = new java.util.ArrayList<>(paths);
        roots.add(options.rulesDir(invocation()));
        return roots;
    }
}
