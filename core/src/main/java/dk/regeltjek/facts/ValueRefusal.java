package dk.regeltjek.facts;

/** Why a written value is not read as what its field declares, and what to write instead. */
public class ValueRefusal extends IllegalArgumentException {
    private final String reason;
    private final String hint;

    ValueRefusal(String text, String what, String reason, String hint) {
        super("\"" + text + "\" is not " + what + (reason == null ? "" : ": " + reason));
        this.reason = reason;
        this.hint = hint;
    }

    /** What is wrong, e.g. "February 2026 has 28 days"; null when the text is simply not such a value. */
    public String reason() {
        return reason;
    }

    /** What to write instead, e.g. "write 10.5"; null when nothing better can be said. */
    public String hint() {
        return hint;
    }
}
