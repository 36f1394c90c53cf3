package dk.regeltjek.report;

import dk.regeltjek.model.SourceLocation;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * GitHub Actions workflow commands ({@code ::error file=…,line=…::message}). GitHub shows only ten
 * annotations of each level per step, so at most {@code maxPerLevel} of each level are written —
 * problems first, then failures, in the order given — and one notice says how many were left out.
 */
final class GithubAnnotations {
    /** The annotation levels, most important first. */
    enum Level { ERROR, WARNING, NOTICE }

    private record Annotation(int priority, int order, Level level, SourceLocation at, String title, String message) {
    }

    private final List<Annotation> annotations = new ArrayList<>();
    private final int maxPerLevel;

    GithubAnnotations(int maxPerLevel) {
        this.maxPerLevel = maxPerLevel;
    }

    /** {@code priority}: lower is written first (0 problems, 1 failures, 2 the rest). */
    void add(int priority, Level level, SourceLocation at, String title, String message) {
        annotations.add(new Annotation(priority, annotations.size(), level, at, title, message));
    }

    void write(PrintWriter out, String fullReportHint) {
        Map<Level, Integer> totals = new EnumMap<>(Level.class);
        annotations.forEach(a -> totals.merge(a.level(), 1, Integer::sum));
        boolean anyLeftOut = totals.values().stream().anyMatch(n -> n > maxPerLevel);
        // the notice that counts the rest is a notice too: it must be among the ten GitHub shows
        Map<Level, Integer> caps = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            caps.put(level, level == Level.NOTICE && anyLeftOut ? Math.max(0, maxPerLevel - 1) : maxPerLevel);
        }
        Map<Level, Integer> written = new EnumMap<>(Level.class);
        Map<Level, Integer> leftOut = new EnumMap<>(Level.class);
        annotations.stream().sorted(Comparator.comparingInt(Annotation::priority).thenComparingInt(Annotation::order))
                .forEach(a -> {
                    int n = written.getOrDefault(a.level(), 0);
                    if (n < caps.get(a.level())) {
                        written.put(a.level(), n + 1);
                        out.println(command(a.level(), a.at(), a.title(), a.message()));
                    } else {
                        leftOut.merge(a.level(), 1, Integer::sum);
                    }
                });
        int left = leftOut.values().stream().mapToInt(Integer::intValue).sum();
        if (left > 0) {
            out.println(command(Level.NOTICE, null, "regeltjek: " + left + " more annotations",
                    left + " more annotations not shown (" + leftOut.getOrDefault(Level.ERROR, 0) + " errors, "
                            + leftOut.getOrDefault(Level.WARNING, 0) + " warnings, " + leftOut.getOrDefault(Level.NOTICE, 0)
                            + " notices; at most " + maxPerLevel + " of each level are written): " + fullReportHint));
        }
    }

    static String command(Level level, SourceLocation at, String title, String message) {
        StringBuilder c = new StringBuilder("::").append(level.name().toLowerCase(java.util.Locale.ROOT));
        List<String> properties = new ArrayList<>();
        if (at != null && at.file() != null && !at.file().isEmpty()) {
            properties.add("file=" + property(at.file()));
            if (at.line() > 0) {
                properties.add("line=" + at.line());
            }
            if (at.column() > 0) {
                properties.add("col=" + at.column());
            }
        }
        if (title != null) {
            properties.add("title=" + property(title));
        }
        if (!properties.isEmpty()) {
            c.append(' ').append(String.join(",", properties));
        }
        return c.append("::").append(data(message)).toString();
    }

    /**
     * Workflow-command escaping of a message: %, CR and LF as GitHub decodes them, and other control
     * characters as visible escapes, so a case string can neither end the command nor colour the log.
     */
    static String data(String text) {
        String escaped = (text == null ? "" : text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
        return Safe.terminal(escaped);
    }

    /** A property value: as {@link #data}, and also ':' and ',' which end a property. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
