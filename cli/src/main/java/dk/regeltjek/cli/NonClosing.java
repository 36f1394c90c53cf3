package dk.regeltjek.cli;

import java.io.FilterWriter;
import java.io.PrintWriter;

/** Standard output as a Writer that a try-with-resources flushes but never closes. */
final class NonClosing extends FilterWriter {
    NonClosing(PrintWriter out) {
        super(out);
    }

    @Override
    public void close() throws java.io.IOException {
        flush();
    }
}
