package dk.regeltjek.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates are resolved strictly: a day that does not exist is refused, never moved to the end of the month. */
class DatesTest {

    @Test
    void isoAndDanishDatesAreRead() {
        assertThat(Dates.parse("2026-12-31")).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(Dates.parse("31/12/2026")).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(Dates.parse("29/02/2028")).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(Dates.parseDanishExcel("31-12-2026")).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "31/02/2026|February 2026 has 28 days", "30/02/2026|February 2026 has 28 days", "2026-02-31|February 2026 has 28 days",
        "2026-02-29|February 2026 has 28 days", "31/04/2026|April 2026 has 30 days", "00/01/2026|January 2026 has 31 days",
        "12/31/2026|there is no month 31", "2026-13-01|there is no month 13"})
    void aDayThatDoesNotExistIsRefused(String text, String reason) {
        assertThatThrownBy(() -> Dates.parse(text)).isInstanceOfSatisfying(Dates.Refusal.class, r -> {
            assertThat(r.reason()).isEqualTo(reason);
            assertThat(r.hint()).contains("2026-12-31").contains("31/12/2026");
        });
    }

    @ParameterizedTest
    @CsvSource({"31/12/20260", "+12026-12-31", "1/2/2026", "31.12.2026", "31-12-2026", "2026-12-31T00:00"})
    void otherFormsAreNotDates(String text) {
        assertThatThrownBy(() -> Dates.parse(text)).isInstanceOf(Dates.Refusal.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"15.05.2024|write 15/05/2024 or 2024-05-15", "1/5/2024|write 01/05/2024 or 2024-05-01",
        "15-05-2024|write 15/05/2024 or 2024-05-15", "2024-5-15|write 15/05/2024 or 2024-05-15",
        "15. maj 2024|write 15/05/2024 or 2024-05-15", "3 Februar 2025|write 03/02/2025 or 2025-02-03",
        "31.02.2024|write 2026-12-31 or 31/12/2026"})
    void aDateWrittenOtherwiseIsRefusedWithTheDateADanishReaderSees(String text, String hint) {
        assertThatThrownBy(() -> Dates.parse(text)).isInstanceOfSatisfying(Dates.Refusal.class,
                r -> assertThat(r.hint()).isEqualTo(hint));
    }
}
