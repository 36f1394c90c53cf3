package dk.regeltjek.facts;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.model.SourceLocation;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/** Reads YAML (all documents) and JSON into located {@link Node} trees, within {@link ReadLimits}. */
public final class TreeReader {
    /** Jackson's limits while reading JSON and CSV; error messages quote no content of the file. */
    static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxStringLength(ReadLimits.MAX_TEXT_LENGTH)
            .maxNameLength(ReadLimits.MAX_TEXT_LENGTH)
            .maxNestingDepth(ReadLimits.MAX_NESTING_DEPTH)
            .build();
    static final ErrorReportConfiguration NO_CONTENT_IN_ERRORS = ErrorReportConfiguration.builder()
            .maxErrorTokenLength(0).maxRawContentLength(0).build();
    static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(CONSTRAINTS)
            .errorReportConfiguration(NO_CONTENT_IN_ERRORS).build();
    private static final String CASE_FILE_INSTEAD = "split the cases over several files, or give long lists of rows as CSV files (csv: rows.csv)";

    private TreeReader() {
    }

    /** Every document in a YAML or JSON file; {@code shownAs} is the path used in messages. */
    public static List<Node> readDocuments(Path file, String shownAs) {
        byte[] bytes = TextFiles.read(file, shownAs, ReadLimits.MAX_CASE_FILE_BYTES, "a case file", CASE_FILE_INSTEAD);
        return readDocuments(bytes, shownAs, isJson(file.getFileName().toString()), new ReadBudget());
    }

    static boolean isJson(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** Every document in YAML or JSON bytes of at most {@link ReadLimits#MAX_CASE_FILE_BYTES}. */
    static List<Node> readDocuments(byte[] bytes, String shownAs, boolean json, ReadBudget budget) {
        if (bytes.length > ReadLimits.MAX_CASE_FILE_BYTES) {
            throw RegeltjekException.badInput(SourceLocation.of(shownAs), "the text is larger than "
                    + ReadLimits.megabytes(ReadLimits.MAX_CASE_FILE_BYTES) + ", the most a case file may hold", CASE_FILE_INSTEAD);
        }
        String text = TextFiles.utf8(bytes, shownAs, "save the file as UTF-8");
        if (!json) {
            try {
                return YamlReader.read(text, shownAs, budget);
            } catch (YAMLException e) {
                throw yamlError(e, text, shownAs);
            }
        }
        try (JsonParser parser = JSON.createParser(new StringReader(text))) {
            try {
                return readAll(parser, shownAs, budget);
            } catch (IOException e) {
                throw jsonError(e, parser, shownAs, "JSON");
            }
        } catch (IOException e) {
            throw jsonError(e, null, shownAs, "JSON");
        }
    }

    private static RegeltjekException yamlError(YAMLException e, String text, String shownAs) {
        if (e instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            // SnakeYAML knows where the problem is and where the construct it was reading began
            Mark problem = marked.getProblemMark();
            Mark context = marked.getContextMark();
            String began = context == null || context.getLine() == problem.getLine() && context.getColumn() == problem.getColumn()
                    ? "" : " (" + marked.getContext() + " that began at " + (context.getLine() + 1) + ":" + (context.getColumn() + 1) + ")";
            return RegeltjekException.badInput(new SourceLocation(shownAs, problem.getLine() + 1, problem.getColumn() + 1),
                    "not valid YAML: " + marked.getProblem() + began,
                    "fix the YAML syntax at this place (indent with spaces, close quotes, a ':' after each key)");
        }
        if (e instanceof ReaderException reader) {
            return RegeltjekException.badInput(at(text, reader.getPosition(), shownAs), "not valid YAML: the control character "
                    + String.format(Locale.ROOT, "U+%04X", reader.getCodePoint()) + " is not allowed", "remove it");
        }
        return RegeltjekException.badInput(SourceLocation.of(shownAs), "not valid YAML: " + firstLine(e.getMessage()),
                "fix the YAML syntax");
    }

    /** The line and column of character {@code index} of {@code text}. */
    private static SourceLocation at(String text, int index, String shownAs) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourceLocation(shownAs, line, index - lineStart + 1);
    }

    /** A located message for Jackson's exception, without quoting the file's content. */
    static RegeltjekException jsonError(IOException e, JsonParser parser, String shownAs, String format) {
        JsonLocation at = e instanceof JsonProcessingException p && p.getLocation() != null ? p.getLocation()
                : parser != null ? parser.currentLocation() : null;
        SourceLocation where = at == null ? SourceLocation.of(shownAs) : new SourceLocation(shownAs, at.getLineNr(), at.getColumnNr());
        if (e instanceof StreamConstraintsException) {
            String message = String.valueOf(e.getMessage());
            String what = message.contains("Depth") || message.contains("depth")
                    ? "mappings and lists are nested more than " + ReadLimits.MAX_NESTING_DEPTH + " deep"
                    : "a value is longer than " + ReadLimits.count(ReadLimits.MAX_TEXT_LENGTH) + " characters";
            return RegeltjekException.badInput(where, what, "shorten it; a case needs no such value");
        }
        if (e instanceof JsonProcessingException p) {
            return RegeltjekException.badInput(where, "not valid " + format + ": " + firstLine(p.getOriginalMessage()),
                    "fix the " + format + " syntax at this place (a missing comma, colon, bracket or quote)");
        }
        return RegeltjekException.badInput(where, "cannot read the " + format + ": " + e.getClass().getSimpleName(), null);
    }

    /** The first line or two of a parser's message, without its excerpt of the file. */
    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        List<String> lines = new ArrayList<>();
        for (String line : message.split("\n")) {
            String text = line.trim();
            if (text.isEmpty() || text.startsWith("in 'reader'") || text.startsWith("^") || line.startsWith("    ")
                    || text.startsWith("at [Source")) {
                continue;
            }
            lines.add(text);
        }
        return lines.isEmpty() ? "syntax error" : String.join("; ", lines.subList(0, Math.min(2, lines.size())));
    }

    private static List<Node> readAll(JsonParser parser, String file, ReadBudget budget) throws IOException {
        List<Node> documents = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            documents.add(read(parser, token, file, budget, Node.Notation.CASE_FILE));
        }
        return documents;
    }

    /** The value that starts at {@code token}, counted against {@code budget}. */
    static Node read(JsonParser parser, JsonToken token, String file, ReadBudget budget, Node.Notation notation)
            throws IOException {
        return read(parser, token, file, budget, notation, 0);
    }

    /** As above, for text that starts {@code lineOffset} lines into the file (a line of a JSON Lines file). */
    static Node read(JsonParser parser, JsonToken token, String file, ReadBudget budget, Node.Notation notation, int lineOffset)
            throws IOException {
        SourceLocation at = location(parser, file, lineOffset);
        switch (token) {
            case START_OBJECT: {
                LinkedHashMap<String, Node.Entry> entries = new LinkedHashMap<>();
                while ((token = parser.nextToken()) != JsonToken.END_OBJECT) {
                    String key = parser.currentName();
                    SourceLocation keyAt = location(parser, file, lineOffset);
                    Node value = read(parser, parser.nextToken(), file, budget, notation, lineOffset);
                    Node.Entry previous = entries.put(key, new Node.Entry(key, keyAt, value));
                    if (previous != null) {
                        throw RegeltjekException.badInput(keyAt, "the key \"" + key + "\" is repeated (first at line "
                                + previous.keyLocation().line() + ")", "keep one of them");
                    }
                }
                // a CSV row starts at the end of the line before it; its first cell is where it really starts
                SourceLocation where = entries.isEmpty() ? at : entries.values().iterator().next().keyLocation();
                return Node.Mapping.owned(entries, where.line() > at.line() ? where : at);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(read(parser, token, file, budget, notation, lineOffset));
                }
                return new Node.Sequence(items, at);
            }
            case VALUE_NULL:
                budget.add(1, at);
                return new Node.Scalar("", true, at);
            case VALUE_STRING: case VALUE_NUMBER_INT: case VALUE_NUMBER_FLOAT: case VALUE_TRUE: case VALUE_FALSE:
                budget.add(1, at);
                return new Node.Scalar(parser.getText(), false, at, null, notation);
            default:
                throw RegeltjekException.badInput(at, "unexpected " + token, null);
        }
    }

    private static SourceLocation location(JsonParser parser, String file, int lineOffset) {
        JsonLocation at = parser.currentTokenLocation();
        return new SourceLocation(file, at.getLineNr() + lineOffset, at.getColumnNr());
    }
}
