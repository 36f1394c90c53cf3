package dk.regeltjek.model;

/** One thing wrong with the input or the rules: where, what, and how to fix it. */
public record Problem(SourceLocation where, String message, String hint) implements Comparable<Problem> {

    @Override
    public int compareTo(Problem o) {
        int c = where.file().compareTo(o.where.file());
        if (c == 0) {
            c = Integer.compare(where.line(), o.where.line());
        }
        if (c == 0) {
            c = Integer.compare(where.column(), o.where.column());
        }
        return c != 0 ? c : message.compareTo(o.message);
    }

    /** {@code file:line:col: message} and, on the next line, {@code   hint: …}. */
    @Override
    public String toString() {
        return where + ": " + message + (hint == null || hint.isEmpty() ? "" : System.lineSeparator() + "  hint: " + hint);
    }
}
