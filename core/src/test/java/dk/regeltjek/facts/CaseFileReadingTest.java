package dk.regeltjek.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dk.regeltjek.model.Problem;
import dk.regeltjek.model.SourceLocation;
import dk.regeltjek.model.RegeltjekException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading YAML and JSON case files: aliases give their value, and every limit refuses early, located, with a hint. */
class CaseFileReadingTest {
    @TempDir
    Path tmp;

    private List<Node> read(String name, String text) throws IOException {
        return read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private List<Node> read(String name, byte[] bytes) throws IOException {
        Path file = Files.write(tmp.resolve(name), bytes);
        return TreeReader.readDocuments(file, name);
    }

    static Problem refusal(Throwable e) {
        assertThat(e).isInstanceOf(RegeltjekException.class);
        assertThat(((RegeltjekException) e).kind()).isEqualTo(RegeltjekException.Kind.BAD_INPUT);
        Problem problem = ((RegeltjekException) e).problems().get(0);
        assertThat(problem.hint()).isNotBlank();
        return problem;
    }

    @Test
    void anAliasStandsForTheValueOfItsAnchor() throws IOException {
        Node.Mapping m = (Node.Mapping) read("a.yaml", """
                navn: &sg Styregruppen for EPT4
                organ: *sg
                medlem: &m { navn: Anne, rolle: formand }
                formand: *m
                """).get(0);
        assertThat(((Node.Scalar) m.get("organ")).text()).isEqualTo("Styregruppen for EPT4");
        assertThat(((Node.Scalar) ((Node.Mapping) m.get("formand")).get("rolle")).text()).isEqualTo("formand");
        // the value stands where the alias is, so a mistake in using it is shown there
        assertThat(m.get("organ").location()).isEqualTo(new SourceLocation("a.yaml", 2, 8));
        assertThat(m.get("formand").location()).isEqualTo(new SourceLocation("a.yaml", 4, 10));
    }

    @Test
    void anAliasToFieldsWhereATextBelongsIsRefusedAtTheAlias() throws IOException {
        Path file = Files.writeString(tmp.resolve("c.yaml"), """
                case: En sag.
                pack: p
                facts:
                  Ansoegning: &a
                    kommune: Hillerød
                  Projekt:
                    - navn: *a
                """);
        Node.Mapping facts = (Node.Mapping) ((Node.Mapping) TreeReader.readDocuments(file, "c.yaml").get(0)).get("facts");
        Node navn = ((Node.Mapping) ((Node.Sequence) facts.get("Projekt")).items().get(0)).get("navn");
        Problem p = refusal(catchThrowable(() -> ValueConverter.convert(navn, String.class, () -> "Projekt.navn")));
        assertThat(p.toString()).startsWith("c.yaml:7:13: Projekt.navn must be a text, not a mapping");
    }

    @Test
    void anAliasBombIsRefusedBeforeItFillsTheMemory() {
        StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 9; i++) {
            bomb.append("a").append(i).append(": &a").append(i).append(" [");
            bomb.append(("*a" + (i - 1) + ", ").repeat(9)).append("*a").append(i - 1).append("]\n");
        }
        Problem p = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> refusal(catchThrowable(() -> read("bomb.yaml", bomb.toString()))));
        assertThat(p.toString()).startsWith("bomb.yaml:6:").contains("more than 1,000,000 values in one case file")
                .contains("hint: split the cases over several files");
    }

    @Test
    void aValueThatContainsItselfOrAnUnknownAliasIsRefused() {
        assertThat(refusal(catchThrowable(() -> read("r.yaml", "a: &a [1, *a]\n"))).toString())
                .startsWith("r.yaml:1:11: the alias *a stands inside the value of &a");
        assertThat(refusal(catchThrowable(() -> read("u.yaml", "a: *nowhere\n"))).toString())
                .startsWith("u.yaml:1:4: the alias *nowhere refers to no anchor &nowhere");
    }

    @Test
    void mergeKeysAreRefusedRatherThanReadAsAField() {
        Problem p = refusal(catchThrowable(() -> read("m.yaml", "base: &b { a: 1 }\nx:\n  <<: *b\n  c: 2\n")));
        assertThat(p.toString()).startsWith("m.yaml:3:3: merge keys (<<) are not read");
    }

    @Test
    void aLongLineIsRefusedBeforeParsingWithoutTheQuadraticScan() {
        String text = "case: x\nfacts:\n  P:\n    navn: \"" + "x".repeat(8_000_000) + "\"\n";
        Problem p = assertTimeoutPreemptively(Duration.ofSeconds(3), () -> refusal(catchThrowable(() -> read("long.yaml", text))));
        assertThat(p.toString()).startsWith("long.yaml:4:1: the line is longer than 100,000 characters");
    }

    @Test
    void aLongValueIsRefusedWhileReading() {
        String yaml = "navn: >-\n" + ("  " + "x".repeat(1000) + "\n").repeat(101);
        assertThat(refusal(catchThrowable(() -> read("v.yaml", yaml))).toString())
                .startsWith("v.yaml:1:7: the value is longer than 100,000 characters");
        String json = "{\"case\": \"x\",\n \"navn\": \"" + "x".repeat(200_000) + "\"}";
        assertThat(refusal(catchThrowable(() -> read("v.json", json))).toString())
                .startsWith("v.json:2:").contains(": a value is longer than 100,000 characters");
    }

    @Test
    void deepNestingIsRefused() {
        assertThat(refusal(catchThrowable(() -> read("d.yaml", "a: " + "[".repeat(100) + "]".repeat(100) + "\n"))).message())
                .isEqualTo("mappings and lists are nested more than 64 deep");
        assertThat(refusal(catchThrowable(() -> read("d.json", "{\"a\": " + "[".repeat(100) + "]".repeat(100) + "}"))).message())
                .isEqualTo("mappings and lists are nested more than 64 deep");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsParsed() throws IOException {
        Path big = tmp.resolve("stor.yaml");
        Files.write(big, new byte[(int) ReadLimits.MAX_CASE_FILE_BYTES + 1]); // not even YAML: never parsed
        Problem p = refusal(catchThrowable(() -> CaseReader.read(big, "stor.yaml")));
        assertThat(p.toString()).isEqualTo("stor.yaml: the file is larger than 16 MB; a case file may be at most 16 MB"
                + System.lineSeparator() + "  hint: split the cases over several files, or give long lists of rows as CSV files (csv: rows.csv)");
    }

    @Test
    void textThatIsNotUtf8IsLocated() {
        byte[] latin1 = "case: Et projekt\nnavn: Bofællesskab\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(refusal(catchThrowable(() -> read("l.yaml", latin1))).toString())
                .isEqualTo("l.yaml:2:10: the file is not UTF-8 text" + System.lineSeparator() + "  hint: save the file as UTF-8");
    }

    @Test
    void aJsonSyntaxErrorQuotesNothingOfTheFile() {
        Problem p = refusal(catchThrowable(() -> read("s.json", "{\"case\": HEMMELIGT_ORD}")));
        assertThat(p.toString()).startsWith("s.json:1:").contains("not valid JSON").doesNotContain("HEMMELIGT");
    }

    @Test
    void aCaseFromStandardInputIsReadWithinTheSameLimits() throws IOException {
        byte[] text = "case: Fra standard input.\npack: laanepulje\nfacts:\n  Projekt: { navn: Nord }\n".getBytes(StandardCharsets.UTF_8);
        List<RawCase> cases = CaseReader.read(new ByteArrayInputStream(text), CaseSource.withoutFolder("<stdin>", false));
        assertThat(cases).singleElement().satisfies(c -> assertThat(c.facts().get("Projekt").objects()).hasSize(1));
        byte[] tooLarge = new byte[(int) ReadLimits.MAX_CASE_FILE_BYTES + 10];
        assertThat(refusal(catchThrowable(() -> CaseReader.read(new ByteArrayInputStream(tooLarge),
                CaseSource.withoutFolder("<stdin>", false)))).message()).isEqualTo("the file is larger than 16 MB; a case file may be at most 16 MB");
    }

    @Test
    void aCaseHoldsAtMostTheFactLimit() {
        String facts = "    - {a: 1}\n".repeat(ReadLimits.MAX_FACTS_PER_CASE + 1);
        Problem p = refusal(catchThrowable(() -> CaseReader.read(Files.writeString(tmp.resolve("f.yaml"),
                "case: Mange.\npack: p\nfacts:\n  P:\n" + facts), "f.yaml")));
        assertThat(p.toString()).startsWith("f.yaml:4:3: the case has more than 100,000 facts");
    }
}
