package dk.regeltjek.api;

import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.model.SourceLocation;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * A rules folder on the class path — in a folder of classes or inside a jar — as a path the
 * engine can read. A jar is opened as a file system once and stays open for the JVM's life, as
 * the packs of a checker are read whenever one is first needed.
 */
final class ClasspathRules {
    private ClasspathRules() {
    }

    static Path resolve(ClassLoader loader, String folder) {
        String name = folder.startsWith("/") ? folder.substring(1) : folder;
        URL url = loader.getResource(name);
        if (url == null) {
            throw RegeltjekException.badInput(SourceLocation.of("classpath:" + name), "no such folder on the class path",
                    "package the rules folder (with <pack>/pack.yaml) as a resource, e.g. src/main/resources/" + name);
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return Path.of(uri);
            }
            return jar(uri).provider().getPath(uri);
        } catch (URISyntaxException | IOException e) {
            throw RegeltjekException.badInput(SourceLocation.of("classpath:" + name), "cannot read the rules on the class path: "
                    + e.getMessage(), null);
        }
    }

    private static FileSystem jar(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        }
    }
}
