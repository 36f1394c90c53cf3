package dk.regeltjek.cli;

import dk.regeltjek.model.PackInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/**
 * Refuses an {@code --out} that names an input: a case file being read, the rules folder or
 * anything in it, a source document a pack quotes, a folder of cases — or a file inside such a
 * folder that the next run would read as a case. Paths are compared as real paths, so a link or
 * {@code ./x/../} does not slip past.
 */
final class OutputGuard {
    private OutputGuard() {
    }

    /** The reason {@code out} may not be written, or null when it may. All paths resolved for the user. */
    static String refusal(Path out, Collection<Path> caseFiles, Collection<Path> caseFolders, Path rulesDir,
                          Collection<PackInfo> packs) {
        Path target = real(out);
        if (Files.isDirectory(target)) {
            return "it is a folder";
        }
        for (Path file : caseFiles) {
            if (target.equals(real(file))) {
                return "it is a case file the command reads";
            }
        }
        if (rulesDir != null && target.startsWith(real(rulesDir))) {
            return "it is in the rules folder " + rulesDir;
        }
        for (PackInfo pack : packs) {
            if (rulesDir != null && pack.source() != null
                    && target.equals(real(rulesDir.resolve(pack.id()).resolve(pack.source())))) {
                return "it is the source document of the pack " + pack.id();
            }
        }
        for (Path folder : caseFolders) {
            if (target.startsWith(real(folder)) && CaseFiles.isCaseFile(target)) {
                return "it is in the case folder " + folder + ", where the next run would read it as a case";
            }
        }
        return null;
    }

    /** The real path, or for a file that does not exist yet the real path of its folder and its name. */
    static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            Path parent = absolute.getParent();
            return parent == null ? absolute : real(parent).resolve(absolute.getFileName());
        }
    }
}
