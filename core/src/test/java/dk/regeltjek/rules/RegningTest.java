package dk.regeltjek.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Arithmetic the documents do: sums, shares, exact fractions, table cells, totals and thresholds. */
class RegningTest {
    @Test
    void aSumWithAMissingPartIsMissing() {
        assertThat(Regning.sum(12_000_000, new BigDecimal("8000000"), Enheder.kr(1))).isEqualByComparingTo("20000001");
        assertThat(Regning.sum(1, null)).isNull();
        assertThat(Regning.sumAf(Arrays.asList(new BigDecimal("0.5"), new BigDecimal("0.25")))).isEqualByComparingTo("0.75");
        assertThat(Regning.sumAf(Arrays.asList(BigDecimal.ONE, null))).isNull();
        assertThat(Regning.gange(33, 50, 430)).isEqualByComparingTo("709500");
        assertThat(Regning.gange(2, null)).isNull();
    }

    @Test
    void sharesAndRounding() {
        assertThat(Regning.andel(1, 3)).isEqualByComparingTo("33.33");
        assertThat(Regning.andel(1, 0)).isNull();
        assertThat(Regning.afrundet(new BigDecimal("302198.6954"), 2)).isEqualByComparingTo("302198.7");
        assertThat(Regning.afrundet(Regning.broek(2, 3), 3)).isEqualByComparingTo("0.667");
        assertThat(Regning.erNul(null)).isTrue();
        assertThat(Regning.erNul(BigDecimal.ZERO)).isTrue();
        assertThat(Regning.erNul(1)).isFalse();
    }

    @Test
    void aFractionDecidesWithoutRounding() {
        Broek tiendedel = Regning.broek(1, 3);
        assertThat(tiendedel.indenFor(new BigDecimal("0.33"), new BigDecimal("0.0034"))).isTrue();
        assertThat(tiendedel.indenFor(new BigDecimal("0.33"), new BigDecimal("0.0033"))).isFalse(); // 0.00333… > 0.0033
        assertThat(Regning.indenFor(21501, Regning.gange(50, 430), 1)).isTrue();
        assertThat(Regning.indenFor(new BigDecimal("21501.01"), 21500, 1)).isFalse();
        assertThatThrownBy(() -> Regning.broek(1, 0)).hasMessageContaining("nævner");
    }

    @Test
    void wholeThousandsAndTheToleranceByUnit() {
        assertThat(Regning.heleTusinder(20_000_000)).isTrue();
        assertThat(Regning.heleTusinder(new BigDecimal("20000500"))).isFalse();
        assertThat(Regning.erHeltal(new BigDecimal("1500"))).isTrue();
        assertThat(Regning.erHeltal(new BigDecimal("1500.0"))).isTrue();
        assertThat(Regning.erHeltal(new BigDecimal("0.00"))).isTrue();
        assertThat(Regning.erHeltal(new BigDecimal("1500.5"))).isFalse();
        assertThat(Regning.erHeltal(12)).isTrue();
        assertThat(Regning.erHeltal(null)).isFalse();
        assertThat(Regning.toleranceForEnhed("kr.", BigDecimal.ONE)).isEqualByComparingTo("1");
        assertThat(Regning.toleranceForEnhed(null, BigDecimal.ONE)).isEqualByComparingTo("1");
        assertThat(Regning.toleranceForEnhed("årsværk", BigDecimal.ONE)).isEqualByComparingTo("0");
    }

    @Test
    void tableCellsAreReadAsTheDocumentWritesThem() {
        assertThat(Regning.talICelle("166.666,67")).isEqualByComparingTo("166666.67");
        assertThat(Regning.talICelle("1.500")).isEqualByComparingTo("1500");
        assertThat(Regning.talICelle("1.913.090")).isEqualByComparingTo("1913090");
        assertThat(Regning.talICelle("0,1 ÅV Kvartalsopgave")).isEqualByComparingTo("0.1");
        assertThat(Regning.talICelle("0,5 årsværk")).isEqualByComparingTo("0.5");
        assertThat(Regning.talICelle("21.500,00")).isEqualByComparingTo("21500");
        assertThat(Regning.talICelle("-1.234,5")).isEqualByComparingTo("-1234.5");
        // the document's own "2.5" (L1663): a dot that cannot group thousands is the decimal point meant
        assertThat(Regning.talICelle("2.5")).isEqualByComparingTo("2.5");
        assertThat(Regning.talICelle("-")).isNull();
        assertThat(Regning.talICelle("Er finansieret i regi af SSL-aftalen")).isNull();
        assertThat(Regning.talICelle("Mulig finansiering af konkrete aktiviteter-")).isNull();
        assertThat(Regning.talICelle(null)).isNull();
        assertThat(Regning.talICelle(new BigDecimal("4.5"))).isEqualByComparingTo("4.5");
    }

    @Test
    void aCellNoDanishReaderCanReadIsAnError() {
        assertThatThrownBy(() -> Regning.talICelle("1.50.000")).hasMessageContaining("er ikke et dansk tal");
    }

    @Test
    void thresholdsAsStatutesWordThem() {
        assertThat(Regning.kraevetAntal("MERE_END_HALVDELEN", 0, 12)).isEqualTo(7);
        assertThat(Regning.kraevetAntal("MERE_END_HALVDELEN", 0, 13)).isEqualTo(7);
        assertThat(Regning.kraevetAntal("MINDST_HALVDELEN", 0, 12)).isEqualTo(6);
        assertThat(Regning.kraevetAntal("MINDST_HALVDELEN", 0, 13)).isEqualTo(7);
        assertThat(Regning.kraevetAntal("MINDST_TO_TREDJEDELE", 0, 12)).isEqualTo(8);
        assertThat(Regning.kraevetAntal("MINDST_TO_TREDJEDELE", 0, 13)).isEqualTo(9);
        assertThat(Regning.kraevetAntal("ANTAL", 5, 13)).isEqualTo(5);
        assertThatThrownBy(() -> Regning.kraevetAntal("FLERTAL", 0, 3)).hasMessageContaining("ukendt tærskel");
    }

    @Test
    void aShortfallAgainstATarget() {
        Maalafvigelse gul = Regning.maalafvigelse(new BigDecimal("1250"), new BigDecimal("1125"), "deltagere", false);
        assertThat(gul.erNaaet()).isFalse();
        assertThat(gul.hoejst(10)).isTrue(); // exactly 10 % under
        assertThat(gul.vist()).hasToString("10 %");
        assertThat(gul.tekst()).isEqualTo("realiseret 1.125 deltagere mod måltal 1.250 deltagere");
        Maalafvigelse roed = Regning.maalafvigelse(new BigDecimal("1250"), new BigDecimal("1124.99"), "deltagere", false);
        assertThat(roed.hoejst(10)).isFalse();
        assertThat(roed.vist()).hasToString("10,01 %"); // rounded up: never shown as the limit itself
        Maalafvigelse procentpoint = Regning.maalafvigelse(new BigDecimal("70"), new BigDecimal("62"), "%", true);
        assertThat(procentpoint.vist()).hasToString("8 procentpoint");
        assertThat(procentpoint.hoejst(10)).isTrue();
        assertThat(procentpoint.graense(10)).isEqualTo("10 procentpoint");
        assertThat(Regning.maalafvigelse(new BigDecimal("70"), new BigDecimal("71"), "%", false).erNaaet()).isTrue();
    }

    @Test
    void aColumnSumsItsRowsAndCountsTheMissing() {
        List<Row> rows = List.of(new Row("A", new BigDecimal("500")), new Row("B", null), new Row("C", new BigDecimal("1")));
        Kolonne kolonne = Regning.kolonne(rows, "beloeb", "beløbet", "uden beløb");
        assertThat(kolonne.raekker()).isEqualTo(3);
        assertThat(kolonne.sum()).isNull();
        assertThat(kolonne.mangler()).isEqualTo(1);
    }

    @Test
    void totalsNameWhatDiffersAndWhatCouldNotBeChecked() {
        List<Row> rows = List.of(new Row("A", new BigDecimal("500")), new Row("B", new BigDecimal("499")));
        Kolonne beloeb = Regning.kolonne(rows, "beloeb", "beløbet", "uden beløb");
        Kolonne tom = Regning.kolonne(List.of(new Row("C", null)), "beloeb", "indbyggere i alt", "uden indbyggertal");
        Totaler totaler = Regning.totaler()
                .kontroller(1685, "beløb der fordeles", new BigDecimal("1000"), beloeb, "kr.", BigDecimal.ONE)
                .kontroller(1690, "indbyggere i alt", new BigDecimal("200"), tom, "indbyggere", BigDecimal.ZERO)
                .kontroller(1690, "uden angivet total", null, beloeb, "kr.", BigDecimal.ONE);
        assertThat(totaler.alle()).hasSize(1);
        try (Kontekst k = Kontekst.fyrer("RN-FORDELT")) {
            Outcome o = Regel.udfald("fordeling").totalerStemmer(totaler, "ingen totaler");
            assertThat(o.isOpfyldt()).isTrue();
            assertThat(o.getBesked()).isEqualTo("totalen stemmer (inden for tolerancen: L1685 beløb der fordeles: angivet "
                    + "1.000 kr., beregnet 999 kr. (summen af 2 rækker), difference 1 kr.) – ikke kontrolleret: "
                    + "indbyggere i alt (1 række uden indbyggertal)");
            assertThat(Regel.udfald("tom").totalerStemmer(Regning.totaler(), "ingen totaler").isUafgjort()).isTrue();
        }
    }

    @Test
    void tableTotalsAreTheSumOfTheirRowsAndColumns() {
        Tabel tabel = new Tabel("T", List.of("2023", "2024", "I alt"), "I alt");
        List<Raekke> raekker = List.of(
                new Raekke("Samlet", 3, List.of("3.000", "-", "3.000"), null),
                new Raekke("A", 1, List.of("1.000,00", "-", "1.000"), "Samlet"),
                new Raekke("B", 2, List.of("2.000,01", "Er finansieret i regi af SSL-aftalen", "2.000"), "Samlet"));
        List<Total> totaler = Regning.tabeltotaler(tabel, raekker, "kr.", BigDecimal.ONE).alle();
        // the total row in each column, then the total column in each row (rows in line order)
        assertThat(totaler).extracting(Total::navn).containsExactly("L3 Samlet, 2023", "L3 Samlet, I alt",
                "L1 A, I alt", "L2 B, I alt", "L3 Samlet, I alt");
        assertThat(totaler.get(0).beregnet()).isEqualByComparingTo("3000.01");
        assertThat(totaler.get(0).led()).isEqualTo("2 rækker");
        assertThat(totaler.get(2).led()).isEqualTo("1 kolonne");
        assertThat(totaler).allMatch(Total::stemmer);
        assertThatThrownBy(() -> Regning.tabeltotaler(new Tabel("T", List.of("a"), "b"), raekker, "kr.", BigDecimal.ONE))
                .hasMessageContaining("har ingen kolonne \"b\"");
    }

    @Test
    void membersCountedByKindAgainstTheirSeats() {
        List<OutcomeTest.Medlem> medlemmer = List.of(new OutcomeTest.Medlem("A", "HOFOR"), new OutcomeTest.Medlem("B", "HOFOR"),
                new OutcomeTest.Medlem("C", "VEKS"), new OutcomeTest.Medlem("D", " "), new OutcomeTest.Medlem("E", "KOMMUNE2"));
        Optaelling antal = Regning.optael(medlemmer, "slags").regnSom("KOMMUNE", "KOMMUNE2").krav("VEKS", 1).krav("ARC", 1)
                .fri("HOFOR", "selskaber");
        assertThat(antal.uoplyste()).containsExactly("D");
        assertThat(antal.antal("HOFOR")).isEqualTo(2);
        assertThat(antal.antal("KOMMUNE")).isEqualTo(1);
        assertThat(antal.iAlt()).isEqualTo(4);
        assertThat(antal.antalSlags()).isEqualTo(3);
        assertThat(antal.flest()).isEqualTo("HOFOR");
        assertThat(antal.flereEnd(1)).containsExactly("HOFOR: 2");
        assertThat(antal.med("KOMMUNE")).extracting(m -> ((OutcomeTest.Medlem) m).navn()).containsExactly("E");
        assertThat(antal.foreskrevetIAlt()).isEqualTo(2);
        assertThat(antal.afvigelser()).containsExactly("ARC: 0 (foreskrevet 1)", "KOMMUNE: 1 (ingen pladser foreskrevet)");
    }

    /** A row with an amount, as a declared type would expose it. */
    public record Row(String navn, BigDecimal beloeb) {
        public String getNavn() {
            return navn;
        }

        public BigDecimal getBeloeb() {
            return beloeb;
        }
    }

    /** A table fact as the regnestykker pack declares it. */
    public record Tabel(String navn, List<String> kolonner, String totalKolonne) {
        public String getNavn() {
            return navn;
        }

        public List<String> getKolonner() {
            return kolonner;
        }

        public String getTotalKolonne() {
            return totalKolonne;
        }
    }

    /** A table row as the regnestykker pack declares it. */
    public record Raekke(String navn, Integer linje, List<String> vaerdier, String indgaarI) {
        public String getNavn() {
            return navn;
        }

        public Integer getLinje() {
            return linje;
        }

        public List<String> getVaerdier() {
            return vaerdier;
        }

        public String getIndgaarI() {
            return indgaarI;
        }
    }
}
