package dk.regeltjek.facts;

import java.nio.file.Path;

/**
 * Where the text of a case file comes from: the name shown in messages, whether it is JSON or
 * YAML, and the folder its {@code csv:} references may use. {@code folder} is null for text that
 * has no folder of its own (standard input, a request to a service): such a case may refer to no file.
 */
public record CaseSource(String shownAs, boolean json, Path folder) {

    /** A case file on disk: JSON by its {@code .json} ending, its references inside its own folder. */
    public static CaseSource file(Path file, String shownAs) {
        Path absolute = file.toAbsolutePath();
        return new CaseSource(shownAs, TreeReader.isJson(file.getFileName().toString()), absolute.getParent());
    }

    /** Text without a folder, e.g. read from standard input: {@code csv:} references are refused. */
    public static CaseSource withoutFolder(String shownAs, boolean json) {
        return new CaseSource(shownAs, json, null);
    }
}
