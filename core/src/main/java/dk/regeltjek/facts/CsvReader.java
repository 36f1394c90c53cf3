package dk.regeltjek.facts;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.model.SourceLocation;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the rows of a CSV file with a header line, each row a mapping from column name to value;
 * empty cells count as not given. Messages locate problems but never quote the file's content.
 */
final class CsvReader {
    private static final CsvFactory CSV = CsvFactory.builder().streamReadConstraints(TreeReader.CONSTRAINTS)
            .errorReportConfiguration(TreeReader.NO_CONTENT_IN_ERRORS).build();
    private static final String TOO_MANY_ROWS = "split the rows over several cases (e.g. one per person or year), each with its own CSV file";

    private CsvReader() {
    }

    static List<Node.Mapping> rows(Path file, String shownAs, CsvReference reference, ReadBudget budget) {
        byte[] bytes = TextFiles.read(file, shownAs, ReadLimits.MAX_CSV_FILE_BYTES, "a CSV file", TOO_MANY_ROWS);
        String text = reference.danishExcel() ? danishText(bytes, shownAs) : plainText(bytes, shownAs, reference);
        String header = text.lines().findFirst().orElse("");
        char separator = reference.danishExcel() ? ';' : ',';
        if (reference.danishExcel() && header.indexOf(',') >= 0 && header.indexOf(';') < 0) {
            throw RegeltjekException.badInput(new SourceLocation(shownAs, 1, header.indexOf(',') + 1),
                    "the columns are separated by ',', but excel: da reads ';' (as Danish Excel saves)",
                    "write " + reference.written(false));
        }
        Node.Notation notation = reference.danishExcel() ? Node.Notation.DANISH_EXCEL : Node.Notation.CASE_FILE;
        List<Node.Mapping> rows = parse(text, separator, shownAs, notation, budget);
        if (!reference.danishExcel() && showsDecimalPoint(rows)) {
            rows.replaceAll(row -> withNotation(row, Node.Notation.DECIMAL_POINT));
        }
        return rows;
    }

    /** Comma-separated UTF-8; a Danish Excel export read this way is refused with what to write instead. */
    private static String plainText(byte[] bytes, String shownAs, CsvReference reference) {
        String danish = "write " + reference.written(true);
        String text = TextFiles.utf8(bytes, shownAs, "if Danish Excel saved it, " + danish + "; otherwise save it as UTF-8");
        String header = text.lines().findFirst().orElse("");
        if (header.indexOf(';') >= 0) {
            throw RegeltjekException.badInput(new SourceLocation(shownAs, 1, header.indexOf(';') + 1),
                    "the columns are separated by ';' (as Danish Excel saves), but " + reference.written(false) + " reads ','",
                    danish);
        }
        return text;
    }

    /** UTF-8 with or without a byte order mark when the bytes are valid UTF-8, otherwise Windows-1252. */
    private static String danishText(byte[] bytes, String shownAs) {
        if (TextFiles.hasUtf8Bom(bytes) || TextFiles.isUtf8(bytes)) {
            return TextFiles.utf8(bytes, shownAs, "save it from Excel as \"CSV UTF-8\"");
        }
        return TextFiles.windows1252(bytes, shownAs);
    }

    private static List<Node.Mapping> parse(String text, char separator, String shownAs, Node.Notation notation,
                                            ReadBudget budget) {
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnReordering(false).withColumnSeparator(separator);
        List<Node.Mapping> rows = new ArrayList<>();
        try (CsvParser parser = CSV.createParser(new StringReader(text))) {
            parser.setSchema(schema);
            parser.enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS);
            parser.enable(CsvParser.Feature.TRIM_SPACES);
            // Jackson drops one extra empty cell at a row's end: "2025-01-01,,7,5," (a decimal comma
            // in a comma file) would then read as 7 and 5 in the wrong columns
            parser.disable(CsvParser.Feature.ALLOW_TRAILING_COMMA);
            try {
                JsonToken token;
                while ((token = parser.nextToken()) != null) {
                    Node.Mapping row = (Node.Mapping) TreeReader.read(parser, token, shownAs, budget, notation);
                    if (rows.size() == ReadLimits.MAX_CSV_ROWS) {
                        throw RegeltjekException.badInput(new SourceLocation(shownAs, row.location().line(), 0),
                                "more than " + ReadLimits.count(ReadLimits.MAX_CSV_ROWS) + " rows", TOO_MANY_ROWS);
                    }
                    if (notation == Node.Notation.DANISH_EXCEL && isEmpty(row)) {
                        continue; // Excel saves formatted but empty rows as ";;;"
                    }
                    rows.add(withoutEmptyCells(row));
                }
            } catch (IOException e) {
                throw csvError(e, parser, shownAs);
            }
        } catch (IOException e) {
            throw csvError(e, null, shownAs);
        }
        return rows;
    }

    /** What to do about a row whose cells do not match the header. */
    static final String CELLS_HINT = "give every row one cell per column of the header (empty cells are fine), and quote "
            + "a value that holds the separator; a decimal comma in a comma-separated file splits its cell: write 7.5, "
            + "or save from Excel in Danish (;) and declare it: csv: {file: …, excel: da}";

    /** Jackson's CSV messages quote the offending value; these say what is wrong without it. */
    private static RegeltjekException csvError(IOException e, CsvParser parser, String shownAs) {
        String message = String.valueOf(e.getMessage());
        RegeltjekException located = TreeReader.jsonError(e, parser, shownAs, "CSV");
        SourceLocation at = located.problems().get(0).where();
        String what;
        if (message.startsWith("Too many entries")) {
            what = "the row has more cells than the header has columns";
        } else if (message.startsWith("Not enough column values")) {
            what = "the row has fewer cells than the header has columns";
        } else if (message.contains("quote")) {
            what = "a quoted value is not closed";
        } else if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
            return located;
        } else {
            what = "not valid CSV";
        }
        return RegeltjekException.badInput(at, what, CELLS_HINT);
    }

    private static boolean isEmpty(Node.Mapping row) {
        for (Node.Entry e : row.entries().values()) {
            if (!(e.value() instanceof Node.Scalar s) || !s.text().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static Node.Mapping withoutEmptyCells(Node.Mapping row) {
        Map<String, Node.Entry> entries = new LinkedHashMap<>();
        for (Node.Entry e : row.entries().values()) {
            if (!(e.value() instanceof Node.Scalar s && s.text().isEmpty())) {
                entries.put(e.key(), e);
            }
        }
        return entries.size() == row.entries().size() ? row : new Node.Mapping(entries, row.location());
    }

    /** Whether some cell shows that the file's dot is a decimal point ({@code 4.5}), so that {@code 3.375} is read as a decimal. */
    private static boolean showsDecimalPoint(List<Node.Mapping> rows) {
        for (Node.Mapping row : rows) {
            for (Node.Entry e : row.entries().values()) {
                if (e.value() instanceof Node.Scalar s && Numbers.showsDecimalPoint(s.text())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Node.Mapping withNotation(Node.Mapping row, Node.Notation notation) {
        Map<String, Node.Entry> entries = new LinkedHashMap<>();
        for (Node.Entry e : row.entries().values()) {
            Node.Scalar s = (Node.Scalar) e.value();
            entries.put(e.key(), new Node.Entry(e.key(), e.keyLocation(),
                    new Node.Scalar(s.text(), s.isNull(), s.location(), s.value(), notation)));
        }
        return new Node.Mapping(entries, row.location());
    }
}
