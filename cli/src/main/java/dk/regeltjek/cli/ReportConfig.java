package dk.regeltjek.cli;

import dk.regeltjek.report.Detail;
import dk.regeltjek.report.Format;
import dk.regeltjek.report.ReportSettings;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;

/**
 * How a command's report is written.
 *
 * @param out    the report file as typed, or null for standard output
 * @param pretty JSON and SARIF indented (at a terminal)
 */
record ReportConfig(Format format, Path out, Detail detail, boolean color, boolean quiet, boolean pretty, int maxAnnotations) {

    static ReportConfig of(Format format, ReportOptions options, Detail detail, Invocation invocation) {
        Path out = file(options.out);
        return new ReportConfig(format, out, detail, options.color(invocation), options.quiet,
                out == null && invocation.console(), options.maxAnnotations);
    }

    /** The report file, or null for standard output (no --out, or --out -). */
    static Path file(Path out) {
        return out == null || out.toString().equals(CaseFiles.STDIN) ? null : out;
    }

    ReportSettings settings(Instant createdAt, Writer stepSummary) {
        return ReportSettings.of(Version.current(), createdAt).withDetail(detail).withColor(color).withQuiet(quiet)
                .withPretty(pretty).withMaxAnnotations(maxAnnotations).withStepSummary(stepSummary);
    }
}
