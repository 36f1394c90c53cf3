package dk.regeltjek.model;

/** The passage of the source document a rule encodes. */
public record Citation(String document, String section, String lines, String quote) {
}
