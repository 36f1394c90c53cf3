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
        return new ReportConfig(format, options.out, detail, options.color(invocation), options.quiet,
                options.out == null && invocation.console(), options.maxAnnotations);
    }

    ReportSettings settings(Instant createdAt, Writer stepSummary) {
        return ReportSettings.of(Version.current(), createdAt).withDetail(detail).withColor(color).withQuiet(quiet)
                .withPretty(pretty).withMaxAnnotations(maxAnnotations).withStepSummary(stepSummary);
    }
}
