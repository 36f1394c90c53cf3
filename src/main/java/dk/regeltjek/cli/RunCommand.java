package dk.regeltjek.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code regeltjek run PATH...}: checks cases and explains every outcome. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Check cases and explain every outcome with the passage of the document it comes from.")
final class RunCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Case files (.yaml, .yml, .json) or folders of them.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return new CheckRun(options, false, spec.commandLine().getOut(), spec.commandLine().getErr()).execute(paths);
    }
}
