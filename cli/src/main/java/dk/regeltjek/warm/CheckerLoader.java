package dk.regeltjek.warm;

import dk.regeltjek.api.Checker;
import java.nio.file.Path;

/**
 * How a command gets its rules: loaded afresh in a one-off run, or from warm checkers (reloaded
 * when the rules change) in the daemon. {@code rulesDir} is resolved; {@code shownAs} is how the
 * user's messages name it.
 */
@FunctionalInterface
public interface CheckerLoader {
    Checker load(Path rulesDir, String shownAs, Path cacheDir);
}
