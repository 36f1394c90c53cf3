package dk.regeltjek.facts;

import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.model.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * {@code csv: rows.csv} (comma-separated UTF-8, plain numbers) or {@code csv: { file: rows.csv,
 * excel: da }} (as Danish Excel saves it): a file in the case file's folder, never outside it.
 */
record CsvReference(String file, boolean danishExcel, SourceLocation at) {
    private static final Set<String> KEYS = Set.of("file", "excel");

    static CsvReference of(Node value) {
        if (value instanceof Node.Mapping m) {
            Fields.onlyAllowed(m, KEYS, "key of csv");
            String file = Fields.requiredText(m, "file", m.location(), "name the file: csv: { file: rows.csv, excel: da }");
            String excel = Fields.text(m, "excel");
            if (excel != null && !excel.equals("da")) {
                throw RegeltjekException.badInput(m.get("excel").location(), "unknown excel \"" + excel + "\"",
                        "write excel: da for a CSV file saved by Danish Excel (';' between columns, a decimal comma)");
            }
            return new CsvReference(file, excel != null, m.get("file").location());
        }
        if (value instanceof Node.Scalar s && !s.isNull() && !s.text().isBlank()) {
            return new CsvReference(s.text(), false, s.location());
        }
        throw RegeltjekException.badInput(value.location(), "csv must name a file, not " + Node.kind(value),
                "write csv: rows.csv or csv: { file: rows.csv, excel: da }");
    }

    /** How the reference is written, for hints: {@code csv: rows.csv}. */
    String written(boolean asDanishExcel) {
        return asDanishExcel ? "csv: { file: " + file + ", excel: da }" : "csv: " + file;
    }

    /**
     * The file inside {@code folder}, its real path inside the folder's real path (so no {@code ..}
     * and no link leads out); {@code folder} is null for a case that has no folder.
     */
    Path resolveIn(Path folder, String shownAs) {
        if (folder == null) {
            throw RegeltjekException.badInput(at, "this case has no folder (it was not read from a file), so it cannot refer to "
                    + "the file " + file, "give the rows in the case itself, as a list of facts");
        }
        Path written = Path.of(file);
        if (written.isAbsolute() || file.startsWith("/") || file.startsWith("\\") || file.matches("^[A-Za-z]:.*")) {
            throw RegeltjekException.badInput(at, "the CSV file must be in the case file's folder, not at an absolute path",
                    "put the file beside the case file and write csv: " + written.getFileName());
        }
        Path base = folder.toAbsolutePath().normalize();
        Path csv = base.resolve(written).normalize();
        if (!csv.startsWith(base)) {
            throw RegeltjekException.badInput(at, "the CSV file must be in the case file's folder or below it, and "
                    + file + " leads out of it", "put the file beside the case file and write csv: " + written.getFileName());
        }
        if (!Files.exists(csv)) {
            throw RegeltjekException.badInput(at, "the CSV file " + shownAs + " does not exist", "give a path relative to the case file");
        }
        try {
            if (!csv.toRealPath().startsWith(base.toRealPath())) {
                throw RegeltjekException.badInput(at, "the CSV file " + shownAs + " is a link to a file outside the case file's folder",
                        "copy the file into the folder instead of linking to it");
            }
        } catch (IOException e) {
            throw RegeltjekException.badInput(at, "cannot read the CSV file " + shownAs, "check that the file can be read");
        }
        if (!Files.isRegularFile(csv)) {
            throw RegeltjekException.badInput(at, shownAs + " is not a file", "name a CSV file");
        }
        return csv;
    }
}
