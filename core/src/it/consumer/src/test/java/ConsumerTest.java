import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.regeltjek.api.Checker;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a project embedding regeltjek gets: the library jar holds no command line, daemon, service
 * or benchmark; no log binding or command-line parser comes with it; and the README's snippet runs.
 */
class ConsumerTest {

    /**
     * The snippet reads {@code rules} and a case under {@code examples/laanepulje/} from the working
     * directory; the core's fixture pack stands in for the bundled ones (whose content may change).
     */
    @BeforeAll
    static void fixturesWhereTheSnippetLooks() throws IOException {
        Path fixtures = Path.of(System.getProperty("regeltjek.fixtures"));
        copyTree(fixtures.resolve("rules"), Path.of("rules"));
        copyTree(fixtures.resolve("sources"), Path.of("sources"));
        Path caseFile = Path.of("examples/laanepulje/blandet-ansoegning.yaml");
        Files.createDirectories(caseFile.getParent());
        Files.copy(fixtures.resolve("examples/tilskud/graenser.yaml"), caseFile, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theLibraryJarHoldsOnlyTheLibrary() throws Exception {
        Path jar = Path.of(Checker.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(jar.getFileName().toString()).startsWith("regeltjek-").endsWith(".jar");
        try (JarFile file = new JarFile(jar.toFile())) {
            List<String> entries = file.stream().map(e -> e.getName()).toList();
            assertThat(entries).contains("dk/regeltjek/api/Checker.class");
            assertThat(entries).noneMatch(name -> name.startsWith("dk/regeltjek/cli/")
                    || name.startsWith("dk/regeltjek/daemon/") || name.startsWith("dk/regeltjek/service/")
                    || name.startsWith("dk/regeltjek/warm/") || name.startsWith("dk/regeltjek/bench/")
                    || name.startsWith("picocli/") || name.equals("simplelogger.properties")
                    || name.equals("logback.xml"));
        }
    }

    @Test
    void noCommandLineParserAndNoLogBindingReachTheConsumer() {
        assertThatThrownBy(() -> Class.forName("picocli.CommandLine")).isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("org.slf4j.simple.SimpleServiceProvider"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("ch.qos.logback.classic.Logger")).isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void theReadmeSnippetRuns() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            LibraryExample.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .startsWith("Et projekt på præcis 2 mio. kr. får ikke tilskud, mens et på 2.000.001 kr. med præcis 20 pct. "
                        + "almene gør. → opfyldt")
                .contains("  T-1 Grænsen: not_met (samlet budget 2.000.000 kr. er ikke over 2.000.000 kr.)")
                .contains("  T-1 Lige over: met (");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
