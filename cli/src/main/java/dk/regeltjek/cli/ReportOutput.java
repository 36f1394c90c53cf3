package dk.regeltjek.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Where a report goes: standard output, or a file. A file is written under a temporary name in
 * its folder and moved into place only when complete, so a run that fails half-way leaves the old
 * report (or none) — never a truncated one.
 */
final class ReportOutput implements AutoCloseable {
    private final Path target;
    private final Path temporary;
    private final Writer writer;
    private boolean committed;

    private ReportOutput(Path target, Path temporary, Writer writer) {
        this.target = target;
        this.temporary = temporary;
        this.writer = writer;
    }

    static ReportOutput stdout(PrintWriter stdout) {
        return new ReportOutput(null, null, new NonClosing(stdout));
    }

    /** {@code target}: the report file, resolved for the user; its folder must exist. */
    static ReportOutput file(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        Writer writer = new OutputStreamWriter(Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), StandardCharsets.UTF_8);
        return new ReportOutput(target, temporary, new java.io.BufferedWriter(writer));
    }

    Writer writer() {
        return writer;
    }

    /** The report is complete: flush it and, for a file, put it in place. */
    void commit() throws IOException {
        writer.flush();
        if (temporary != null) {
            writer.close();
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        committed = true;
    }

    /** Without a commit, the temporary file is removed and the target left as it was. */
    @Override
    public void close() throws IOException {
        if (temporary != null && !committed) {
            try {
                writer.close();
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
    }
}
