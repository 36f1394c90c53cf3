package dk.regeltjek.api;

/** A value a rule compared: its label, as the explanation prints it, and the plain value. */
public record NamedValue(String label, String text, Object value) {
}
