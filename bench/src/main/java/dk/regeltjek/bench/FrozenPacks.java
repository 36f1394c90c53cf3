package dk.regeltjek.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The packs the benchmark measures: frozen copies kept with it (resources {@code /frozen}), unpacked
 * into a temporary folder, so an analyst's edit of {@code rules/} never changes or breaks what is measured.
 */
final class FrozenPacks {
    private FrozenPacks() {
    }

    /** Unpacks the frozen rules and their source document below {@code dir}; returns the rules folder. */
    static Path unpack(Path dir) {
        URL url = FrozenPacks.class.getResource("/frozen");
        if (url == null) {
            throw new IllegalStateException("the benchmark's frozen packs are missing from its class path");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    copy(jar.provider().getPath(uri), dir);
                }
            } else {
                copy(Path.of(uri), dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return dir.resolve("rules");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    try (InputStream in = Files.newInputStream(source)) {
                        Files.copy(in, target);
                    }
                }
            }
        }
    }
}
