package dk.regeltjek.facts;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dk.regeltjek.model.Problem;
import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.model.SourceLocation;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a bulk file — many cases in one file — one case at a time, so a file of any size is read
 * in constant memory: JSON Lines ({@code .jsonl}, each line a case as a JSON case file writes it)
 * or CSV ({@code .csv}: a row per case, or a group of rows per case keyed by a {@code case}
 * column; the other columns are the pack's declared fields). docs/formats.md describes both.
 * A row or line that cannot be read goes to {@code problems}, located, and reading goes on with
 * the next; only a file that cannot be read on (not UTF-8, broken CSV quoting, a header that
 * names no field) stops there.
 */
public final class BulkReader implements Iterator<RawCase>, Closeable {
    /** Characters of one line of a JSON Lines file: a case file's limit. */
    static final int MAX_LINE_CHARS = (int) ReadLimits.MAX_CASE_FILE_BYTES;
    /** Case ids remembered after their rows ended, to refuse rows of a case that are not together. */
    static final int CLOSED_CASES_REMEMBERED = 10_000;

    private final Source source;
    private RawCase next;
    private boolean done;

    private BulkReader(Source source) {
        this.source = source;
    }

    /** Whether a file is read as a bulk file: {@code .jsonl} or {@code .csv}. */
    public static boolean isBulk(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".csv");
    }

    /**
     * Opens a bulk file; {@code fieldsOfPack} gives a pack's declared types with their fields, in
     * order (it may throw a located {@link RegeltjekException} for an unknown pack), which maps a
     * CSV file's columns. Nothing is read before the first {@link #hasNext()}.
     */
    public static BulkReader open(Path file, String shownAs, java.util.function.BiFunction<String, SourceLocation, Map<String, List<String>>> fieldsOfPack,
                                  Consumer<RegeltjekException> problems) {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            problems.accept(RegeltjekException.badInput(SourceLocation.of(shownAs), "cannot read: " + e.getMessage(), null));
            return new BulkReader(null);
        }
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        CaseSource cases = CaseSource.file(file, shownAs);
        return new BulkReader(name.endsWith(".csv") ? new Csv(reader, shownAs, fieldsOfPack, problems)
                : new JsonLines(reader, cases, problems));
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done && source != null) {
            next = source.next();
            done = next == null;
            if (done) {
                close();
            }
        }
        return next != null;
    }

    @Override
    public RawCase next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RawCase c = next;
        next = null;
        return c;
    }

    @Override
    public void close() {
        if (source != null) {
            source.close();
        }
    }

    /** The cases of one kind of bulk file, read on demand. */
    private abstract static class Source {
        final String shownAs;
        final Consumer<RegeltjekException> problems;

        Source(String shownAs, Consumer<RegeltjekException> problems) {
            this.shownAs = shownAs;
            this.problems = problems;
        }

        /** The next case, or null at the end (or where the file cannot be read on). */
        abstract RawCase next();

        abstract void close();

        RegeltjekException notUtf8(int line) {
            return RegeltjekException.badInput(new SourceLocation(shownAs, line, 0), "the file is not UTF-8 here; it is "
                    + "read no further", "save it as UTF-8 (from Excel: \"CSV UTF-8\")");
        }
    }

    /** JSON Lines: each non-blank line one case, exactly as a JSON case file holds it. */
    private static final class JsonLines extends Source {
        private final Lines lines;
        private final CaseSource source;

        JsonLines(Reader reader, CaseSource source, Consumer<RegeltjekException> problems) {
            super(source.shownAs(), problems);
            this.lines = new Lines(reader);
            this.source = source;
        }

        @Override
        RawCase next() {
            while (true) {
                String line;
                try {
                    line = lines.next();
                } catch (Lines.TooLong e) {
                    problems.accept(RegeltjekException.badInput(new SourceLocation(shownAs, lines.number(), 0),
                            "the line is longer than " + ReadLimits.megabytes(MAX_LINE_CHARS) + ", the most a case may hold",
                            "write one case per line; give long lists of rows as CSV files (csv: rows.csv)"));
                    continue;
                } catch (CharacterCodingException e) {
                    problems.accept(notUtf8(lines.number()));
                    return null;
                } catch (IOException e) {
                    problems.accept(RegeltjekException.badInput(SourceLocation.of(shownAs), "cannot read: " + e.getMessage(), null));
                    return null;
                }
                if (line == null) {
                    return null;
                }
                if (line.isBlank()) {
                    continue;
                }
                try {
                    return CaseReader.readCase(parse(line, lines.number() - 1), source, new ReadBudget());
                } catch (RegeltjekException e) {
                    problems.accept(e);
                }
            }
        }

        /** One line's JSON value, located in the file; a second value on the line is refused. */
        private Node parse(String line, int lineOffset) {
            try (JsonParser parser = TreeReader.JSON.createParser(line)) {
                try {
                    JsonToken first = parser.nextToken();
                    Node value = TreeReader.read(parser, first, shownAs, new ReadBudget(), Node.Notation.CASE_FILE, lineOffset);
                    if (parser.nextToken() != null) {
                        throw RegeltjekException.badInput(new SourceLocation(shownAs, lineOffset + 1,
                                parser.currentTokenLocation().getColumnNr()), "a second value on the line",
                                "write one case per line, as one JSON object");
                    }
                    return value;
                } catch (IOException e) {
                    throw shifted(TreeReader.jsonError(e, parser, shownAs, "JSON"), lineOffset);
                }
            } catch (IOException e) {
                throw shifted(TreeReader.jsonError(e, null, shownAs, "JSON"), lineOffset);
            }
        }

        private RegeltjekException shifted(RegeltjekException e, int lineOffset) {
            List<Problem> problems = new ArrayList<>();
            for (Problem p : e.problems()) {
                SourceLocation at = p.where();
                // Jackson's own message may name the line within the line ("start marker at … line: 1"): the file's line
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("line: (\\d+)").matcher(p.message());
                StringBuilder message = new StringBuilder();
                while (m.find()) {
                    m.appendReplacement(message, "line: " + (Integer.parseInt(m.group(1)) + lineOffset));
                }
                m.appendTail(message);
                problems.add(new Problem(new SourceLocation(at.file(), Math.max(at.line(), 1) + lineOffset, at.column()),
                        message.toString(), p.hint()));
            }
            return new RegeltjekException(e.kind(), problems);
        }

        @Override
        void close() {
            lines.close();
        }
    }

    /** Lines of text, each at most {@link #MAX_LINE_CHARS} long, without holding more than one. */
    private static final class Lines {
        static final class TooLong extends Exception {
            TooLong() {
                super(null, null, false, false);
            }
        }

        private final Reader reader;
        private final char[] buffer = new char[1 << 16];
        private int at;
        private int end;
        private int number;
        private boolean eof;

        Lines(Reader reader) {
            this.reader = reader;
        }

        /** The number of the line read last, from 1. */
        int number() {
            return number;
        }

        /** The next line without its end (\n or \r\n), or null at the end of the file. */
        String next() throws IOException, TooLong {
            StringBuilder line = null;
            boolean tooLong = false;
            while (true) {
                if (at == end) {
                    if (eof || !fill()) {
                        if (line == null) {
                            return null;
                        }
                        number++;
                        if (tooLong) {
                            throw new TooLong();
                        }
                        return strip(line.toString());
                    }
                }
                int start = at;
                while (at < end && buffer[at] != '\n') {
                    at++;
                }
                int length = at - start;
                if (line == null && at < end && length <= MAX_LINE_CHARS) { // the whole line in the buffer: one copy
                    at++;
                    number++;
                    return strip(new String(buffer, start, length));
                }
                if (line == null) {
                    line = new StringBuilder(Math.min(length + 16, 4096));
                }
                if (!tooLong) {
                    if (line.length() + length > MAX_LINE_CHARS) {
                        tooLong = true;
                        line.setLength(0);
                    } else {
                        line.append(buffer, start, length);
                    }
                }
                if (at < end) { // at the line's end
                    at++;
                    number++;
                    if (tooLong) {
                        throw new TooLong();
                    }
                    return strip(line.toString());
                }
            }
        }

        private String strip(String line) {
            String text = number == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
            return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
        }

        private boolean fill() throws IOException {
            int n = reader.read(buffer, 0, buffer.length);
            if (n <= 0) {
                eof = true;
                return false;
            }
            at = 0;
            end = n;
            return true;
        }

        void close() {
            try {
                reader.close();
            } catch (IOException e) {
                // nothing was written
            }
        }
    }

    /**
     * CSV: a header of column names, then rows. The columns {@code case}, {@code pack} and
     * {@code scenario} say which case a row belongs to (consecutive rows with the same {@code case}
     * are one case; without the column each row is a case), its pack and its scenario; every other
     * column is a declared field, {@code Type.field} or just {@code field} when one type of the pack
     * has it. In a row, the cells of one type make one fact of it; a type whose cells are all empty
     * gives none. Separated by ';' it is read as Danish Excel saves it (1.234,5 · 31-12-2026 · SAND),
     * by ',' as a case file is ({@link Numbers#parsePlain}, which refuses 3.375).
     */
    private static final class Csv extends Source {
        private static final CsvFactory CSV = CsvFactory.builder().streamReadConstraints(TreeReader.CONSTRAINTS)
                .errorReportConfiguration(TreeReader.NO_CONTENT_IN_ERRORS).build();
        private static final Set<String> CASE_COLUMNS = Set.of("case", "pack", "scenario");

        private final BufferedReader reader;
        private final java.util.function.BiFunction<String, SourceLocation, Map<String, List<String>>> fieldsOfPack;
        private CsvParser parser;
        private Node.Notation notation;
        private String header;
        private boolean stopped;
        /** Per pack, where each column goes. */
        private final Map<String, Map<String, Column>> plans = new LinkedHashMap<>();
        /** The first row of the next case, read while finishing the one before. */
        private Node.Mapping pending;
        private final Set<String> closed = new LinkedHashSet<>();

        /** A field column: the type and field it fills. */
        private record Column(String type, String field) {
        }

        Csv(Reader reader, String shownAs, java.util.function.BiFunction<String, SourceLocation, Map<String, List<String>>> fieldsOfPack,
            Consumer<RegeltjekException> problems) {
            super(shownAs, problems);
            this.reader = new BufferedReader(reader, 1 << 16);
            this.fieldsOfPack = fieldsOfPack;
        }

        private boolean open() {
            try {
                reader.mark(MAX_LINE_CHARS);
                String first = reader.readLine();
                if (first == null) {
                    problems.accept(RegeltjekException.badInput(SourceLocation.of(shownAs), "the file is empty",
                            "write a header of column names (case, pack and the fields), then a row per case"));
                    return false;
                }
                header = first.startsWith("\uFEFF") ? first.substring(1) : first;
                reader.reset();
                if (first.startsWith("\uFEFF")) {
                    reader.skip(1);
                }
                char separator = count(header, ';') > count(header, ',') ? ';' : ',';
                notation = separator == ';' ? Node.Notation.DANISH_EXCEL : Node.Notation.CASE_FILE;
                parser = CSV.createParser(reader);
                parser.setSchema(CsvSchema.emptySchema().withHeader().withColumnReordering(false).withColumnSeparator(separator));
                parser.enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS);
                parser.enable(CsvParser.Feature.TRIM_SPACES);
                parser.disable(CsvParser.Feature.ALLOW_TRAILING_COMMA); // an extra empty cell is a shifted row, as in CsvReader
                return true;
            } catch (CharacterCodingException e) {
                problems.accept(notUtf8(1));
            } catch (IOException e) {
                problems.accept(RegeltjekException.badInput(SourceLocation.of(shownAs), "cannot read: " + e.getMessage(), null));
            }
            return false;
        }

        private static int count(String text, char c) {
            int n = 0;
            for (int i = 0; i < text.length(); i++) {
                n += text.charAt(i) == c ? 1 : 0;
            }
            return n;
        }

        /** The next row, or null at the end or where the file cannot be read on. */
        private Node.Mapping row() {
            if (stopped) {
                return null;
            }
            if (parser == null && !open()) {
                stopped = true;
                return null;
            }
            try {
                while (true) {
                    JsonToken token = parser.nextToken();
                    if (token == null) {
                        stopped = true;
                        return null;
                    }
                    Node.Mapping row = (Node.Mapping) TreeReader.read(parser, token, shownAs, new ReadBudget(), notation);
                    if (!isEmpty(row)) { // Excel saves formatted but empty rows as ";;;"
                        return row;
                    }
                }
            } catch (CharacterCodingException e) {
                problems.accept(notUtf8(parser.currentLocation().getLineNr()));
            } catch (IOException e) {
                problems.accept(RegeltjekException.badInput(TreeReader.jsonError(e, parser, shownAs, "CSV").problems().get(0).where(),
                        "not valid CSV here (" + (String.valueOf(e.getMessage()).startsWith("Too many entries")
                                ? "the row has more cells than the header has columns"
                                : String.valueOf(e.getMessage()).startsWith("Not enough column values")
                                ? "the row has fewer cells than the header has columns" : "a quoted value is not closed")
                                + "); the file is read no further",
                        CsvReader.CELLS_HINT));
            } catch (RegeltjekException e) {
                problems.accept(e);
            }
            stopped = true;
            return null;
        }

        private static boolean isEmpty(Node.Mapping row) {
            for (Node.Entry e : row.entries().values()) {
                if (!(e.value() instanceof Node.Scalar s) || !s.text().isEmpty()) {
                    return false;
                }
            }
            return true;
        }

        private static String cell(Node.Mapping row, String column) {
            Node value = row.get(column);
            return value instanceof Node.Scalar s && !s.text().isEmpty() ? s.text() : null;
        }

        @Override
        RawCase next() {
            while (true) {
                Node.Mapping first = pending != null ? pending : row();
                pending = null;
                if (first == null) {
                    return null;
                }
                try {
                    return group(first);
                } catch (RegeltjekException e) {
                    problems.accept(e);
                    if (stopped && pending == null) {
                        return null;
                    }
                }
            }
        }

        /** The case that starts at {@code first}: it and the rows after it with the same case id. */
        private RawCase group(Node.Mapping first) {
            boolean keyed = first.entries().containsKey("case");
            String id = keyed ? cell(first, "case") : null;
            if (keyed && id == null) {
                throw RegeltjekException.badInput(first.location(), "the row has no case id (the column case is empty)",
                        "give every row the id of its case; the rows of one case follow each other");
            }
            if (keyed && closed.contains(id)) {
                throw RegeltjekException.badInput(first.location(), "the rows of case \"" + id + "\" do not follow each other",
                        "sort the rows by the column case, so the rows of each case come together");
            }
            List<Node.Mapping> rows = new ArrayList<>();
            rows.add(first);
            if (keyed) {
                Node.Mapping row;
                while ((row = row()) != null && id.equals(cell(row, "case"))) {
                    rows.add(row);
                    if (rows.size() > ReadLimits.MAX_FACTS_PER_CASE) {
                        throw RegeltjekException.badInput(row.location(), "the case has more than "
                                + ReadLimits.count(ReadLimits.MAX_FACTS_PER_CASE) + " rows", "split it into several cases");
                    }
                }
                pending = row;
                closed.add(id);
                if (closed.size() > CLOSED_CASES_REMEMBERED) {
                    Iterator<String> oldest = closed.iterator();
                    oldest.next();
                    oldest.remove();
                }
            }
            return rawCase(id, rows);
        }

        private RawCase rawCase(String id, List<Node.Mapping> rows) {
            Node.Mapping first = rows.get(0);
            SourceLocation at = first.location();
            String pack = same(rows, "pack");
            if (pack == null) {
                throw RegeltjekException.badInput(at, "the case names no pack (the column pack)",
                        "add a column pack naming the rule pack of each case, e.g. laanepulje");
            }
            String scenario = same(rows, "scenario");
            Map<String, Column> plan = plan(pack, locationOf(rows, "pack"));
            Map<String, RawCase.TypedFacts> facts = new LinkedHashMap<>();
            for (Node.Mapping row : rows) {
                Map<String, Map<String, Node.Entry>> byType = new LinkedHashMap<>();
                for (Node.Entry entry : row.entries().values()) {
                    Column column = plan.get(entry.key());
                    if (column != null && !(entry.value() instanceof Node.Scalar s && s.text().isEmpty())) {
                        byType.computeIfAbsent(column.type(), t -> new LinkedHashMap<>())
                                .put(column.field(), new Node.Entry(column.field(), entry.value().location(), entry.value()));
                    }
                }
                byType.forEach((type, entries) -> {
                    SourceLocation where = entries.values().iterator().next().keyLocation();
                    facts.computeIfAbsent(type, t -> new RawCase.TypedFacts(t, where, new ArrayList<>()))
                            .objects().add(new Node.Mapping(entries, where));
                });
            }
            String name = id != null ? id : "linje " + at.line();
            return new RawCase(name, pack, locationOf(rows, "pack"), scenario, scenario == null ? null : locationOf(rows, "scenario"),
                    null, null, facts, null, at);
        }

        /** The value of {@code column} in the case's rows: the rows that give it must agree. */
        private String same(List<Node.Mapping> rows, String column) {
            String value = null;
            for (Node.Mapping row : rows) {
                String v = cell(row, column);
                if (v != null && value != null && !v.equals(value)) {
                    throw RegeltjekException.badInput(row.get(column).location(), "the rows of one case name two different "
                            + column + "s", "give the case one " + column + " (or leave the cell empty after its first row)");
                }
                value = value == null ? v : value;
            }
            return value;
        }

        private static SourceLocation locationOf(List<Node.Mapping> rows, String column) {
            for (Node.Mapping row : rows) {
                if (cell(row, column) != null) {
                    return row.get(column).location();
                }
            }
            return rows.get(0).location();
        }

        /** Where each column goes for a pack; a column that names no field stops the file, as every row would be wrong. */
        private Map<String, Column> plan(String pack, SourceLocation packAt) {
            Map<String, Column> known = plans.get(pack);
            if (known != null) {
                return known;
            }
            Map<String, List<String>> types;
            try {
                types = fieldsOfPack.apply(pack, packAt);
            } catch (RegeltjekException e) { // an unknown pack, or rules that do not compile: so would every row be
                stopped = true;
                pending = null;
                throw e;
            }
            Map<String, List<String>> typesOfField = new LinkedHashMap<>();
            types.forEach((type, fields) -> fields.forEach(f -> typesOfField.computeIfAbsent(f, k -> new ArrayList<>()).add(type)));
            Map<String, Column> plan = new LinkedHashMap<>();
            List<Problem> wrong = new ArrayList<>();
            for (String column : columns()) {
                if (CASE_COLUMNS.contains(column)) {
                    continue;
                }
                int dot = column.indexOf('.');
                SourceLocation at = new SourceLocation(shownAs, 1, header.indexOf(column) + 1);
                if (dot > 0) {
                    String type = column.substring(0, dot);
                    String field = column.substring(dot + 1);
                    if (!types.containsKey(type)) {
                        wrong.add(new Problem(at, "the pack " + pack + " declares no type \"" + type + "\""
                                + Fields.closest(type, types.keySet()), "its types: " + String.join(", ", types.keySet())));
                    } else if (!types.get(type).contains(field)) {
                        wrong.add(new Problem(at, type + " has no field \"" + field + "\"" + Fields.closest(field, types.get(type)),
                                "its fields: " + String.join(", ", types.get(type))));
                    } else {
                        plan.put(column, new Column(type, field));
                    }
                } else {
                    List<String> owners = typesOfField.getOrDefault(column, List.of());
                    if (owners.size() == 1) {
                        plan.put(column, new Column(owners.get(0), column));
                    } else if (owners.isEmpty()) {
                        wrong.add(new Problem(at, "no type of the pack " + pack + " has a field \"" + column + "\""
                                + Fields.closest(column, typesOfField.keySet()), "name a column case, pack, scenario, a field "
                                + "or Type.field; the fields: " + String.join(", ", typesOfField.keySet())));
                    } else {
                        wrong.add(new Problem(at, "the field \"" + column + "\" is declared by " + String.join(" and ", owners),
                                "write the column as " + owners.get(0) + "." + column + " (Type.field)"));
                    }
                }
            }
            if (!wrong.isEmpty()) {
                stopped = true;
                pending = null;
                throw new RegeltjekException(RegeltjekException.Kind.BAD_INPUT, wrong);
            }
            plans.put(pack, plan);
            return plan;
        }

        private List<String> columns() {
            List<String> columns = new ArrayList<>();
            CsvSchema schema = parser.getSchema();
            for (int i = 0; i < schema.size(); i++) {
                columns.add(schema.columnName(i));
            }
            return columns;
        }

        @Override
        void close() {
            try {
                if (parser != null) {
                    parser.close();
                }
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
