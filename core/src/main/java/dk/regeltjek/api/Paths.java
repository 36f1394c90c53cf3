package dk.regeltjek.api;

import java.nio.file.Path;

/** How messages name a path by default: relative to the working directory when inside it, else in full. */
final class Paths {
    private Paths() {
    }

    static String shown(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = cwd.resolve(path).normalize();
        String shown = abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
        return shown.isEmpty() ? "." : shown.replace('\\', '/');
    }
}
