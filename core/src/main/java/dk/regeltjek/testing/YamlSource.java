package dk.regeltjek.testing;

import dk.regeltjek.facts.Node;
import dk.regeltjek.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A case file's text as written, with what a targeted rewrite needs of it: where a located node
 * starts and ends, the indentation there, and how a new scalar is written so that it reads back
 * as the same text. The rest of the file — comments, layout, quoting — is never touched.
 */
final class YamlSource {
    /** Plain scalars that YAML would read as something else than the text, or that would end early. */
    private static final Pattern NOT_PLAIN = Pattern.compile(
            "^$|^\\s|\\s$|^[-?:,\\[\\]{}#&*!|>'\"%@`]|: |:$| #|[\\n\\r\\t,\\[\\]{}]|^(?:~|null|Null|NULL)$");

    private final String text;
    private final int[] lineStarts;

    YamlSource(String text) {
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    String text() {
        return text;
    }

    /** The offset of a location the reader gave (line and column from 1). */
    int offset(SourceLocation at) {
        return lineStarts[at.line() - 1] + at.column() - 1;
    }

    /** The offset just after the last character of the line holding {@code offset} (before any \r\n). */
    int lineEnd(int offset) {
        int end = text.indexOf('\n', offset);
        end = end < 0 ? text.length() : end;
        return end > 0 && text.charAt(end - 1) == '\r' ? end - 1 : end;
    }

    /** The file's line break, so inserted lines match the rest. */
    String lineBreak() {
        return text.contains("\r\n") ? "\r\n" : "\n";
    }

    /** The column (from 0) where {@code offset} stands in its line. */
    int column(int offset) {
        return offset - lineStarts[lineOf(offset)];
    }

    private int lineOf(int offset) {
        int low = 0;
        int high = lineStarts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    /** Whether a mapping or list is written in flow style ({@code { … }} or {@code [ … ]}). */
    boolean isFlow(Node collection) {
        int at = offset(collection.location());
        return at < text.length() && (text.charAt(at) == '{' || text.charAt(at) == '[');
    }

    /** The quote a scalar was written with: {@code "}, {@code '}, or 0 for a plain scalar. */
    char quoteOf(Node.Scalar scalar) {
        int at = offset(scalar.location());
        char c = at < text.length() ? text.charAt(at) : 0;
        return c == '"' || c == '\'' ? c : 0;
    }

    /** The offset just after {@code node} as written; {@code inFlow} when it stands inside a flow collection. */
    int end(Node node, boolean inFlow) {
        if (node instanceof Node.Scalar scalar) {
            return scalarEnd(offset(scalar.location()), inFlow);
        }
        if (isFlow(node)) {
            return closingBracket(offset(node.location())) + 1;
        }
        Node last = null;
        if (node instanceof Node.Mapping m && !m.entries().isEmpty()) {
            last = lastValue(m.entries());
        } else if (node instanceof Node.Sequence s && !s.items().isEmpty()) {
            last = s.items().get(s.items().size() - 1);
        }
        return last == null ? offset(node.location()) : end(last, false);
    }

    private static Node lastValue(Map<String, Node.Entry> entries) {
        Node last = null;
        for (Node.Entry entry : entries.values()) {
            last = entry.value();
        }
        return last;
    }

    private int scalarEnd(int start, boolean inFlow) {
        if (start >= text.length()) {
            return start;
        }
        char quote = text.charAt(start);
        if (quote == '"') {
            int i = start + 1;
            while (i < text.length() && text.charAt(i) != '"') {
                i += text.charAt(i) == '\\' ? 2 : 1;
            }
            return Math.min(i + 1, text.length());
        }
        if (quote == '\'') {
            int i = start + 1;
            while (i < text.length()) {
                if (text.charAt(i) == '\'') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                        i += 2;
                        continue;
                    }
                    break;
                }
                i++;
            }
            return Math.min(i + 1, text.length());
        }
        int end = lineEnd(start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '#' && i > start && Character.isWhitespace(text.charAt(i - 1)) || inFlow && (c == ',' || c == '}' || c == ']')) {
                end = i;
                break;
            }
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** The bracket that closes the flow collection opened at {@code open}, skipping quoted text. */
    private int closingBracket(int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i = scalarEnd(i, true) - 1;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            } else if (c == '#' && i > open && Character.isWhitespace(text.charAt(i - 1))) {
                i = lineEnd(i) - 1;
            }
        }
        return text.length() - 1;
    }

    /**
     * {@code value} written as a YAML scalar that reads back as exactly this text: in the quotes the
     * old value had ({@code quote}: {@code "}, {@code '} or 0), else plain when that is safe, else double-quoted.
     */
    static String scalar(String value, char quote) {
        if (quote == '\'') {
            return "'" + value.replace("'", "''") + "'";
        }
        if (quote == 0 && !NOT_PLAIN.matcher(value).find()) {
            return value;
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
