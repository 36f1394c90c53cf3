package dk.regeltjek.model;

/** A fact as a reader sees it: its type, its name and where it was written. */
public record FactRef(String type, String name, SourceLocation location) {

    /** {@code Projekt "Bofællesskab Nord" (sag.yaml:12)} */
    public String describe() {
        return type + " \"" + name + "\"" + (location == null ? "" : " (" + location + ")");
    }
}
