package dk.regeltjek.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates written in a rule, and the dates of one year (periods over a log: {@link PerioderTest}). */
class DatoerTest {
    @Test
    void isoAndDanishDates() {
        assertThat(Datoer.dato("2026-12-31")).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(Datoer.dato("15/05/2024")).isEqualTo(LocalDate.of(2024, 5, 15));
    }

    @Test
    void theDatesOfOneYearSorted() {
        List<Object> moeder = List.of(LocalDate.of(2024, 10, 8), LocalDate.of(2023, 12, 1), LocalDate.of(2024, 3, 5), "ikke en dato");
        assertThat(Datoer.iAar(moeder, 2024)).containsExactly(LocalDate.of(2024, 3, 5), LocalDate.of(2024, 10, 8));
        assertThat(Datoer.iAar(moeder, 2025)).isEmpty();
    }
}
