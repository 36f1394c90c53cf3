package dk.regeltjek.report;

/**
 * The exit codes of every regeltjek command, computed from a report's {@link Summary}. The command
 * line's {@code --help} lists them from {@link #meaning()}, so help and behaviour cannot drift apart.
 */
public enum ExitCode {
    /**
     * Every criterion met or a warning (run; with {@code --fail-on-warn} no warning either), every
     * expectation held and the coverage gate passed (test), or a comparison made (compare).
     */
    OK(0, "every criterion met / every expectation held / the comparison was made"),
    /**
     * Some criterion not met or undetermined (run), some expectation failed or the coverage is
     * below {@code --min-coverage} (test); with {@code --fail-on-warn} also any warning.
     */
    FAILED(1, "some criterion not met or undetermined / some expectation failed or coverage too low "
            + "(with --fail-on-warn: also a warning)"),
    /**
     * Bad usage, unreadable or invalid case files, rules that do not compile or misbehave, or a
     * report that cannot be written. The report still lists every problem.
     */
    BAD_INPUT(2, "bad usage, bad input files or bad rules, or the report cannot be written"),
    /** A fault in regeltjek itself; please report it with the command that caused it. */
    INTERNAL_ERROR(3, "internal error in regeltjek");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    /** One line for {@code --help}. */
    public String meaning() {
        return meaning;
    }
}
