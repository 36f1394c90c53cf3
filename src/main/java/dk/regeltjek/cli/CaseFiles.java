package dk.regeltjek.cli;

import dk.regeltjek.api.Checker;
import dk.regeltjek.api.RegeltjekException;
import dk.regeltjek.api.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Expands the PATH arguments into case files: files as given, folders searched for .yaml/.yml/.json. */
final class CaseFiles {
    private CaseFiles() {
    }

    /** {@code checker} shows the paths in messages as its user typed them. */
    static List<Path> expand(List<Path> paths, Checker checker) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(CaseFiles::isCaseFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw RegeltjekException.badInput(SourceLocation.of(checker.show(path)), "cannot read: " + e.getMessage(), null);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw RegeltjekException.badInput(SourceLocation.of(checker.show(path)), "no such file or folder",
                        "give case files (.yaml, .yml, .json) or folders holding them");
            }
        }
        return files;
    }

    private static boolean isCaseFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }
}
