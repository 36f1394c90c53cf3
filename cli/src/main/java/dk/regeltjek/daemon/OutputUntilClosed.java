package dk.regeltjek.daemon;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Passes output on until a write fails (its reader went away: {@code | head -1} closed the pipe),
 * then drops the rest without complaint, as the PrintWriter of an in-process run does: the
 * command still finishes, and its exit code is the client's.
 */
final class OutputUntilClosed extends FilterOutputStream {
    private boolean closed;

    OutputUntilClosed(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        if (!closed) {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                closed = true;
            }
        }
    }

    @Override
    public void flush() {
        if (!closed) {
            try {
                out.flush();
            } catch (IOException e) {
                closed = true;
            }
        }
    }
}
