package dk.regeltjek.bench;

import dk.regeltjek.io.ResourceFolders;
import java.nio.file.Path;

/**
 * The packs the benchmark measures: frozen copies kept with it (resources {@code /frozen}), unpacked
 * into a temporary folder, so an analyst's edit of {@code rules/} never changes or breaks what is measured.
 */
final class FrozenPacks {
    private FrozenPacks() {
    }

    /** Unpacks the frozen rules and their source document below {@code dir}; returns the rules folder. */
    static Path unpack(Path dir) {
        ResourceFolders.copy(FrozenPacks.class, "/frozen", dir);
        return dir.resolve("rules");
    }
}
