package dk.regeltjek.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/** Case strings cannot fake terminal lines or links, and never make an XML report ill-formed. */
class SafeTest {

    @Test
    void terminalTextShowsControlCharactersAndEscapeSequencesAsVisibleEscapes() {
        String hostile = "Sag\u001b]8;;https://evil.example\u0007klik\u001b]8;;\u0007\nFAIL falsk linje\r\t\u202Eslut\u009b";
        String safe = Safe.terminal(hostile);
        assertThat(safe).doesNotContain("\u001b", "\u0007", "\n", "\r", "\t", "\u202E", "\u009b")
                .isEqualTo("Sag\\u001B]8;;https://evil.example\\u0007klik\\u001B]8;;\\u0007\\nFAIL falsk linje\\r\\t\\u202Eslut\\u009B");
    }

    @Test
    void ordinaryDanishTextIsLeftAlone() {
        String text = "Bofællesskabet «Nordlys» — 20.000.000 kr. ✓";
        assertThat(Safe.terminal(text)).isSameAs(text);
        assertThat(Safe.xml(text)).isSameAs(text);
    }

    @Test
    void xmlTextReplacesEveryCharacterXmlForbids() throws Exception {
        String hostile = "a\u0000b\u0008c\uFFFEd\uFFFFe\uD800f\uDC00g\uD83D\uDE00h\ti\nj";
        String safe = Safe.xml(hostile);
        assertThat(safe).isEqualTo("a\\u0000b\\u0008c\uFFFDd\uFFFDe\uFFFDf\uFFFDg\uD83D\uDE00h\ti\nj");
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader("<x a=\"" + Html.escape(hostile) + "\">" + Html.escape(hostile) + "</x>")));
    }

    @Test
    void oneLineXmlHasNoLineBreaks() {
        assertThat(Safe.xmlLine("to\r\nlinjer\nog\ttab")).isEqualTo("to linjer og tab");
    }
}
