package dk.regeltjek.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatedWindowsTest {
    /** A day record as a declared type would expose it: getters only. */
    public static final class Day {
        private final LocalDate dato;
        private final BigDecimal hjemme;
        private final BigDecimal kontor;

        Day(LocalDate dato, int hjemme, int kontor) {
            this.dato = dato;
            this.hjemme = BigDecimal.valueOf(hjemme);
            this.kontor = BigDecimal.valueOf(kontor);
        }

        public LocalDate getDato() {
            return dato;
        }

        public BigDecimal getHjemme() {
            return hjemme;
        }

        public BigDecimal getKontor() {
            return kontor;
        }
    }

    /** Jan–Jun 2025, one record a day; home only in February and March. */
    private static List<Day> halfYear() {
        List<Day> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2025, 1, 1); d.isBefore(LocalDate.of(2025, 7, 1)); d = d.plusDays(1)) {
            boolean home = d.getMonthValue() == 2 || d.getMonthValue() == 3;
            days.add(new Day(d, home ? 8 : 0, home ? 0 : 8));
        }
        return days;
    }

    @Test
    void calendarQuartersSumEachQuarter() {
        List<Window> quarters = Regel.windows(halfYear(), "dato", List.of("hjemme"), List.of("hjemme", "kontor"), 3, "calendar");
        assertThat(quarters).hasSize(2);
        assertThat(quarters.get(0).getFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(quarters.get(0).getTo()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(quarters.get(0).getNumerator()).isEqualByComparingTo("472"); // 59 days × 8
        assertThat(quarters.get(0).getDenominator()).isEqualByComparingTo("720"); // 90 days × 8
        assertThat(quarters.get(1).getShare()).isEqualByComparingTo("0");
    }

    @Test
    void rollingWindowsStartOnEveryLoggedDayAndFindTheWorst() {
        List<Window> rolling = Regel.windows(halfYear(), "dato", List.of("hjemme"), List.of("hjemme", "kontor"), 3, "rolling");
        assertThat(rolling.get(0).getFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(rolling.get(rolling.size() - 1).getTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        Window worst = rolling.stream().max((a, b) -> a.getShare().compareTo(b.getShare())).orElseThrow();
        // 31/01–29/04 (31 Jan + 3 months is 30 Apr, exclusive) and 01/02–30/04 both hold all 59 home days in 89
        assertThat(worst.getFrom()).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(worst.getTo()).isEqualTo(LocalDate.of(2025, 4, 29));
        assertThat(worst.getShare()).isEqualByComparingTo("66.29");
    }

    @Test
    void aLogShorterThanOneWindowIsOneWindow() {
        List<Window> rolling = Regel.windows(halfYear(), "dato", List.of("hjemme"), List.of("hjemme", "kontor"), 12, "rolling");
        assertThat(rolling).hasSize(1);
        assertThat(rolling.get(0).getTo()).isEqualTo(LocalDate.of(2025, 6, 30));
    }
}
