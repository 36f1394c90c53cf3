package dk.regeltjek.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.regeltjek.fixtures.Fixtures;
import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.model.Status;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An application can ship its rule packs inside its own jar and load them from the class path. */
class ClasspathRulesTest {
    @TempDir
    Path tmp;

    @Test
    void packsInsideAJarAreCheckedLikePacksInAFolder() throws IOException {
        Fixtures fixtures = Fixtures.copyTo(tmp.resolve("fixtures"));
        Path jar = tmp.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(fixtures.root)) {
            out.putNextEntry(new JarEntry("app/"));
            out.closeEntry();
            for (Path file : files.filter(f -> !f.equals(fixtures.root)).sorted().toList()) {
                String name = "app/" + fixtures.root.relativize(file).toString().replace('\\', '/');
                boolean folder = Files.isDirectory(file);
                out.putNextEntry(new JarEntry(folder ? name + "/" : name)); // as jar tools write them: folders too
                if (!folder) {
                    Files.copy(file, out);
                }
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Checker checker = Checker.loadFromClasspath(loader, "app/rules");
            assertThat(checker.packs()).containsKey("tilskud");
            List<CaseResult> fromJar = checker.checkFile(fixtures.example("tilskud", "graenser.yaml"));
            List<CaseResult> fromFolder = Checker.load(fixtures.rules).checkFile(fixtures.example("tilskud", "graenser.yaml"));
            assertThat(fromJar.get(0).verdict()).isEqualTo(Status.MET);
            assertThat(fromJar.get(0).outcomes()).extracting(o -> o.criterion() + " " + o.status() + " " + o.message())
                    .isEqualTo(fromFolder.get(0).outcomes().stream().map(o -> o.criterion() + " " + o.status() + " " + o.message())
                            .toList());
            assertThat(checker.rules("tilskud").get(0).file()).startsWith("classpath:app/rules/tilskud/");
        }
    }

    @Test
    void aMissingFolderIsALocatedProblem() {
        assertThatThrownBy(() -> Checker.loadFromClasspath(getClass().getClassLoader(), "no/such/rules"))
                .isInstanceOf(RegeltjekException.class).hasMessageContaining("classpath:no/such/rules: no such folder on the class path");
    }

}
