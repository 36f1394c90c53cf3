package dk.regeltjek.api;

import static org.assertj.core.api.Assertions.assertThat;

import dk.regeltjek.fixtures.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's embedding snippets compile against the library, and the first prints what it
 * promises: the case's name and verdict, then one line per outcome. It runs on the fixture pack (its
 * paths to {@code rules} and to a case file are pointed there), so an edit of a bundled pack never
 * breaks it. The consumer project (core/src/it/consumer) holds the first snippet verbatim.
 */
class ExamplesReadmeTest {
    private static final Pattern RULES_PATH = Pattern.compile("Path\\.of\\(\"rules\"\\)");
    private static final Pattern CASE_PATH = Pattern.compile("Path\\.of\\(\"examples/[^\"]+\\.yaml\"\\)");

    @TempDir
    Path tmp;

    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern CLASS_NAME = Pattern.compile("public class (\\w+)");

    @Test
    void everyReadmeSnippetCompiles() throws Exception {
        List<String> blocks = javaBlocks();
        assertThat(blocks).as("```java blocks in README.md").hasSizeGreaterThanOrEqualTo(2);
        for (String block : blocks) {
            Matcher name = CLASS_NAME.matcher(block);
            assertThat(name.find()).as("a public class in %s", block).isTrue();
            compile(block, name.group(1));
        }
    }

    @Test
    void theConsumerProjectHoldsTheFirstSnippet() throws Exception {
        Path consumer = Path.of("core/src/it/consumer/src/main/java/LibraryExample.java");
        assertThat(Files.readString(consumer, StandardCharsets.UTF_8)).isEqualTo(javaBlocks().get(0));
    }

    @Test
    void theReadmeSnippetCompilesAndRuns() throws Exception {
        String first = javaBlocks().get(0);
        Fixtures fixtures = Fixtures.copyTo(tmp.resolve("fixtures"));
        String snippet = pointAt(first, RULES_PATH, fixtures.rules);
        snippet = pointAt(snippet, CASE_PATH, fixtures.example("tilskud", "graenser.yaml"));
        compile(snippet, "LibraryExample");

        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {tmp.toUri().toURL()}, getClass().getClassLoader())) {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            Method main = loader.loadClass("LibraryExample").getMethod("main", String[].class);
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(original);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .startsWith("Et projekt på præcis 2 mio. kr. får ikke tilskud, mens et på 2.000.001 kr. med præcis 20 pct. "
                        + "almene gør. → opfyldt")
                .contains("  T-1 Grænsen: not_met (samlet budget 2.000.000 kr. er ikke over 2.000.000 kr.)")
                .contains("  T-1 Lige over: met (");
    }

    private static List<String> javaBlocks() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        return JAVA_BLOCK.matcher(readme).results().map(m -> m.group(1)).toList();
    }

    /** Compiles one snippet into {@link #tmp} against the library. */
    private void compile(String snippet, String className) throws Exception {
        Path source = tmp.resolve(className + ".java");
        Files.writeString(source, snippet, StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(null, null, errors, "-classpath", System.getProperty("java.class.path"),
                "-d", tmp.toString(), source.toString());
        assertThat(status).as(errors.toString(StandardCharsets.UTF_8)).isZero();
    }

    /** The snippet with its one path that {@code pattern} finds replaced by {@code path}. */
    private static String pointAt(String snippet, Pattern pattern, Path path) {
        Matcher m = pattern.matcher(snippet);
        assertThat(m.results().count()).as("%s in the README snippet", pattern).isEqualTo(1);
        String literal = path.toAbsolutePath().toString().replace("\\", "\\\\");
        return pattern.matcher(snippet).replaceFirst(Matcher.quoteReplacement("Path.of(\"" + literal + "\")"));
    }
}
