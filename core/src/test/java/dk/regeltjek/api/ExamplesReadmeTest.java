package dk.regeltjek.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's embedding snippet compiles against the library and prints what it promises. */
class ExamplesReadmeTest {
    @TempDir
    Path tmp;

    @Test
    void theReadmeSnippetCompilesAndRuns() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(block.find()).as("a ```java block in README.md").isTrue();
        Path source = tmp.resolve("LibraryExample.java");
        Files.writeString(source, block.group(1), StandardCharsets.UTF_8);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(null, null, errors, "-classpath", System.getProperty("java.class.path"),
                "-d", tmp.toString(), source.toString());
        assertThat(status).as(errors.toString(StandardCharsets.UTF_8)).isZero();

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
                .contains("giver låneadgang for det ene projekt. → opfyldt")
                .contains("LP-4 Opgangsfællesskabet Syd: not_met");
    }
}
