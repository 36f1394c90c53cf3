package dk.regeltjek.report;

/**
 * How much of each case a report explains ({@code --explain}). Lower case, as typed on the command
 * line. Machine formats (JSON, JUnit, SARIF, HTML) are complete unless {@code fails} or
 * {@code summary} is asked for; {@code compact} is for text only and means {@code all} elsewhere.
 */
public enum Detail {
    /** Text: per case its verdict, one line per outcome not met, a warning or undetermined, met ones counted. */
    compact,
    /** Every outcome with its message, values, rule, cited passage and facts. */
    all,
    /** Only outcomes not met, warnings and undetermined ones, each fully explained. */
    fails,
    /** Only each case's verdict. */
    summary;

    /** Whether a report at this detail shows {@code status} outcomes in full. */
    public boolean explains(dk.regeltjek.model.Status status) {
        return switch (this) {
            case compact, all -> true;
            case fails -> status != dk.regeltjek.model.Status.MET;
            case summary -> false;
        };
    }
}
