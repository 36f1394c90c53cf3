package dk.regeltjek.rules;

import static dk.regeltjek.rules.Enheder.kr;
import static dk.regeltjek.rules.Enheder.pct;
import static dk.regeltjek.rules.Enheder.tal;
import static org.assertj.core.api.Assertions.assertThat;

import dk.regeltjek.model.Status;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Building an outcome: statuses, comparisons with a limit, values, ratings, messages and verdicts. */
class OutcomeTest {
    private Kontekst kontekst;

    @BeforeEach
    void fire() {
        kontekst = Kontekst.fyrer("LP-4");
    }

    @AfterEach
    void close() {
        kontekst.close();
    }

    private static Outcome udfald() {
        return Regel.udfald("emne");
    }

    @Test
    void theFourStatusesAndTheCriterionOfTheFiringRule() {
        assertThat(udfald().opfyldt("ja").getStatus()).isEqualTo(Status.MET);
        assertThat(udfald().ikkeOpfyldt("nej").getStatus()).isEqualTo(Status.NOT_MET);
        assertThat(udfald().advarsel("bemærk").getStatus()).isEqualTo(Status.WARNING);
        Outcome o = udfald().uafgjort("mangler");
        assertThat(o.isUafgjort()).isTrue();
        assertThat(o.getKriterium()).isEqualTo("LP-4");
        assertThat(o.getEmne()).isEqualTo("emne");
        assertThat(o.isVerdikt()).isFalse();
        assertThat(o.getBesked()).isEqualTo("mangler");
    }

    @Test
    void opfyldtHvisChoosesTheSideAndItsMessage() {
        assertThat(udfald().opfyldtHvis(true, "ja", "nej").getBesked()).isEqualTo("ja");
        Outcome nej = udfald().opfyldtHvis(false, "ja", "nej");
        assertThat(nej.isIkkeOpfyldt()).isTrue();
        assertThat(nej.getBesked()).isEqualTo("nej");
    }

    @Test
    void overIsStrictAndKeepsBothValues() {
        Outcome o = udfald().over("samlet bruttoanlægsudgift", kr(20_000_000), kr(20_000_000));
        assertThat(o.isIkkeOpfyldt()).isTrue();
        assertThat(o.getBesked()).isEqualTo("samlet bruttoanlægsudgift 20.000.000 kr. er ikke over 20.000.000 kr.");
        assertThat(o.getValues()).containsOnlyKeys("samlet bruttoanlægsudgift", "grænse (over)");
    }

    @Test
    void eachShortFormIsItsComparison() {
        assertThat(udfald().mindst("andel", pct(25), pct(25)).getBesked()).isEqualTo("andel 25 % er mindst 25 %");
        assertThat(udfald().hoejst("projekter", tal(6), tal(5)).isOpfyldt()).isFalse();
        assertThat(udfald().under("x", tal(4), tal(5)).isOpfyldt()).isTrue();
        assertThat(udfald().lig("x", tal(9), new java.math.BigDecimal("9.00")).isOpfyldt()).isTrue();
        assertThat(udfald().senest("afsluttet", LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 31)).getBesked())
                .isEqualTo("afsluttet 31/12/2026 er senest 31/12/2026");
        assertThat(udfald().foer("konverteringsår", 2028, 2028).getBesked()).isEqualTo("konverteringsår 2028 er ikke før 2028");
        assertThat(udfald().efter("x", LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 1)).isOpfyldt()).isTrue();
        assertThat(udfald().sammenlign("x", tal(1), Sammenligning.MINDST, tal(2)).isOpfyldt()).isFalse();
    }

    @Test
    void aSecondComparisonKeepsTheFirstLimit() {
        Outcome o = udfald().mindst("a", tal(1), tal(0)).mindst("b", tal(1), tal(1)).hoejst("c", tal(1), tal(2));
        assertThat(o.getValues().keySet()).containsExactly("a", "grænse (mindst)", "b", "grænse for b (mindst)", "c",
                "grænse (højst)");
    }

    @Test
    void mellemNamesTheBrokenLimit() {
        assertThat(udfald().mellem("medlemmer", tal(6), tal(5), tal(7)).getBesked()).isEqualTo("medlemmer 6 er mellem 5 og 7");
        assertThat(udfald().mellem("medlemmer", tal(4), tal(5), tal(7)).getBesked()).isEqualTo("medlemmer 4 er ikke mindst 5");
        Outcome over = udfald().mellem("medlemmer", tal(8), tal(5), tal(7));
        assertThat(over.getBesked()).isEqualTo("medlemmer 8 er ikke højst 7");
        assertThat(over.getValues().keySet()).containsExactly("medlemmer", "grænse (mindst)", "grænse (højst)");
    }

    @Test
    void beskedFramesTheMessageSoFar() {
        Outcome o = udfald().mindst("møder i 2024", tal(1), tal(2)).besked("Styregruppen mødtes 1 gang ({}).");
        assertThat(o.getBesked()).isEqualTo("Styregruppen mødtes 1 gang (møder i 2024 1 er ikke mindst 2).");
        assertThat(o.isIkkeOpfyldt()).isTrue();
        assertThat(udfald().mindst("x", tal(3), tal(2)).besked("godt: {}", "skidt: {}").getBesked()).isEqualTo("godt: x 3 er mindst 2");
        assertThat(udfald().mindst("x", tal(1), tal(2)).besked("godt: {}", "skidt: {}").getBesked()).isEqualTo("skidt: x 1 er ikke mindst 2");
    }

    @Test
    void somAdvarselSoftensOnlyANotMet() {
        assertThat(udfald().ikkeOpfyldt("afviger").somAdvarsel().isAdvarsel()).isTrue();
        assertThat(udfald().opfyldt("fint").somAdvarsel().isOpfyldt()).isTrue();
        assertThat(udfald().ikkeOpfyldt("afviger").somAdvarselHvis(false).isIkkeOpfyldt()).isTrue();
    }

    @Test
    void theTrafficLightRates() {
        assertThat(udfald().groen("on track").getVurdering()).isEqualTo("grøn");
        Outcome gul = udfald().gul("i proces");
        assertThat(gul.isAdvarsel()).isTrue();
        assertThat(gul.getVurdering()).isEqualTo("gul");
        Outcome roed = udfald().roed("ikke i gang");
        assertThat(roed.isIkkeOpfyldt()).isTrue();
        assertThat(roed.getRating()).isEqualTo("rød");
    }

    @Test
    void vaerdiReplacesALabelInPlace() {
        Outcome o = udfald().vaerdi("a", 1).vaerdi("b", 2).vaerdi("a", 3);
        assertThat(o.getValues()).containsExactly(Map.entry("a", 3), Map.entry("b", 2));
        assertThat(o.valueCount()).isEqualTo(2);
    }

    @Test
    void afstemDecidesExactlyAndShowsTheSum() {
        Outcome o = udfald().afstem("L1691 København", new java.math.BigDecimal("302504"),
                Regning.broek(Regning.gange(875000, 660692), 1912998), "kr.", 1, "875.000 kr. × 660.692 ÷ 1.912.998");
        assertThat(o.isIkkeOpfyldt()).isTrue();
        assertThat(o.getBesked()).isEqualTo("L1691 København: angivet 302.504 kr., beregnet 302.198,70 kr. "
                + "(875.000 kr. × 660.692 ÷ 1.912.998), difference 305,30 kr. – mere end tolerancen på 1 kr.");
        assertThat(o.getValues().keySet()).containsExactly("angivet", "beregnet", "difference", "tolerance");
        Outcome procent = udfald().afstem("A", new java.math.BigDecimal("34.6"), Regning.broek(30250400, 875000), "%",
                new java.math.BigDecimal("0.05"), "302.504 kr. ÷ 875.000 kr.");
        assertThat(procent.getBesked()).endsWith("difference 0,028 procentpoint – inden for tolerancen på 0,05 procentpoint");
        assertThat(udfald().afstem("x", new java.math.BigDecimal("0.76"), Regning.broek(75, 100), "årsværk", 0, "1,5 × 50 %")
                .getBesked()).endsWith("difference 0,01 årsværk – stemmer ikke");
    }

    @Test
    void sammensaetningShowsEachSeatBesideItsRequirement() {
        Outcome o = udfald().sammensaetning(Regning.optael(List.of(new Medlem("A", "KOMMUNE"), new Medlem("B", "KOMMUNE"),
                        new Medlem("C", "REGION")), "slags").krav("KOMMUNE", 2).krav("REGION", 2),
                "som foreskrevet", "afviger: {}.");
        assertThat(o.getBesked()).isEqualTo("afviger: REGION: 1 (foreskrevet 2).");
        assertThat(o.getValues().keySet()).containsExactly("KOMMUNE", "KOMMUNE, foreskrevet", "REGION", "REGION, foreskrevet",
                "medlemmer i alt", "medlemmer i alt, foreskrevet");
    }

    /** A member as a declared type would expose it. */
    public record Medlem(String navn, String slags) {
        public String getNavn() {
            return navn;
        }

        public String getSlags() {
            return slags;
        }
    }
}
