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

    /**
     * What is wrong with a quote: {@code what} in words, and where the document says what it seems to
     * quote ({@code line} from 1 and the passage; 0 and null when no passage is close).
     */
    record Misquote(String what, int line, String closest) {
        /** The hint that shows the closest passage, so a misquote can be fixed by comparing two lines. */
        String hint(String document) {
            String verbatim = "quote " + document + " verbatim; mark left-out text with […]";
            return closest == null ? verbatim + "; no passage of the document is close to it"
                    : "the closest passage is L" + line + ": \"" + closest + "\" — " + verbatim;
        }
    }

    /** Null when the quote is in the document near its lines; otherwise what is wrong and the closest passage. */
    Misquote check(String quote, String citedLines) {
        List<String> fragments = new ArrayList<>();
        for (String fragment : FRAGMENT_SEPARATOR.split(quote)) {
            if (fragment.strip().length() > 8) {
                fragments.add(normalise(fragment));
            }
        }
        for (String fragment : fragments) {
            if (!whole.contains(fragment)) {
                Passage closest = closest(fragment);
                return new Misquote("is not in the document: \"" + shorten(fragment) + "\"", closest == null ? 0 : closest.line(),
                        closest == null ? null : closest.text());
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
            int at = lineOf(fragments.isEmpty() ? "" : fragments.get(0).substring(0, Math.min(60, fragments.get(0).length())));
            return new Misquote("cites " + citedLines + ", but the document has " + lines.size() + " lines", at,
                    at == 0 ? null : shorten(normalise(lines.get(at - 1))));
        }
        String near = normalise(String.join("\n", lines.subList(from - 1, to)));
        for (String fragment : fragments) {
            String start = fragment.substring(0, Math.min(60, fragment.length()));
            if (!near.contains(start)) {
                int at = lineOf(start);
                return new Misquote("is in the document, but not near " + citedLines + " (at L" + at + ")", at,
                        at == 0 ? null : shorten(fragment));
            }
        }
        return null;
    }

    /** A place in the document: its line (from 1) and the text there. */
    private record Passage(int line, String text) {
    }

    /**
     * The passage of the document most like {@code fragment} (whitespace-normalised): the line
     * holding most of its three-letter pieces, and in it the stretch of the fragment's length that
     * holds most. Null when no line holds even half of them — then nothing is close.
     */
    private Passage closest(String fragment) {
        java.util.Set<String> pieces = trigrams(fragment);
        if (pieces.isEmpty()) {
            return null;
        }
        int bestLine = -1;
        int bestScore = 0;
        for (int i = 0; i < lines.size(); i++) {
            int score = shared(pieces, normalise(lines.get(i)));
            if (score > bestScore) {
                bestScore = score;
                bestLine = i;
            }
        }
        if (bestLine < 0 || bestScore * 2 < pieces.size()) {
            return null;
        }
        String line = normalise(lines.get(bestLine));
        String best = line;
        double bestWindow = -1;
        for (int start = 0; start < line.length(); start++) {
            if (start > 0 && line.charAt(start - 1) != ' ') {
                continue; // stretches start at a word
            }
            int end = Math.min(line.length(), start + fragment.length());
            while (end < line.length() && line.charAt(end) != ' ') {
                end++; // … and end at one
            }
            // Dice's coefficient: the stretch that shares most and holds least besides
            java.util.Set<String> window = trigrams(line.substring(start, end));
            double score = 2.0 * shared(pieces, line.substring(start, end)) / (pieces.size() + window.size());
            if (score > bestWindow) {
                bestWindow = score;
                best = line.substring(start, end);
            }
        }
        return new Passage(bestLine + 1, shorten(best.strip()));
    }

    private static java.util.Set<String> trigrams(String text) {
        java.util.Set<String> grams = new java.util.HashSet<>();
        for (int i = 0; i + 3 <= text.length(); i++) {
            grams.add(text.substring(i, i + 3));
        }
        return grams;
    }

    private static int shared(java.util.Set<String> pieces, String text) {
        java.util.Set<String> found = new java.util.HashSet<>();
        for (int i = 0; i + 3 <= text.length(); i++) {
            String gram = text.substring(i, i + 3);
            if (pieces.contains(gram)) {
                found.add(gram);
            }
        }
        return found.size();
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
        return text.length() <= 120 ? text : text.substring(0, 117) + "…";
    }
}
