package dk.regeltjek.testing;

import dk.regeltjek.model.SourceLocation;
import java.util.Collection;

/** One expectation a case did not meet: what was expected where, and what happened. */
public record Mismatch(SourceLocation where, String what, String expected, String actual) {

    /**
     * The criterion this expectation is about, when {@code what} names one of {@code criteria}
     * (it starts with the criterion id, as in {@code T-1 for "Solgården"}); null for the verdict
     * or a rule.
     */
    public String criterionIn(Collection<String> criteria) {
        int space = what.indexOf(' ');
        String first = space < 0 ? what : what.substring(0, space);
        return criteria.contains(first) ? first : null;
    }

    @Override
    public String toString() {
        return where + ": " + what + ": expected " + expected + ", got " + actual;
    }
}
