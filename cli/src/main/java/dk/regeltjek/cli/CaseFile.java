package dk.regeltjek.cli;

import dk.regeltjek.api.Checker;
import java.nio.file.Path;

/**
 * A case file to check, with the checker that reads it: the command's own, or for a case read
 * from standard input one that shows it by its name in a folder of its own.
 */
record CaseFile(Path path, Checker checker) {
}
