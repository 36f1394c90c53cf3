package dk.regeltjek.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.List;

/**
 * What {@code test --update} would do to one case file: its text before and after, the cases whose
 * expect blocks change, and the failing cases it leaves to the analyst (each with why). Nothing is
 * written until {@link #write()}.
 *
 * @param updated the changed cases, as {@code file:line: case name}
 * @param refused the failing cases left as they are, as {@code file:line: case name: why}
 */
public record FileUpdate(Path file, String shownAs, String before, String after, List<String> updated, List<String> refused) {

    /** Whether the file's text would change. */
    public boolean changes() {
        return !before.equals(after);
    }

    /** The change as a unified diff, headed by the file as its user typed it; empty when nothing changes. */
    public String diff() {
        return UnifiedDiff.of(shownAs, before, after);
    }

    /**
     * Writes the new text in one step (a temporary file beside it, then moved over it), so the file
     * is never half written; refuses when the file changed since it was checked.
     */
    public void write() throws IOException {
        if (!changes()) {
            return;
        }
        if (!Files.readString(file, StandardCharsets.UTF_8).equals(before)) {
            throw new IOException(shownAs + " changed while it was checked; run the test again");
        }
        Path dir = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(temp, after, StandardCharsets.UTF_8);
            keepPermissions(temp);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A temporary file is readable by its owner only; the case file keeps the permissions it had. */
    private void keepPermissions(Path temp) throws IOException {
        PosixFileAttributeView from = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        PosixFileAttributeView to = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (from != null && to != null) {
            to.setPermissions(from.readAttributes().permissions());
        }
    }
}
