package dk.regeltjek.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The source document a pack cites, for checking that every rule's {@code @quote} is really in it,
 * near the {@code @lines} it gives. Whitespace and Markdown bold are ignored; a quote may skip
 * text with "[…]" or "…", and join list items with " - ".
 */
final class SourceText {
    private static final Pattern LINE_NUMBER = Pattern.compile("L(\\d+)");
    private static final Pattern FRAGMENT_SEPARATOR = Pattern.compile("\\s*\\[…]\\s*|\\s*…\\s*|\\s+-\\s+");
    /** How far from the cited lines a quote may start (the documents' lines are long paragraphs). */
    private static final int SLACK_LINES = 3;

    private final List<String> lines;
    private final String whole;

    private SourceText(List<String> lines) {
        this.lines = lines;
        this.whole = normalise(String.join("\n", lines));
    }

    /** The last reading of each document: the bundled packs all cite the same 175 KB document. */
    private static final Map<Path, Reading> READ = new ConcurrentHashMap<>();

    /** A document as read when it had this size and time. */
    private record Reading(long size, FileTime modified, SourceText text) {
    }

    static SourceText read(Path file) throws IOException {
        Path path = file.toAbsolutePath().normalize();
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        Reading last = READ.get(path);
        if (last != null && last.size() == attributes.size() && last.modified().equals(attributes.lastModifiedTime())) {
            return last.text();
        }
        SourceText text = new SourceText(Files.readAllLines(path, StandardCharsets.UTF_8));
        READ.put(path, new Reading(attributes.size(), attributes.lastModifiedTime(), text));
        return text;
    }

    /** Null when the quote is in the document near its lines; otherwise what is wrong. */
    String check(String quote, String citedLines) {
        List<String> fragments = new ArrayList<>();
        for (String fragment : FRAGMENT_SEPARATOR.split(quote)) {
            if (fragment.strip().length() > 8) {
                fragments.add(normalise(fragment));
            }
        }
        for (String fragment : fragments) {
            if (!whole.contains(fragment)) {
                return "is not in the document: \"" + shorten(fragment) + "\"";
            }
        }
        List<Integer> numbers = new ArrayList<>();
        Matcher m = LINE_NUMBER.matcher(citedLines == null ? "" : citedLines);
        while (m.find()) {
            numbers.add(Integer.parseInt(m.group(1)));
        }
        if (numbers.isEmpty()) {
            return null;
        }
        int from = Math.max(1, numbers.stream().min(Integer::compare).get() - SLACK_LINES);
        int to = Math.min(lines.size(), numbers.stream().max(Integer::compare).get() + SLACK_LINES);
        if (from > lines.size()) {
            return "cites " + citedLines + ", but the document has " + lines.size() + " lines";
        }
        String near = normalise(String.join("\n", lines.subList(from - 1, to)));
        for (String fragment : fragments) {
            String start = fragment.substring(0, Math.min(60, fragment.length()));
            if (!near.contains(start)) {
                return "is in the document, but not near " + citedLines + " (at L" + lineOf(start) + ")";
            }
        }
        return null;
    }

    private int lineOf(String fragment) {
        for (int i = 0; i < lines.size(); i++) {
            if (normalise(lines.get(i)).contains(fragment)) {
                return i + 1;
            }
        }
        for (int i = 0; i < lines.size(); i++) { // a quote that runs over a line break
            int end = Math.min(lines.size(), i + 2);
            if (normalise(String.join("\n", lines.subList(i, end))).contains(fragment)) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * Without Markdown's {@code **} and with every run of whitespace as one space. By hand, not by
     * regular expression: each pack load normalises the whole document, and a cold JVM runs a regex
     * over 175 KB slowly.
     */
    private static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '*' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                i++;
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space = true; // the characters of the regex \s
            } else {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    private static String shorten(String text) {
        return text.length() <= 70 ? text : text.substring(0, 67) + "…";
    }
}
