package dk.regeltjek.api;

import dk.regeltjek.facts.RawCase;
import dk.regeltjek.model.SourceLocation;

/**
 * A case ready to be checked: read from a file ({@link Checker#read}) or built in code
 * ({@link CaseInput}). Its facts are typed by the pack's declarations when it is checked.
 */
public final class Case {
    private final RawCase raw;

    Case(RawCase raw) {
        this.raw = raw;
    }

    /** The case's name, a full sentence. */
    public String name() {
        return raw.name();
    }

    /** The pack it is checked against. */
    public String pack() {
        return raw.pack();
    }

    /** Where it was written (file:line), or where it came from when built in code. */
    public SourceLocation location() {
        return raw.location();
    }

    RawCase raw() {
        return raw;
    }

    @Override
    public String toString() {
        return location() + " " + name();
    }
}
