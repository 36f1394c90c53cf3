package dk.regeltjek.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.regeltjek.fixtures.Fixtures;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output never depends on the JVM's locale or time zone: the daemon runs in its own, and its
 * users' outputs must be byte for byte what they would get in-process. (Turkish is the classic
 * trap: "ikke opfyldt".toUpperCase() there gives "İKKE OPFYLDT".)
 */
class LocaleIndependenceTest {
    @TempDir
    Path tmp;

    @Test
    void turkishLocaleAndAnotherTimeZoneChangeNothing() {
        Fixtures fixtures = Fixtures.copyTo(tmp);
        String[] text = {"run", "--explain", "all", "--color", "never", "--no-cache", "--rules", fixtures.rules.toString(),
            fixtures.examples.resolve("tilskud").toString()};
        String[] html = {"run", "--format", "json", "--no-cache", "--rules", fixtures.rules.toString(),
            fixtures.example("tilskud", "graenser.yaml").toString()};
        Cli.Result textHere = Cli.run(text);
        Cli.Result jsonHere = Cli.run(html);
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Cli.Result textThere = Cli.run(text);
            Cli.Result jsonThere = Cli.run(html);
            assertThat(textThere.out()).isEqualTo(textHere.out()).contains("IKKE OPFYLDT").doesNotContain("İ");
            assertThat(withoutTime(jsonThere.out())).isEqualTo(withoutTime(jsonHere.out()));
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    private static String withoutTime(String json) {
        return json.replaceAll("\"createdAt\"( ?): ?\"[^\"]*\"", "\"createdAt\": \"…\"");
    }
}
