package dk.regeltjek.rules;

import dk.regeltjek.model.Values;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How values read in explanations: Danish digit grouping and decimal comma, whole numbers fast or not. */
class ValuesTest {

    @Test
    void wholeNumbersAreGroupedByThousandsWithDots() {
        assertThat(Values.format(new BigDecimal("20000000"))).isEqualTo("20.000.000");
        assertThat(Values.format(new BigDecimal("2E+7"))).isEqualTo("20.000.000");
        assertThat(Values.format(new BigDecimal("-1234"))).isEqualTo("-1.234");
        assertThat(Values.format(new BigDecimal("999"))).isEqualTo("999");
        assertThat(Values.format(BigDecimal.ZERO)).isEqualTo("0");
        assertThat(Values.format(new BigDecimal("12345678901234567890"))).isEqualTo("12.345.678.901.234.567.890");
        assertThat(Values.format(new BigDecimal("-999999999999999999"))).isEqualTo("-999.999.999.999.999.999");
    }

    @Test
    void decimalsUseACommaAndDropTrailingZeros() {
        assertThat(Values.format(new BigDecimal("12.5"))).isEqualTo("12,5");
        assertThat(Values.format(new BigDecimal("1234567.890"))).isEqualTo("1.234.567,89");
        assertThat(Values.format(new BigDecimal("0.000"))).isEqualTo("0");
        assertThat(Values.format(new BigDecimal("-0.25"))).isEqualTo("-0,25");
    }

    @Test
    void amountsInKronerShowØreAndCountsStayUngrouped() {
        assertThat(Values.format(Enheder.kr(new BigDecimal("302198.7")))).isEqualTo("302.198,70 kr.");
        assertThat(Values.format(Enheder.kr(20000000))).isEqualTo("20.000.000 kr.");
        assertThat(Values.format(2027)).isEqualTo("2027");
        assertThat(Values.format(LocalDate.of(2026, 12, 31))).isEqualTo("31/12/2026");
        assertThat(Values.format(null)).isEqualTo("(mangler)");
    }
}
