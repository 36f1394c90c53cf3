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

    @Test
    void aDateWrittenExactlyAsTheFormAsks() {
        assertThat(Datoer.datoIFormat("30/11/2026", "dd/mm/åååå")).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(Datoer.datoIFormat(" 30/11/2026 ", "dd/mm/åååå")).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(Datoer.datoIFormat("2026-11-30", "dd/mm/åååå")).isNull();
        assertThat(Datoer.datoIFormat("30-11-2026", "dd/mm/åååå")).isNull();
        assertThat(Datoer.datoIFormat("1/12/2026", "dd/mm/åååå")).isNull();
        assertThat(Datoer.datoIFormat("30/11/26", "dd/mm/åååå")).isNull();
        assertThat(Datoer.datoIFormat("31/02/2026", "dd/mm/åååå")).isNull();
        assertThat(Datoer.datoIFormat(null, "dd/mm/åååå")).isNull();
        assertThat(Datoer.datoIFormat("2026-11-30", "åååå-mm-dd")).isEqualTo(LocalDate.of(2026, 11, 30));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Datoer.datoIFormat("30/11/2026", "dd/mm/yyyy"))
                .hasMessageContaining("dd, mm, åååå");
    }
}
