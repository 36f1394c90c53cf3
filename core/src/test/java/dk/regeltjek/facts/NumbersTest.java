package dk.regeltjek.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One rule for numbers: what a Danish reader could read differently is refused with what to write, never guessed. */
class NumbersTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "20000000|20000000", "20_000_000|20000000", "-3.5|-3.5", "0.125|0.125", "0.1|0.1", "12.0|12.0",
        "1234.567|1234.567", "12.5000|12.5000", "007|7", "  42 |42", "999999999999999999|999999999999999999",
        "0.0000000001|1E-10"})
    void plainNumbersAreRead(String text, String value) {
        assertThat(Numbers.parsePlain(text)).isEqualByComparingTo(new BigDecimal(value));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
        "12.000|in Danish that is 12000, in a program 12|write 12000 or 12_000 for 12000, or 12.0 for 12",
        "1.500|in Danish that is 1500, in a program 1.5|write 1500 or 1_500 for 1500, or 1.5 for 1.5",
        "-10.000|in Danish that is -10000, in a program -10|write -10000 or -10_000 for -10000, or -10.0 for -10",
        "3.375|in Danish that is 3375, in a program 3.375|write 3375 or 3_375 for 3375, or 3.3750 for 3.375",
        "1.000.000|dots that group thousands are not read in a case file|write 1000000 or 1_000_000",
        "10,5|a comma is not a decimal mark in a case file|write 10.5",
        "1.234,5|a comma is not a decimal mark in a case file|write 1234.5",
        "1,000|a comma is not a decimal mark in a case file|write 1.0 (or 1000 if you mean thousands)",
        "12 000|spaces between digit groups are not read|write 12000 or 12_000",
        "12\u00A0000|spaces between digit groups are not read|write 12000 or 12_000",
        "1e6|exponent notation is not read|write all the digits, e.g. 12000000 or 12_000_000",
        "+5|a + sign is not written|write 5",
        "\u22125|the minus is a typographic minus sign|write -5 with a hyphen",
        "1234567890123456789|more than 18 digits before the decimal mark|amounts need at most 18 digits; check the value",
        "0.12345678901|more than 10 decimals|round it to at most 10 decimals"})
    void whatADanishReaderReadsDifferentlyIsRefused(String text, String reason, String hint) {
        assertThatThrownBy(() -> Numbers.parsePlain(text)).isInstanceOfSatisfying(Numbers.Refusal.class, r -> {
            assertThat(r.reason()).isEqualTo(reason);
            assertThat(r.hint()).isEqualTo(hint);
        });
    }

    @ParameterizedTest
    @CsvSource({"_1", "1_", "1__0", "1.", ".5", "-", "1.2.3", "15 mio", "0x1F", "''"})
    void otherTextIsNotANumber(String text) {
        assertThatThrownBy(() -> Numbers.parsePlain(text)).isInstanceOf(Numbers.Refusal.class);
    }

    @Test
    void hugeExponentsAreRefusedAtOnceInsteadOfSpinningLater() {
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            for (String text : new String[] {"1e100000000", "1e-100000000", "-1E+999999999"}) {
                assertThatThrownBy(() -> Numbers.parsePlain(text)).isInstanceOf(Numbers.Refusal.class)
                        .hasMessageContaining("exponent notation is not read");
                assertThatThrownBy(() -> Numbers.parseDanish(text.replace('.', ','))).isInstanceOf(Numbers.Refusal.class);
            }
            assertThatThrownBy(() -> Numbers.requireBounded(new BigDecimal("1e100000000"))).isInstanceOf(Numbers.Refusal.class)
                    .hasMessageContaining("a number of 100000001 digits");
        });
    }

    @Test
    void aDotIsADecimalPointWhereTheSourceShowsIt() {
        assertThat(Numbers.parseWithDecimalPoint("3.375")).isEqualByComparingTo("3.375");
        assertThat(Numbers.showsDecimalPoint("4.5")).isTrue();
        assertThat(Numbers.showsDecimalPoint("0.250")).isTrue();
        assertThat(Numbers.showsDecimalPoint("1234.567")).isTrue();
        assertThat(Numbers.showsDecimalPoint("3.375")).isFalse();
        assertThat(Numbers.showsDecimalPoint("12")).isFalse();
        assertThatThrownBy(() -> Numbers.parseWithDecimalPoint("10,5")).isInstanceOf(Numbers.Refusal.class);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "12.000|12000", "1.234.567,89|1234567.89", "10,5|10.5", "-0,25|-0.25", "1234567|1234567", "0,125|0.125"})
    void danishNumbersGroupThousandsWithDotsAndUseADecimalComma(String text, String value) {
        assertThat(Numbers.parseDanish(text)).isEqualByComparingTo(new BigDecimal(value));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
        "1.5|in a Danish number the dot groups thousands in threes and the comma is the decimal mark|write 1,5",
        "12.34.567|''|write the number with a comma for decimals, e.g. 1.234,5 or 1234,5",
        "1,23E+11|the number is in exponent notation, so digits may be lost|format the column as a number (not General) in Excel and save again",
        "1 234,5|spaces between digit groups are not read|write 1234,5"})
    void danishTextThatIsNotADanishNumberIsRefused(String text, String reason, String hint) {
        assertThatThrownBy(() -> Numbers.parseDanish(text)).isInstanceOfSatisfying(Numbers.Refusal.class, r -> {
            assertThat(r.reason()).isEqualTo(reason.isEmpty() ? null : reason);
            assertThat(r.hint()).isEqualTo(hint);
        });
    }
}
