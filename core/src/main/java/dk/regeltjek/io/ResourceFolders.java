package dk.regeltjek.io;

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

/** Copies a folder of resources — from a folder of classes or from inside a jar — onto the disk. */
public final class ResourceFolders {
    private ResourceFolders() {
    }

    /**
     * Copies the resource folder {@code name} (e.g. {@code "/fixtures"}) beside {@code anchor}'s
     * classes into {@code to}, which must not hold its files yet.
     *
     * @throws IllegalStateException when there is no such folder on {@code anchor}'s class path
     */
    public static void copy(Class<?> anchor, String name, Path to) {
        URL url = anchor.getResource(name);
        if (url == null) {
            throw new IllegalStateException(name + " is not on the class path of " + anchor.getName());
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    copyTree(jar.provider().getPath(uri), to);
                }
            } else {
                copyTree(Path.of(uri), to);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
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
