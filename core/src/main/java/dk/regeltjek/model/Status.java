package dk.regeltjek.model;

import java.util.Locale;

/** The four outcomes of a criterion, and of a case. */
public enum Status {
    /** The criterion holds. */
    MET("opfyldt"),
    /** The criterion does not hold. */
    NOT_MET("ikke opfyldt"),
    /** Holds, but with a remark the reader should see (never fails a case). */
    WARNING("advarsel"),
    /** Cannot be decided from the facts given. */
    UNDETERMINED("uafgjort");

    private final String danish;

    Status(String danish) {
        this.danish = danish;
    }

    public String danish() {
        return danish;
    }

    /** The name used in case files and JSON: {@code met}, {@code not_met}, … */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Severity order used for a case's verdict: not met beats undetermined beats warning beats met. */
    public int severity() {
        return switch (this) {
            case MET -> 0;
            case WARNING -> 1;
            case UNDETERMINED -> 2;
            case NOT_MET -> 3;
        };
    }

    /** The status named {@code key} ({@code met}, {@code not_met}, …), or null. */
    public static Status fromKey(String key) {
        for (Status s : values()) {
            if (s.key().equals(key)) {
                return s;
            }
        }
        return null;
    }
}
