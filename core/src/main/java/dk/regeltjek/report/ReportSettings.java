package dk.regeltjek.report;

import java.io.Writer;
import java.time.Instant;

/**
 * How a report is written, besides its format and destination.
 *
 * @param toolVersion    the regeltjek version recorded in the report
 * @param createdAt      when the command ran, recorded in the report
 * @param detail         how much of each case to explain ({@code --explain})
 * @param color          ANSI colours in text
 * @param quiet          text: only the summary (problems still go to standard error)
 * @param pretty         JSON indented for people
 * @param maxAnnotations GitHub: annotations per level before the rest are counted in one notice
 * @param stepSummary    GitHub: where the Markdown job summary goes ({@code $GITHUB_STEP_SUMMARY}), or null
 */
public record ReportSettings(String toolVersion, Instant createdAt, Detail detail, boolean color, boolean quiet,
                             boolean pretty, int maxAnnotations, Writer stepSummary) {

    /** GitHub shows at most ten annotations of each level per step. */
    public static final int DEFAULT_MAX_ANNOTATIONS = 10;

    public static ReportSettings of(String toolVersion, Instant createdAt) {
        return new ReportSettings(toolVersion, createdAt, Detail.compact, false, false, false, DEFAULT_MAX_ANNOTATIONS, null);
    }

    public ReportSettings withDetail(Detail detail) {
        return new ReportSettings(toolVersion, createdAt, detail, color, quiet, pretty, maxAnnotations, stepSummary);
    }

    public ReportSettings withColor(boolean color) {
        return new ReportSettings(toolVersion, createdAt, detail, color, quiet, pretty, maxAnnotations, stepSummary);
    }

    public ReportSettings withQuiet(boolean quiet) {
        return new ReportSettings(toolVersion, createdAt, detail, color, quiet, pretty, maxAnnotations, stepSummary);
    }

    public ReportSettings withPretty(boolean pretty) {
        return new ReportSettings(toolVersion, createdAt, detail, color, quiet, pretty, maxAnnotations, stepSummary);
    }

    public ReportSettings withMaxAnnotations(int maxAnnotations) {
        return new ReportSettings(toolVersion, createdAt, detail, color, quiet, pretty, maxAnnotations, stepSummary);
    }

    public ReportSettings withStepSummary(Writer stepSummary) {
        return new ReportSettings(toolVersion, createdAt, detail, color, quiet, pretty, maxAnnotations, stepSummary);
    }
}
