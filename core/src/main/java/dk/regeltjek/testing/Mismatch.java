package dk.regeltjek.testing;

import dk.regeltjek.model.SourceLocation;

/** One expectation a case did not meet: what was expected where, and what happened. */
public record Mismatch(SourceLocation where, String what, String expected, String actual) {

    @Override
    public String toString() {
        return where + ": " + what + ": expected " + expected + ", got " + actual;
    }
}
