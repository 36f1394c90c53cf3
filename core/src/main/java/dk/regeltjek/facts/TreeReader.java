package dk.regeltjek.facts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.model.SourceLocation;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads YAML (all documents), JSON and CSV files into located {@link Node} trees. */
public final class TreeReader {
    private static final YAMLFactory YAML = new YAMLFactory();
    private static final JsonFactory JSON = new JsonFactory();
    private static final CsvMapper CSV = new CsvMapper();

    private TreeReader() {
    }

    /** Every document in a YAML or JSON file; {@code shownAs} is the path used in messages. */
    public static List<Node> readDocuments(Path file, String shownAs) {
        boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             JsonParser parser = json ? JSON.createParser(reader) : YAML.createParser(reader)) {
            return readAll(parser, shownAs);
        } catch (IOException e) {
            throw readError(e, shownAs, json ? "JSON" : "YAML");
        }
    }

    /** The rows of a CSV file with a header line, each row a mapping from column name to value. */
    public static List<Node> readCsvRows(Path file, String shownAs) {
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnReordering(false);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CsvParser parser = CSV.getFactory().createParser(reader)) {
            parser.setSchema(schema);
            parser.enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS);
            parser.enable(CsvParser.Feature.TRIM_SPACES);
            return readAll(parser, shownAs);
        } catch (IOException e) {
            throw readError(e, shownAs, "CSV");
        }
    }

    private static RegeltjekException readError(IOException e, String shownAs, String format) {
        if (e instanceof NoSuchFileException) {
            return RegeltjekException.badInput(SourceLocation.of(shownAs), "file not found", "check the path");
        }
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            // SnakeYAML knows where the problem is and where the construct it was reading began
            Mark problem = marked.getProblemMark();
            Mark context = marked.getContextMark();
            String began = context == null || context.getLine() == problem.getLine() && context.getColumn() == problem.getColumn()
                    ? "" : " (" + marked.getContext() + " that began at " + (context.getLine() + 1) + ":" + (context.getColumn() + 1) + ")";
            return RegeltjekException.badInput(new SourceLocation(shownAs, problem.getLine() + 1, problem.getColumn() + 1),
                    "not valid YAML: " + marked.getProblem() + began,
                    "fix the YAML syntax at this place (indent with spaces, close quotes, a ':' after each key)");
        }
        if (e instanceof JsonProcessingException p && p.getLocation() != null) {
            JsonLocation at = p.getLocation();
            return RegeltjekException.badInput(new SourceLocation(shownAs, at.getLineNr(), at.getColumnNr()),
                    "not valid " + format + ": " + firstLine(p.getOriginalMessage()),
                    "fix the " + format + " syntax at this place (indentation, a missing ':' or quote)");
        }
        return RegeltjekException.badInput(SourceLocation.of(shownAs), "cannot read: " + e.getMessage(), null);
    }

    /** SnakeYAML's message without its excerpt of the file: "while scanning …; found character '\t' …". */
    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        List<String> lines = new ArrayList<>();
        for (String line : message.split("\n")) {
            String text = line.trim();
            if (text.isEmpty() || text.startsWith("in 'reader'") || text.startsWith("^") || line.startsWith("    ")) {
                continue;
            }
            lines.add(text);
        }
        return lines.isEmpty() ? "syntax error" : String.join("; ", lines.subList(0, Math.min(2, lines.size())));
    }

    private static List<Node> readAll(JsonParser parser, String file) throws IOException {
        List<Node> documents = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            documents.add(read(parser, token, file));
        }
        return documents;
    }

    private static Node read(JsonParser parser, JsonToken token, String file) throws IOException {
        SourceLocation at = location(parser, file);
        switch (token) {
            case START_OBJECT: {
                Map<String, Node.Entry> entries = new LinkedHashMap<>();
                while ((token = parser.nextToken()) != JsonToken.END_OBJECT) {
                    String key = parser.currentName();
                    SourceLocation keyAt = location(parser, file);
                    Node value = read(parser, parser.nextToken(), file);
                    Node.Entry previous = entries.put(key, new Node.Entry(key, keyAt, value));
                    if (previous != null) {
                        throw RegeltjekException.badInput(keyAt, "the key \"" + key + "\" is repeated (first at line "
                                + previous.keyLocation().line() + ")", "keep one of them");
                    }
                }
                // a CSV row starts at the end of the line before it; its first cell is where it really starts
                SourceLocation where = entries.isEmpty() ? at : entries.values().iterator().next().keyLocation();
                return new Node.Mapping(entries, where.line() > at.line() ? where : at);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(read(parser, token, file));
                }
                return new Node.Sequence(items, at);
            }
            case VALUE_NULL:
                return new Node.Scalar("", true, at);
            case VALUE_STRING: case VALUE_NUMBER_INT: case VALUE_NUMBER_FLOAT: case VALUE_TRUE: case VALUE_FALSE:
            case VALUE_EMBEDDED_OBJECT:
                return new Node.Scalar(parser.getText(), false, at);
            default:
                throw RegeltjekException.badInput(at, "unexpected " + token, null);
        }
    }

    private static SourceLocation location(JsonParser parser, String file) {
        JsonLocation at = parser.currentTokenLocation();
        return new SourceLocation(file, at.getLineNr(), at.getColumnNr());
    }
}
