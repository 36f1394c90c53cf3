package dk.regeltjek.cli;

import dk.regeltjek.api.Checker;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A case file given as {@code -}: standard input saved in a fresh, empty folder, so it cannot refer
 * to other files (a {@code csv:} next to it does not exist) and is shown as {@code stdin.yaml}
 * (or {@code stdin.json} when it starts with '{'). Until the case reader can read without a base
 * folder, this is how a case from a pipe reaches it. The folder is deleted afterwards.
 */
final class StdinCase implements AutoCloseable {
    private final Path folder;
    private final Path file;

    private StdinCase(Path folder, Path file) {
        this.folder = folder;
        this.file = file;
    }

    static StdinCase read(InputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        Path folder = Files.createTempDirectory("regeltjek-stdin-");
        Path file = folder.resolve(looksLikeJson(bytes) ? "stdin.json" : "stdin.yaml");
        Files.write(file, bytes);
        return new StdinCase(folder, file);
    }

    private static boolean looksLikeJson(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b)) {
                return b == '{';
            }
        }
        return false;
    }

    /** The case file, read by a checker working in the case's own folder. */
    CaseFile caseFile(Checker checker) {
        return new CaseFile(file.getFileName(), checker.from(folder));
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is harmless; the report is what matters
        }
    }
}
