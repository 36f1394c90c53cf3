package dk.regeltjek.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Danish text in messages: values, lists, counts in words, code lists and text lengths. */
class TeksterTest {
    /** A declared enum with a {@code tekst} field, as packs write them. */
    public enum Land {
        DANMARK("Danmark"), SVERIGE("Sverige");

        private final String tekst;

        Land(String tekst) {
            this.tekst = tekst;
        }

        public String getTekst() {
            return tekst;
        }
    }

    /** A numbered list, as a declared enum with {@code kode} and {@code tekst}. */
    public enum Pejlemaerke {
        P1_1("1.1", "Bred kommunal og regional effekt"), P1_2("1.2", "Projekter, som kommer mange til gavn"),
        P2_1("2.1", "Mindsket rejsetid");

        private final String kode;
        private final String tekst;

        Pejlemaerke(String kode, String tekst) {
            this.kode = kode;
            this.tekst = tekst;
        }

        public String getKode() {
            return kode;
        }

        public String getTekst() {
            return tekst;
        }
    }

    /** A name and an amount, as a declared type would expose them. */
    public record Indbetaling(String ordning, BigDecimal beloeb) {
        public String getOrdning() {
            return ordning;
        }

        public BigDecimal getBeloeb() {
            return beloeb;
        }
    }

    @Test
    void tekstPrintsValuesTheDanishWay() {
        assertThat(Tekster.tekst(new BigDecimal("1913090"))).isEqualTo("1.913.090");
        assertThat(Tekster.tekst(LocalDate.of(2026, 12, 31))).isEqualTo("31/12/2026");
        assertThat(Tekster.tekst(true)).isEqualTo("ja");
        assertThat(Tekster.tekst(Land.SVERIGE)).isEqualTo("Sverige");
        assertThat(Tekster.tekst(Thread.State.NEW)).isEqualTo("NEW"); // an enum without tekst prints its name
        assertThat(Tekster.tekst(null)).isEqualTo("(mangler)");
    }

    @Test
    void listsAndEnumerations() {
        assertThat(Tekster.liste(List.of("A", "B"))).isEqualTo("A, B");
        assertThat(Tekster.liste(List.of())).isEqualTo("ingen");
        assertThat(Tekster.liste(List.of(Land.DANMARK, Land.SVERIGE), "; ")).isEqualTo("Danmark; Sverige");
        assertThat(Tekster.opremsning(List.of("A", "B", "C"))).isEqualTo("A, B og C");
        assertThat(Tekster.opremsning(List.of("A", "B"))).isEqualTo("A og B");
        assertThat(Tekster.opremsning(List.of("A"))).isEqualTo("A");
        assertThat(Tekster.opremsning(List.of())).isEmpty();
        assertThat(Tekster.sorteret(List.of("5a", "1c", "3b"))).containsExactly("1c", "3b", "5a");
    }

    @Test
    void smallCountsInWords() {
        assertThat(Tekster.talord(1)).isEqualTo("én");
        assertThat(Tekster.talord(6)).isEqualTo("seks");
        assertThat(Tekster.talord(13)).isEqualTo("13");
        assertThat(Tekster.antalIOrd(1, "repræsentant", "repræsentanter")).isEqualTo("én repræsentant");
        assertThat(Tekster.antalIOrd(2, "repræsentant", "repræsentanter")).isEqualTo("to repræsentanter");
        assertThat(Tekster.taerskelTekst("MINDST_TO_TREDJEDELE", 0)).isEqualTo("mindst to tredjedele");
        assertThat(Tekster.taerskelTekst("ANTAL", 5)).isEqualTo("mindst 5");
    }

    @Test
    void textLengthAndBlankFields() {
        assertThat(Tekster.tegn("Bofællesskab", null, "æøå")).isEqualTo(15);
        assertThat(Tekster.erTom("  ")).isTrue();
        assertThat(Tekster.erTom(null)).isTrue();
        assertThat(Tekster.erTom("forklaret")).isFalse();
        assertThat(Tekster.forkortet("abcdef", 4)).isEqualTo("abc…");
        assertThat(Tekster.forkortet("abc", 4)).isEqualTo("abc");
    }

    @Test
    void ellersGivesTheDefaultForAMissingField() {
        assertThat(Tekster.ellers(null, "kr.")).isEqualTo("kr.");
        assertThat(Tekster.ellers(" årsværk ", "kr.")).isEqualTo("årsværk");
        assertThat(Tekster.ellers("  ", "kr.")).isEqualTo("kr.");
        assertThat(Tekster.ellers(3, 1)).isEqualTo(3);
    }

    @Test
    void aCodeListFindsKnownAndUnknownCodes() {
        Kodeliste liste = Tekster.kodeliste(Pejlemaerke.values());
        List<String> angivne = Arrays.asList("2.1", "7.1", "2.1", " 1.2 ", "2,1");
        assertThat(liste.kendte(angivne)).containsExactly("2.1 Mindsket rejsetid", "1.2 Projekter, som kommer mange til gavn");
        assertThat(liste.kendte(angivne, "1.")).containsExactly("1.2 Projekter, som kommer mange til gavn");
        assertThat(liste.ukendte(angivne)).containsExactly("7.1", "2,1");
        assertThat(liste.forslag(liste.ukendte(angivne))).containsExactly("2.1");
        assertThat(liste.koder()).isEqualTo("1.1, 1.2, 2.1");
    }

    @Test
    void fieldsOfFactsAndAmounts() {
        List<Indbetaling> indbetalinger = List.of(new Indbetaling("PFA", new BigDecimal("12000")), new Indbetaling("Alecta", null));
        assertThat(Tekster.felt(indbetalinger, "ordning")).containsExactly("PFA", "Alecta");
        assertThat(Tekster.medBeloeb(indbetalinger, "ordning", "beloeb")).containsExactly("Alecta", "PFA (12.000 kr.)");
    }
}
