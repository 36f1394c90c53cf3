package dk.regeltjek.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.regeltjek.model.RegeltjekException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Values are converted by the field's declared type, so YAML 1.1's guesses never bite. */
class ValueConverterTest {
    @TempDir
    Path tmp;

    private Node.Mapping yaml(String text) throws IOException {
        Path file = Files.writeString(tmp.resolve("v.yaml"), text);
        return (Node.Mapping) TreeReader.readDocuments(file, "v.yaml").get(0);
    }

    @Test
    void yamlTrapsKeepTheTextAsWritten() throws IOException {
        Node.Mapping m = yaml("land: NO\nsvar: on\nkode: 010\ndato: 2024-01-01\n");
        assertThat(ValueConverter.convert(m.get("land"), String.class, () -> "land")).isEqualTo("NO");
        assertThat(ValueConverter.convert(m.get("svar"), String.class, () -> "svar")).isEqualTo("on");
        assertThat(ValueConverter.convert(m.get("kode"), String.class, () -> "kode")).isEqualTo("010");
        assertThat(ValueConverter.convert(m.get("dato"), String.class, () -> "dato")).isEqualTo("2024-01-01");
        assertThat(ValueConverter.convert(m.get("dato"), LocalDate.class, () -> "dato")).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(ValueConverter.convert(m.get("land"), Boolean.class, () -> "land")).isEqualTo(false);
    }

    @Test
    void numbersDatesAndBooleansConvertExactly() throws IOException {
        Node.Mapping m = yaml("a: 0.1\nb: 20_000_000\nc: 31/12/2026\nd: ja\ne: [x, y]\n");
        assertThat(ValueConverter.convert(m.get("a"), BigDecimal.class, () -> "a")).isEqualTo(new BigDecimal("0.1"));
        assertThat(ValueConverter.convert(m.get("b"), Integer.class, () -> "b")).isEqualTo(20_000_000);
        assertThat(ValueConverter.convert(m.get("c"), LocalDate.class, () -> "c")).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(ValueConverter.convert(m.get("d"), Boolean.class, () -> "d")).isEqualTo(true);
        assertThat(ValueConverter.convert(m.get("e"), List.class, () -> "e")).isEqualTo(List.of("x", "y"));
    }

    @Test
    void aDanishDecimalCommaIsRefusedRatherThanMisread() throws IOException {
        Node.Mapping m = yaml("andel: 24,9\n");
        assertThatThrownBy(() -> ValueConverter.convert(m.get("andel"), BigDecimal.class, () -> "Projekt.andel"))
                .isInstanceOf(RegeltjekException.class)
                .hasMessageContaining("v.yaml:1:8: Projekt.andel must be a number (e.g. 20000000 or 12.5, with a dot for decimals)");
    }

    @Test
    void aRepeatedKeyIsAnError() {
        assertThatThrownBy(() -> yaml("a: 1\na: 2\n")).isInstanceOf(RegeltjekException.class)
                .hasMessageContaining("v.yaml:2:1: the key \"a\" is repeated (first at line 1)");
    }
}
