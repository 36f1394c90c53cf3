package dk.regeltjek.cli;

import dk.regeltjek.report.ExitCode;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code regeltjek completion bash|zsh}: prints the shell completion script picocli generates from the commands. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print a shell completion script (bash, zsh) for regeltjek's commands, options and formats.",
            "Install it with:",
            "  bash: regeltjek completion bash > ~/.local/share/bash-completion/completions/regeltjek",
            "  zsh:  regeltjek completion zsh > ~/.zfunc/_regeltjek   (with fpath+=~/.zfunc in ~/.zshrc)"})
final class CompletionCommand extends Subcommand<CompletionCommand.Shell> {
    enum Shell { bash, zsh }

    @Parameters(arity = "0..1", defaultValue = "bash", paramLabel = "SHELL",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Shell shell;

    @Override
    Shell configure() {
        return shell;
    }

    @Override
    ExitCode execute(Shell shell) {
        String script = AutoComplete.bash("regeltjek", spec.root().commandLine());
        if (shell == Shell.zsh) {
            // picocli's script is bash; zsh runs it through its bash-completion emulation
            out().println("#compdef regeltjek");
            out().println("autoload -U +X bashcompinit && bashcompinit");
        }
        out().print(script);
        out().flush();
        return ExitCode.OK;
    }
}
