package dk.regeltjek.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Datoer#perioder}: rolling and calendar periods over a dated log, the worst, those over a limit, coverage. */
class PerioderTest {
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

    private static final List<String> HJEMME = List.of("hjemme");
    private static final List<String> ALT = List.of("hjemme", "kontor");

    @Test
    void calendarQuartersSumEachQuarter() {
        Perioder kvartaler = Datoer.perioder(halfYear(), "dato", HJEMME, ALT, 3, "calendar");
        List<Periode> quarters = kvartaler.alle();
        assertThat(quarters).hasSize(2);
        assertThat(quarters.get(0).getFra()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(quarters.get(0).getTil()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(quarters.get(0).getTaeller()).isEqualByComparingTo("472"); // 59 days × 8
        assertThat(quarters.get(0).getNaevner()).isEqualByComparingTo("720"); // 90 days × 8
        assertThat(quarters.get(1).getAndel()).isEqualByComparingTo("0");
        assertThat(kvartaler.beskrivelse()).isEqualTo("kalenderkvartaler");
        assertThat(kvartaler.daekning(quarters.get(0))).isNull();
    }

    @Test
    void rollingPeriodsStartOnEveryDayAndFindTheWorst() {
        Perioder rullende = Datoer.perioder(halfYear(), "dato", HJEMME, ALT, 3, "rolling");
        List<Periode> rolling = rullende.alle();
        assertThat(rolling.get(0).getFra()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(rolling.get(rolling.size() - 1).getTil()).isEqualTo(LocalDate.of(2025, 6, 30));
        Periode worst = rullende.vaerste();
        // 31/01–30/04 (no 31 April: the period ends on the month's last day) holds the 59 home days in 90 days;
        // 01/02–30/04 holds them in 89: the worst
        assertThat(worst.getFra()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(worst.getTil()).isEqualTo(LocalDate.of(2025, 4, 30));
        assertThat(worst.getAndel()).isEqualByComparingTo("66.29");
        assertThat(worst.tekst()).isEqualTo("01/02/2025–30/04/2025");
        assertThat(worst.beskrivelse("timer")).isEqualTo("01/02/2025–30/04/2025: 472 af 712 timer = 66,29 %");
        assertThat(rolling).anySatisfy(p -> {
            assertThat(p.getFra()).isEqualTo(LocalDate.of(2025, 1, 31));
            assertThat(p.getTil()).isEqualTo(LocalDate.of(2025, 4, 30));
        });
        assertThat(rullende.beskrivelse()).isEqualTo("rullende perioder på 3 måneder");
        assertThat(rullende.antalOpgjorte()).isEqualTo(rolling.size());
    }

    /** Weekdays of Q1–Q2 2025 only: 6 h at home on Mondays, 8 h at the office on the other weekdays. */
    private static List<Day> weekdays() {
        List<Day> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2025, 1, 6); d.isBefore(LocalDate.of(2025, 7, 1)); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                boolean monday = d.getDayOfWeek() == java.time.DayOfWeek.MONDAY;
                days.add(new Day(d, monday ? 6 : 0, monday ? 0 : 8));
            }
        }
        return days;
    }

    @Test
    void aPeriodMayStartOnADayWithNothingLogged() {
        Perioder rullende = Datoer.perioder(weekdays(), "dato", HJEMME, ALT, 3, "rolling");
        // the log runs from Monday 06/01 to Monday 30/06: a period from each day 06/01 … 01/04 ends by 30/06
        // (31/03 → 30/06, as June has no 31st; 01/04 → 30/06), 26 + 28 + 31 + 1 days
        assertThat(rullende.alle()).hasSize(86);
        assertThat(rullende.alle()).anySatisfy(p -> {
            assertThat(p.getFra()).isEqualTo(LocalDate.of(2025, 3, 1)); // a Saturday
            assertThat(p.getTil()).isEqualTo(LocalDate.of(2025, 5, 31));
        });
        // the period from Saturday 11/01 holds other days than the one from Monday 13/01: it ends on Thursday 10/04
        Periode saturday = rullende.alle().stream().filter(p -> p.getFra().equals(LocalDate.of(2025, 1, 11))).findFirst().orElseThrow();
        Periode monday = rullende.alle().stream().filter(p -> p.getFra().equals(LocalDate.of(2025, 1, 13))).findFirst().orElseThrow();
        assertThat(saturday.getTil()).isEqualTo(LocalDate.of(2025, 4, 10));
        assertThat(saturday.getNaevner()).isNotEqualByComparingTo(monday.getNaevner());
    }

    @Test
    void theMonthEndRuleDecidesWhereAPeriodFromThe31stEnds() {
        assertThat(Datoer.periodeSlut(LocalDate.of(2025, 1, 31), 3, "sidste-dag")).isEqualTo(LocalDate.of(2025, 4, 30));
        assertThat(Datoer.periodeSlut(LocalDate.of(2025, 1, 31), 3, "dagen-foer")).isEqualTo(LocalDate.of(2025, 4, 29));
        assertThat(Datoer.periodeSlut(LocalDate.of(2025, 1, 30), 3, "sidste-dag")).isEqualTo(LocalDate.of(2025, 4, 29));
        assertThat(Datoer.periodeSlut(LocalDate.of(2025, 2, 1), 3, "sidste-dag")).isEqualTo(LocalDate.of(2025, 4, 30));
        assertThat(Datoer.periodeSlut(LocalDate.of(2024, 11, 30), 3, "sidste-dag")).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(Datoer.periodeSlut(LocalDate.of(2024, 11, 28), 3, "sidste-dag")).isEqualTo(LocalDate.of(2025, 2, 27));
        assertThat(Datoer.periodeSlut(LocalDate.of(2024, 2, 29), 12, "sidste-dag")).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(Datoer.periodeSlut(LocalDate.of(2024, 2, 29), 12, "dagen-foer")).isEqualTo(LocalDate.of(2025, 2, 27));
        assertThatThrownBy(() -> Datoer.periodeSlut(LocalDate.of(2025, 1, 31), 3, "ultimo"))
                .hasMessageContaining("sidste-dag").hasMessageContaining("dagen-foer");

        Periode fra31 = Datoer.perioder(halfYear(), "dato", HJEMME, ALT, 3, "rolling", "dagen-foer").alle().stream()
                .filter(p -> p.getFra().equals(LocalDate.of(2025, 1, 31))).findFirst().orElseThrow();
        assertThat(fra31.getTil()).isEqualTo(LocalDate.of(2025, 4, 29));
    }

    @Test
    void overIsExactWithoutRounding() {
        Perioder rullende = Datoer.perioder(halfYear(), "dato", HJEMME, ALT, 3, "rolling");
        assertThat(rullende.over(66.29)).isNotEmpty(); // 472/712 = 66.292… %
        assertThat(rullende.over(new java.math.BigDecimal("66.293"))).isEmpty();
        assertThat(rullende.vaerste().erOver(50)).isTrue();
    }

    @Test
    void aLogShorterThanOnePeriodIsOnePeriodAndSaysSo() {
        Perioder aar = Datoer.perioder(halfYear(), "dato", HJEMME, ALT, 12, "rolling");
        assertThat(aar.alle()).hasSize(1);
        assertThat(aar.alle().get(0).getTil()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(aar.daekning(aar.vaerste()))
                .isEqualTo("Loggen (01/01/2025–30/06/2025) er kortere end én periode på 12 måneder; andelen er opgjort over hele loggen.");
    }

    @Test
    void aCalendarYearPartlyLoggedIsNoted() {
        Perioder kalenderaar = Datoer.perioder(halfYear(), "dato", HJEMME, ALT, 12, "calendar");
        assertThat(kalenderaar.beskrivelse()).isEqualTo("kalenderår");
        assertThat(kalenderaar.daekning(kalenderaar.vaerste()))
                .isEqualTo("Loggen dækker kun 01/01/2025–30/06/2025 af perioden 01/01/2025–31/12/2025; andelen er opgjort over de loggede dage.");
        assertThat(Datoer.helePerioden(halfYear(), "dato", HJEMME, ALT).getNaevner()).isEqualByComparingTo("1448"); // 181 days × 8
    }

    @Test
    void anEmptyLogHasNoPeriods() {
        Perioder ingen = Datoer.perioder(List.of(), "dato", HJEMME, ALT, 3, "rolling");
        assertThat(ingen.alle()).isEmpty();
        assertThat(ingen.vaerste()).isNull();
        assertThat(ingen.hele()).isNull();
    }
}
