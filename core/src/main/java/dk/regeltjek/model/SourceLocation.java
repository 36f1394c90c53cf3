package dk.regeltjek.model;

/** A place in an input file; line and column count from 1, 0 means unknown. */
public record SourceLocation(String file, int line, int column) {

    public static SourceLocation of(String file) {
        return new SourceLocation(file, 0, 0);
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
