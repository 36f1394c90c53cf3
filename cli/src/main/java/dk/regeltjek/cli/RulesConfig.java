package dk.regeltjek.cli;

import dk.regeltjek.api.Checker;
import java.nio.file.Path;

/** The rules folder (as typed) and the cache folder (null: none). */
record RulesConfig(Path rulesDir, Path cacheDir) {

    Checker load(Invocation invocation) {
        return invocation.checker(rulesDir, cacheDir);
    }
}
