package dk.regeltjek.report;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;

/**
 * The lines of a text report. When the cases take more than a screen, the summary is printed
 * above them as well as below, so the first screen says how the run went; that needs the lines
 * held until the end. Beyond a bound they are streamed instead (the summary is then only at the end).
 */
final class TextScreen {
    /** A terminal screen, roughly: a report longer than this gets its summary on top too. */
    static final int SCREEN_LINES = 40;
    private static final int MAX_HELD_CHARS = 8 * 1024 * 1024;

    private final PrintWriter out;
    private final boolean quiet;
    private final StringBuilder held = new StringBuilder();
    private int lines;
    private boolean streaming;

    TextScreen(Writer out, boolean quiet) {
        this.out = out instanceof PrintWriter p ? p : new PrintWriter(out);
        this.quiet = quiet;
    }

    /** A line of the body (a case); dropped when quiet. */
    void line(String text) {
        if (quiet) {
            return;
        }
        lines++;
        if (streaming) {
            out.println(text);
            return;
        }
        held.append(text).append('\n');
        if (held.length() > MAX_HELD_CHARS) {
            out.print(held);
            held.setLength(0);
            streaming = true;
        }
    }

    /**
     * Prints the body with {@code summary} after it (its last line is the run's closing line), and
     * {@code top} before it when the body is longer than a screen.
     */
    void finish(List<String> summary, List<String> top) {
        if (!streaming && lines > SCREEN_LINES) {
            top.forEach(out::println);
            out.println();
        }
        out.print(held);
        held.setLength(0);
        summary.forEach(out::println);
        out.flush();
    }
}
