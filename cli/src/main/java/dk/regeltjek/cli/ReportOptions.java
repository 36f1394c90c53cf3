package dk.regeltjek.cli;

import dk.regeltjek.report.ReportSettings;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Where and how the report of run, test and compare is written (the format is each command's own option). */
final class ReportOptions {
    enum ColorMode { auto, always, never }

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output (- is standard output; never over an "
                    + "input; replaced only when the report is complete).")
    Path out;

    @Option(names = "--color", defaultValue = "auto", paramLabel = "WHEN",
            description = "Colour text output: ${COMPLETION-CANDIDATES} (default: auto, off when NO_COLOR is set).")
    ColorMode color;

    @Option(names = "--no-color", description = "The same as --color never.")
    void noColor(boolean set) {
        if (set) {
            color = ColorMode.never;
        }
    }

    @Option(names = {"-q", "--quiet"}, description = "Text: print only the summary (and errors, on standard error).")
    boolean quiet;

    @Option(names = "--max-annotations", defaultValue = "" + ReportSettings.DEFAULT_MAX_ANNOTATIONS, paramLabel = "N",
            description = "github: at most N annotations of each level (GitHub shows 10 per step), then one notice "
                    + "counting the rest (default: ${DEFAULT-VALUE}).")
    int maxAnnotations;

    void validate(CommandLine commandLine) {
        if (maxAnnotations < 0) {
            throw new UsageError(commandLine, "--max-annotations must be 0 or more, not " + maxAnnotations,
                    "give the number of annotations of each level to write, e.g. --max-annotations 10");
        }
    }

    /** Colour when asked, or when writing text to a terminal and NO_COLOR is not set. */
    boolean color(Invocation invocation) {
        return switch (color) {
            case always -> true;
            case never -> false;
            case auto -> ReportConfig.file(out) == null && invocation.console() && invocation.env("NO_COLOR") == null;
        };
    }
}
