package dk.regeltjek.cli;

import java.io.PrintWriter;

/**
 * A one-line progress count on standard error for long runs at a terminal; silent otherwise
 * (pipes, CI, NO_COLOR), so it never mixes with machine output on standard output.
 */
final class Progress {
    private static final long SHOW_AFTER_NANOS = 1_000_000_000L;
    private static final long EVERY_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final int files;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long lastShown;
    private int filesDone;
    private boolean shown;

    private Progress(PrintWriter err, int files, boolean enabled) {
        this.err = err;
        this.files = files;
        this.enabled = enabled;
    }

    /** No progress line (--quiet). */
    static Progress silent() {
        return new Progress(null, 0, false);
    }

    static Progress start(PrintWriter err, int files, Invocation invocation) {
        return new Progress(err, files, invocation.console() && invocation.env("NO_COLOR") == null);
    }

    void fileDone(int cases) {
        filesDone++;
        long now = System.nanoTime();
        if (enabled && now - start > SHOW_AFTER_NANOS && now - lastShown > EVERY_NANOS) {
            lastShown = now;
            shown = true;
            double seconds = (now - start) / 1e9;
            err.printf("\r  %d/%d filer, %d sager (%.0f sager/s)   ", filesDone, files, cases, cases / seconds);
            err.flush();
        }
    }

    void finish() {
        if (shown) {
            err.print("\r" + " ".repeat(60) + "\r");
            err.flush();
        }
    }
}
