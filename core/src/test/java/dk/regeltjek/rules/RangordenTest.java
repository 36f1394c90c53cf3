package dk.regeltjek.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Regning#rangorden}: criteria in priority order, places per criterion, ties, missing values. */
class RangordenTest {
    /** A project as a declared type exposes it: getters only. */
    public static final class Projekt {
        private final String navn;
        private final Integer trin;
        private final BigDecimal stoerrelse;
        private final BigDecimal andel;
        private final LocalDate godkendt;

        Projekt(String navn, Integer trin, String stoerrelse, String andel, String godkendt) {
            this.navn = navn;
            this.trin = trin;
            this.stoerrelse = stoerrelse == null ? null : new BigDecimal(stoerrelse);
            this.andel = andel == null ? null : new BigDecimal(andel);
            this.godkendt = LocalDate.parse(godkendt);
        }

        public String getNavn() {
            return navn;
        }

        public Integer getTrin() {
            return trin;
        }

        public BigDecimal getStoerrelse() {
            return stoerrelse;
        }

        public BigDecimal getAndel() {
            return andel;
        }

        public LocalDate getGodkendt() {
            return godkendt;
        }

        @Override
        public String toString() {
            return navn;
        }
    }

    private static final Projekt AA = new Projekt("Ålegården", 2, "50", "30", "2024-05-02");
    private static final Projekt BO = new Projekt("Bofællesskabet", 1, "30", "25", "2024-05-03");
    private static final Projekt OE = new Projekt("Østergården", 2, "50", "30", "2024-05-01");
    private static final Projekt AE = new Projekt("Ærøhuset", 2, "80", "25", "2024-05-04");
    private static final Projekt UDEN = new Projekt("Uden andel", 1, "90", null, "2024-05-05");

    private static Rangorden rangorden(boolean stoerstFoerst) {
        return Regning.rangorden(List.of(AA, BO, OE, AE, UDEN))
                .lavestFoerst("trin", "koordinering")
                .efter("stoerrelse", "størrelse", stoerstFoerst)
                .hoejestFoerst("andel", "andel til andre kommuner")
                .vedLighed("navn", false);
    }

    @Test
    void theCriteriaCountInPriorityOrder() {
        Rangorden r = rangorden(true);
        // tier 1 before tier 2; inside tier 2 the largest first; Ålegården and Østergården tie, and the Danish
        // alphabet (æ, ø, å last) puts Østergården before Ålegården
        assertThat(r.raekkefoelge()).containsExactly(BO, AE, OE, AA);
        assertThat(r.plads(BO)).isEqualTo(1);
        assertThat(r.plads(AA)).isEqualTo(4);
        assertThat(r.antal()).isEqualTo(4);
        assertThat(rangorden(false).raekkefoelge()).containsExactly(BO, OE, AA, AE);
    }

    @Test
    void thePlaceOnEachCriterionAloneSharesPlacesBetweenEquals() {
        Rangorden r = rangorden(true);
        assertThat(r.plads(AE, "stoerrelse")).isEqualTo(1);
        assertThat(r.plads(OE, "stoerrelse")).isEqualTo(2);
        assertThat(r.plads(AA, "stoerrelse")).isEqualTo(2);
        assertThat(r.plads(BO, "stoerrelse")).isEqualTo(4);
        assertThat(r.plads(BO, "trin")).isEqualTo(1);
        assertThat(r.plads(AE, "trin")).isEqualTo(2);
        assertThat(r.placeringer(OE)).isEqualTo("koordinering nr. 2 af 4 (delt); størrelse nr. 2 af 4 (delt); "
                + "andel til andre kommuner nr. 1 af 4 (delt)");
        assertThatThrownBy(() -> r.plads(OE, "navn")).hasMessageContaining("intet kriterium \"navn\"");
    }

    @Test
    void tiesAreOnTheCriteriaNotOnWhatSettlesThem() {
        Rangorden r = rangorden(true);
        assertThat(r.lige(AA)).containsExactly(OE);
        assertThat(r.lige(OE)).containsExactly(AA);
        assertThat(r.lige(BO)).isEmpty();
        Rangorden efterDato = Regning.rangorden(List.of(AA, OE)).hoejestFoerst("stoerrelse", "størrelse")
                .vedLighed("godkendt", false);
        assertThat(efterDato.raekkefoelge()).containsExactly(OE, AA); // approved 1 May before 2 May
    }

    @Test
    void aFactLackingAValueHasNoPlaceAndIsNamed() {
        Rangorden r = rangorden(true);
        assertThat(r.uoplyste()).containsExactly(UDEN);
        assertThat(r.plads(UDEN)).isNull();
        assertThat(r.plads(UDEN, "andel")).isNull();
        assertThat(r.lige(UDEN)).isEmpty();
        assertThat(r.placeringer(UDEN)).isEqualTo("ikke placeret");
        assertThat(r.plads("ikke i rangordenen")).isNull();
    }

    @Test
    void aRankingNeedsACriterion() {
        assertThatThrownBy(() -> Regning.rangorden(List.of(AA)).raekkefoelge()).hasMessageContaining("mindst ét kriterium");
    }
}
