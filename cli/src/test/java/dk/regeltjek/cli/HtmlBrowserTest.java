package dk.regeltjek.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real browser (headless Chromium): the DOM it builds has a table with a
 * caption per pack and cells for each status, case text stays text, and the page's own script ran
 * under its Content-Security-Policy. A screenshot is left in cli/target/html-report.png to look at.
 * Tagged "browser": skipped when no Chromium is installed; CI installs it and runs the tag.
 */
@Tag("browser")
class HtmlBrowserTest {
    private static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome");

    @TempDir
    Path tmp;

    private static Path browser() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : BROWSERS) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /** Runs headless Chromium with the flags this machine needs, a fresh profile and no network use. */
    private String chromium(Path browser, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(tmp, "profile")));
        command.addAll(List.of(args));
        Path out = tmp.resolve("chromium.out");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(tmp.resolve("chromium.err").toFile())
                .start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish: " + command);
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @Test
    void chromiumRendersTheMatrixWithCaptionsAndStatusCellsAndRunsOnlyThePagesOwnScript() throws Exception {
        Path browser = browser();
        Assumptions.assumeTrue(browser != null, "no Chromium installed (apt-get install chromium)");
        FixtureCli cli = new FixtureCli(tmp);
        HtmlReportTest.hostileCase(cli);
        Path report = tmp.resolve("rapport.html");
        Cli.Result r = cli.run("run", "--format", "html", "--out", report.toString(), cli.examples());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);

        String dom = chromium(browser, "--dump-dom", report.toUri().toString());
        assertThat(dom).contains("<html lang=\"da\" data-js=\"on\">");
        assertThat(count(dom, "<caption>Pakke tilskud — ")).isEqualTo(1);
        for (String status : List.of("met", "not_met", "warning", "undetermined", "none")) {
            assertThat(count(dom, "<td class=\"s-" + status + "\">")).as(status).isPositive();
        }
        assertThat(count(dom, "<script")).isEqualTo(1);
        assertThat(dom).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<img");

        Path screenshot = Path.of("cli/target/html-report.png").toAbsolutePath();
        Files.deleteIfExists(screenshot);
        chromium(browser, "--window-size=1400,1000", "--hide-scrollbars", "--screenshot=" + screenshot, report.toUri().toString());
        assertThat(screenshot).exists();
        byte[] png = Files.readAllBytes(screenshot);
        assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        assertThat(png.length).isGreaterThan(20_000);
    }

    private static int count(String text, String literal) {
        Matcher m = Pattern.compile(Pattern.quote(literal)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
