package dk.regeltjek.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parameters by name and type, and the criteria a verdict is derived from ({@code from:}). */
class RegelTest {
    private static final List<String> ORDER = List.of("LP-1", "LP-4", "LP-6", "LP-FRIST", "LP-PROJEKT");
    private static final Map<String, List<String>> VERDICTS = Map.of("LP-PROJEKT", List.of("LP-1", "LP-4", "LP-6"));

    @Test
    void parametersAreReadTyped() {
        Map<String, Object> parameters = Map.of("graense", new BigDecimal("20000000"), "maks", 5, "type", "rolling",
                "bindende", false, "frist", LocalDate.of(2024, 5, 15), "pulje", Map.of(2025, new BigDecimal("600000000")));
        try (Kontekst k = Kontekst.fyrer("LP-4", parameters, ORDER, VERDICTS)) {
            assertThat(Regel.parameterTal("graense")).isEqualByComparingTo("20000000");
            assertThat(Regel.parameterHeltal("maks")).isEqualTo(5);
            assertThat(Regel.parameterTekst("type")).isEqualTo("rolling");
            assertThat(Regel.parameterJaNej("bindende")).isFalse();
            assertThat(Regel.parameterDato("frist")).isEqualTo(LocalDate.of(2024, 5, 15));
            assertThat(Regel.parameter("maks")).isEqualTo(5);
            assertThat(Regel.parameterForAar("pulje", 2025)).isEqualTo(new BigDecimal("600000000"));
            assertThatThrownBy(() -> Regel.parameterForAar("pulje", 2027)).hasMessageContaining("ingen værdi for 2027");
            assertThatThrownBy(() -> Regel.parameterForAar("maks", 2025)).hasMessageContaining("ikke en værdi pr. år");
            assertThatThrownBy(() -> Regel.parameter("ukendt")).hasMessageContaining("ikke er erklæret i pack.yaml");
        }
    }

    @Test
    void aVerdictCountsOnlyTheCriteriaItListsInPackOrder() {
        List<Outcome> udfald;
        try (Kontekst k = Kontekst.fyrer("LP-6")) {
            udfald = List.of(outcome("LP-6").uafgjort("?"), outcome("LP-4").ikkeOpfyldt("nej"), outcome("LP-1").ikkeOpfyldt("nej"),
                    outcome("LP-FRIST").ikkeOpfyldt("for sent"));
        }
        try (Kontekst k = Kontekst.fyrer("LP-PROJEKT", Map.of(), ORDER, VERDICTS)) {
            assertThat(Regel.ikkeOpfyldte(udfald)).containsExactly("LP-1", "LP-4"); // LP-FRIST is not in from:
            assertThat(Regel.uafgjorte(udfald)).containsExactly("LP-6");
            assertThat(Regel.opfyldte(udfald)).isEmpty();
            assertThat(Regel.advarsler(udfald)).isEmpty();
            assertThat(Regel.antalIkkeOpfyldt(udfald)).isEqualTo(2);
            assertThat(Regel.antalUafgjort(udfald)).isEqualTo(1);
            assertThat(Regel.antalOpfyldt(udfald)).isZero();
            assertThat(Regel.antalAdvarsel(udfald)).isZero();
            assertThat(Regel.ikkeOpfyldteEmner(udfald)).containsExactly("LP-4 emne", "LP-1 emne");
            assertThat(Regel.uafgjorteEmner(udfald)).containsExactly("LP-6 emne");
            assertThat(Regel.opfyldteEmner(udfald)).isEmpty();
            assertThat(Regel.advarselEmner(udfald)).isEmpty();
            assertThat(Regel.udfaldFor(udfald, "LP-FRIST").getBesked()).isEqualTo("for sent");
            assertThat(Regel.udfaldFor(udfald, "LP-3")).isNull();

            Outcome verdikt = Regel.udfald("projekt").alleOpfyldt(udfald, "projektet", "projektet opfylder alle kriterier");
            assertThat(verdikt.isVerdikt()).isTrue();
            assertThat(verdikt.getBesked()).isEqualTo("projektet opfylder ikke LP-1, LP-4");
            assertThat(Regel.udfald("projekt").alleOpfyldt(List.of(udfald.get(0)), "projektet", "alle").getBesked())
                    .isEqualTo("kan ikke afgøres, før LP-6 er afgjort");
            assertThat(Regel.udfald("projekt").alleOpfyldt(List.of(), "projektet", "alle").isOpfyldt()).isTrue();
            // a criterion decided for several subjects is named once
            List<Outcome> toGange = List.of(udfald.get(1), udfald.get(1));
            assertThat(Regel.ikkeOpfyldte(toGange)).hasSize(1);
            assertThat(Regel.antalIkkeOpfyldt(toGange)).isEqualTo(2);
        }
    }

    @Test
    void outsideAFiringRuleTheHelpersSaySo() {
        assertThatThrownBy(() -> Regel.udfald("x")).hasMessageContaining("kun bruges, mens en regel fyrer");
    }

    private static Outcome outcome(String criterion) {
        return new Outcome(criterion, false, criterion + " emne", 0);
    }
}
