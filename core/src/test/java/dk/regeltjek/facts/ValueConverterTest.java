package dk.regeltjek.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dk.regeltjek.model.Problem;
import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.model.SourceLocation;
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

    private static Problem problem(Throwable e) {
        assertThat(e).isInstanceOf(RegeltjekException.class);
        assertThat(((RegeltjekException) e).kind()).isEqualTo(RegeltjekException.Kind.BAD_INPUT);
        return ((RegeltjekException) e).problems().get(0);
    }

    @Test
    void danishThousandsAreRefusedWithWhatToWrite() throws IOException {
        Node.Mapping m = yaml("bruttoanlaeg2025: 12.000\nlaan2025: 10.000\n");
        Throwable e = catchThrowable(() -> ValueConverter.convert(m.get("bruttoanlaeg2025"), BigDecimal.class,
                () -> "Projekt.bruttoanlaeg2025"));
        assertThat(problem(e).toString()).isEqualTo("v.yaml:1:19: Projekt.bruttoanlaeg2025 must be a number (e.g. 20000000 or "
                + "12.5, with a dot for decimals), not \"12.000\": in Danish that is 12000, in a program 12"
                + System.lineSeparator() + "  hint: write 12000 or 12_000 for 12000, or 12.0 for 12");
        assertThat(problem(catchThrowable(() -> ValueConverter.convert(m.get("laan2025"), Long.class, () -> "Projekt.laan2025")))
                .hint()).isEqualTo("write 10000 or 10_000 for 10000, or 10.0 for 10");
    }

    @Test
    void aDecimalCommaIsRefusedWithTheDotForm() throws IOException {
        Node.Mapping m = yaml("andel: 10,5\n");
        Problem p = problem(catchThrowable(() -> ValueConverter.convert(m.get("andel"), Double.class, () -> "Projekt.andel")));
        assertThat(p.where().toString()).isEqualTo("v.yaml:1:8");
        assertThat(p.hint()).isEqualTo("write 10.5");
    }

    @Test
    void aDateThatDoesNotExistIsRefusedNotMovedToTheEndOfTheMonth() throws IOException {
        Node.Mapping m = yaml("a: 31/02/2026\nb: 30/02/2026\nc: 2026-02-31\n");
        for (String key : new String[] {"a", "b", "c"}) {
            Problem p = problem(catchThrowable(() -> ValueConverter.convert(m.get(key), LocalDate.class, () -> "Projekt.slut")));
            assertThat(p.message()).endsWith(": February 2026 has 28 days");
            assertThat(p.where().column()).isEqualTo(4);
            assertThat(p.hint()).startsWith("check the day and the month");
        }
    }

    @Test
    void wholeNumbersMustFitTheirFieldAndHaveNoDecimals() throws IOException {
        Node.Mapping m = yaml("a: 2147483648\nb: 12.5\nc: 12.0\nd: 999999999999999999\ne: 9223372036854775807\n");
        assertThat(problem(catchThrowable(() -> ValueConverter.convert(m.get("a"), Integer.class, () -> "P.a"))).message())
                .isEqualTo("P.a must be a whole number (e.g. 12), not \"2147483648\": the field holds whole numbers from "
                        + "-2147483648 to 2147483647");
        assertThat(problem(catchThrowable(() -> ValueConverter.convert(m.get("b"), Integer.class, () -> "P.b"))).hint())
                .isEqualTo("write a whole number, e.g. 12");
        assertThat(ValueConverter.convert(m.get("c"), Integer.class, () -> "P.c")).isEqualTo(12);
        assertThat(ValueConverter.convert(m.get("d"), Long.class, () -> "P.d")).isEqualTo(999_999_999_999_999_999L);
        assertThat(problem(catchThrowable(() -> ValueConverter.convert(m.get("e"), Long.class, () -> "P.e"))).message())
                .endsWith(": more than 18 digits before the decimal mark");
    }

    @Test
    void numbersGivenInCodeAreHeldToTheSameLimits() {
        Node.Scalar huge = new Node.Scalar("1E+100000000", false, SourceLocation.of("(api):fact 1"), new BigDecimal("1e100000000"));
        assertThat(problem(catchThrowable(() -> ValueConverter.convert(huge, BigDecimal.class, () -> "P.beloeb"))).message())
                .contains("more than 18 digits or more than 10 decimals");
    }

    @Test
    void danishExcelCellsReadDanishNumbersDatesAndYesNo() {
        SourceLocation at = new SourceLocation("d.csv", 2, 3);
        Node.Scalar amount = new Node.Scalar("12.000,50", false, at, null, Node.Notation.DANISH_EXCEL);
        assertThat(ValueConverter.convert(amount, BigDecimal.class, () -> "P.beloeb")).isEqualTo(new BigDecimal("12000.50"));
        Node.Scalar date = new Node.Scalar("31-12-2026", false, at, null, Node.Notation.DANISH_EXCEL);
        assertThat(ValueConverter.convert(date, LocalDate.class, () -> "P.dato")).isEqualTo(LocalDate.of(2026, 12, 31));
        Node.Scalar yes = new Node.Scalar("SAND", false, at, null, Node.Notation.DANISH_EXCEL);
        assertThat(ValueConverter.convert(yes, Boolean.class, () -> "P.svar")).isEqualTo(true);
        Node.Scalar yesInACaseFile = new Node.Scalar("SAND", false, at);
        assertThatThrownBy(() -> ValueConverter.convert(yesInACaseFile, Boolean.class, () -> "P.svar"))
                .isInstanceOf(RegeltjekException.class);
    }
}
