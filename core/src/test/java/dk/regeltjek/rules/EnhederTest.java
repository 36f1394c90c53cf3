package dk.regeltjek.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Numbers with their unit, printed the Danish way. */
class EnhederTest {
    @Test
    void unitsPrintAfterTheDanishNumber() {
        assertThat(Enheder.kr(20_000_000)).hasToString("20.000.000 kr.");
        assertThat(Enheder.kr(new BigDecimal("302198.7"))).hasToString("302.198,70 kr.");
        assertThat(Enheder.pct(new BigDecimal("34.6"))).hasToString("34,6 %");
        assertThat(Enheder.procentpoint(new BigDecimal("0.028"))).hasToString("0,028 procentpoint");
        assertThat(Enheder.tal(1913090)).hasToString("1.913.090");
        assertThat(Enheder.maengde(50, "timer")).hasToString("50 timer");
        assertThat(Enheder.maengde(3, null)).hasToString("3");
    }

    @Test
    void antalPutsTheNounInTheRightNumber() {
        assertThat(Enheder.antal(1, "projekt", "projekter")).hasToString("1 projekt");
        assertThat(Enheder.antal(6L, "projekt", "projekter")).hasToString("6 projekter");
        assertThat(Enheder.antal(0, "projekt", "projekter")).hasToString("0 projekter");
        assertThat(Enheder.antal(1, "projekt", "projekter").getValue()).isEqualByComparingTo("1");
    }

    @Test
    void aMissingNumberIsAnErrorNotZero() {
        assertThatThrownBy(() -> Enheder.kr(null)).hasMessageContaining("ikke et tal");
        assertThatThrownBy(() -> Enheder.antal("tre", "x", "y")).hasMessageContaining("ikke et antal");
    }
}
