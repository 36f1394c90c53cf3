package dk.regeltjek.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Counts in the reports take the right number: 1 sag, 2 sager. */
class DanishTest {

    @Test
    void nounsAgreeWithTheirCount() {
        assertThat(Danish.Noun.SAG.count(1)).isEqualTo("1 sag");
        assertThat(Danish.Noun.SAG.count(0)).isEqualTo("0 sager");
        assertThat(Danish.Noun.SAG.count(2)).isEqualTo("2 sager");
        assertThat(Danish.Noun.KRITERIUM.count(1)).isEqualTo("1 kriterium");
        assertThat(Danish.Noun.KRITERIUM.count(5)).isEqualTo("5 kriterier");
        assertThat(Danish.Noun.EMNE.count(1)).isEqualTo("1 emne");
        assertThat(Danish.Noun.EMNE.count(3)).isEqualTo("3 emner");
        assertThat(Danish.Noun.UDFALD.count(1)).isEqualTo("1 udfald");
        assertThat(Danish.Noun.UDFALD.count(2)).isEqualTo("2 udfald");
        assertThat(Danish.Noun.REGEL.count(2)).isEqualTo("2 regler");
    }

    @Test
    void largeCountsAreGroupedAsADanishReaderWritesThem() {
        assertThat(Danish.Noun.UDFALD.count(30_001)).isEqualTo("30.001 udfald");
        assertThat(Danish.Noun.SAG.count(1_000_000)).isEqualTo("1.000.000 sager");
        assertThat(Danish.number(999)).isEqualTo("999");
        assertThat(Danish.verdictCounts(12_000, status -> status == dk.regeltjek.model.Status.MET ? 11_500 : 500 / 3))
                .isEqualTo("12.000 sager: 11.500 opfyldt, 166 med advarsler, 166 ikke opfyldt, 166 uafgjort");
    }

    @Test
    void verdictCountsReadAsASentence() {
        Verdicts one = Verdicts.NONE.plus(dk.regeltjek.model.Status.NOT_MET);
        assertThat(one.danish()).isEqualTo("1 sag: 0 opfyldt, 0 med advarsler, 1 ikke opfyldt, 0 uafgjort");
        assertThat(one.plus(dk.regeltjek.model.Status.WARNING).danish())
                .isEqualTo("2 sager: 0 opfyldt, 1 med advarsler, 1 ikke opfyldt, 0 uafgjort");
    }
}
