package dk.regeltjek.cli;

import dk.regeltjek.api.Case;
import dk.regeltjek.api.Checker;
import dk.regeltjek.model.RegeltjekException;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** A case file to check: one on disk, or the content of standard input ({@code -}). */
sealed interface CaseFile {
    /** How messages and results name it. */
    String shown();

    /** Its cases that can be read; the mistakes of the others (all of them) go to {@code problems}. */
    List<Case> read(Checker checker, Consumer<RegeltjekException> problems);

    /** The file on disk, or empty for standard input. */
    default Optional<Path> onDisk() {
        return this instanceof OnDisk file ? Optional.of(file.path()) : Optional.empty();
    }

    /** A file on disk; {@code path} is resolved, {@code shown} as the user sees it from their folder. */
    record OnDisk(Path path, String shown) implements CaseFile {
        @Override
        public List<Case> read(Checker checker, Consumer<RegeltjekException> problems) {
            return checker.read(path, shown, problems);
        }
    }

    /**
     * A piece of a bulk file ({@code .jsonl}, {@code .csv}): its cases read in order, and the
     * problems of the rows among them that could not be read. The file is read piece by piece, as
     * the pieces before are checked, so memory does not grow with its size.
     */
    record Piece(String shown, List<Case> cases, List<dk.regeltjek.model.Problem> readProblems) implements CaseFile {
        @Override
        public List<Case> read(Checker checker, Consumer<RegeltjekException> problems) {
            if (!readProblems.isEmpty()) {
                problems.accept(new RegeltjekException(RegeltjekException.Kind.BAD_INPUT, readProblems));
            }
            return cases;
        }
    }

    /**
     * Standard input, read whole before checking starts; it has no folder, so it cannot refer to
     * other files ({@code csv:}). JSON when it starts with '{', else YAML.
     */
    record FromStdin(byte[] content, String shown) implements CaseFile {
        static FromStdin of(byte[] content) {
            return new FromStdin(content, json(content) ? "stdin.json" : "stdin.yaml");
        }

        private static boolean json(byte[] bytes) {
            for (byte b : bytes) {
                if (!Character.isWhitespace(b)) {
                    return b == '{';
                }
            }
            return false;
        }

        @Override
        public List<Case> read(Checker checker, Consumer<RegeltjekException> problems) {
            try {
                return checker.read(new ByteArrayInputStream(content), shown, shown.endsWith(".json"));
            } catch (RegeltjekException e) {
                problems.accept(e);
                return List.of();
            }
        }
    }
}
