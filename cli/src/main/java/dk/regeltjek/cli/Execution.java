package dk.regeltjek.cli;

import dk.regeltjek.report.ExitCode;
import dk.regeltjek.report.ReportSettings;
import dk.regeltjek.report.Summary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What run, test and compare do around their own checking: open the runner, refuse an --out that
 * names an input, show progress at a terminal, write the report (to a file only once complete; the
 * GitHub job summary when asked), print the problems on standard error, and return the exit code
 * the summary decides.
 */
final class Execution {
    /** When the command started, for the report's time and its elapsed time. */
    record Started(Instant at, long nanos) {
        static Started now() {
            return new Started(Instant.now(), System.nanoTime());
        }

        Duration elapsed() {
            return Duration.ofNanos(System.nanoTime() - nanos);
        }
    }

    /** A command's own part: check with {@code checking}, report to {@code out}, return the summary. */
    @FunctionalInterface
    interface Body<S extends Summary> {
        S run(CaseChecking checking, Writer out, ReportSettings settings, Started started) throws IOException, InterruptedException;
    }

    private Execution() {
    }

    static <S extends Summary> ExitCode run(Subcommand<?> command, CheckerConfig checker, ReportConfig report, List<Path> paths,
                                            Body<S> body) {
        Started started = Started.now();
        Invocation invocation = command.invocation();
        try {
            CaseChecking checking = CaseChecking.open(invocation, checker, paths);
            if (report.out() != null) {
                String refusal = checking.outputRefusal(report.out(), checker.rules());
                if (refusal != null) {
                    throw command.usage("--out " + report.out() + " would overwrite an input: " + refusal,
                            "write the report to another file, e.g. --out rapport." + report.format().extension());
                }
            }
            try (ReportOutput output = report.out() == null ? ReportOutput.stdout(command.out())
                    : ReportOutput.file(invocation.resolve(report.out()));
                 StepSummary step = StepSummary.open(report.format(), invocation)) {
                Progress progress = report.quiet() ? Progress.silent()
                        : Progress.start(command.err(), checking.fileCount(), invocation);
                checking.onFileDone(progress::fileDone);
                S summary = body.run(checking, output.writer(), report.settings(started.at(), step.writer()), started);
                progress.finish();
                output.commit();
                Problems.report(command.err(), summary.problems());
                return summary.exitCode();
            }
        } catch (IOException | UncheckedIOException e) {
            String message = e instanceof UncheckedIOException u ? u.getCause().toString() : e.toString();
            command.err().println("error: cannot write the report: " + invocation.shown(message, report.out()));
            command.err().println("  hint: check that the folder exists and can be written; nothing was replaced");
            command.err().flush();
            return ExitCode.BAD_INPUT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            command.err().println("error: interrupted; no report was written");
            command.err().flush();
            return ExitCode.INTERNAL_ERROR;
        }
    }
}
