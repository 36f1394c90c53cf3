package dk.regeltjek.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Bad usage found while validating options: printed as {@code usage: …} with a hint, exit 2. */
final class UsageError extends ParameterException {
    private final String hint;

    UsageError(CommandLine commandLine, String message, String hint) {
        super(commandLine, message);
        this.hint = hint;
    }

    String hint() {
        return hint;
    }
}
