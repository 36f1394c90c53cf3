package dk.regeltjek.cli;

import dk.regeltjek.report.Format;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The GitHub job summary: with {@code --format github}, the Markdown is appended to the file named
 * by {@code GITHUB_STEP_SUMMARY} (GitHub collects what every step appends), when it is set.
 */
final class StepSummary implements AutoCloseable {
    private final Writer writer;

    private StepSummary(Writer writer) {
        this.writer = writer;
    }

    static StepSummary open(Format format, Invocation invocation) throws IOException {
        String file = format == Format.GITHUB ? invocation.env("GITHUB_STEP_SUMMARY") : null;
        if (file == null || file.isBlank()) {
            return new StepSummary(null);
        }
        return new StepSummary(Files.newBufferedWriter(invocation.resolve(Path.of(file)), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE));
    }

    /** Where the job summary goes, or null when there is none. */
    Writer writer() {
        return writer;
    }

    @Override
    public void close() throws IOException {
        if (writer != null) {
            writer.close();
        }
    }
}
