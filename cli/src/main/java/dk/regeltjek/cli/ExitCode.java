package dk.regeltjek.cli;

/** The process exit codes, as conftest and OPA use them. */
public enum ExitCode {
    /** Every criterion met (run), every expectation held (test), or nothing to report (compare). */
    OK(0),
    /** Some criterion not met or undetermined (run), or some expectation failed (test). */
    FAILED(1),
    /** Bad usage, unreadable or invalid case files, or rules that do not compile or misbehave. */
    BAD_INPUT(2),
    /** A fault in regeltjek itself; please report it with the command that caused it. */
    INTERNAL_ERROR(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
