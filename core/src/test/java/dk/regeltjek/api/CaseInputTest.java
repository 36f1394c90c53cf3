package dk.regeltjek.api;

import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.OutcomeRecord;
import dk.regeltjek.model.RegeltjekException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.regeltjek.model.Status;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Embedding systems build cases in code and get the same answers as from case files. */
class CaseInputTest {
    private static final Checker CHECKER = Checker.load(Path.of("rules"));

    private static Map<String, Object> project(long gross2026) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("navn", "Nordlys");
        p.put("grundlag", "SEL108");
        p.put("projekttype", "NYBYGGERI");
        p.put("nyePladser2025", 0);
        p.put("nyePladser2026", 24);
        p.put("pladserOmdannetFraAbl105", 0);
        p.put("pladserNedlagt", 0);
        p.put("andelAndreKommuner", new BigDecimal("30"));
        p.put("forventetAfsluttet", LocalDate.of(2026, 11, 30));
        p.put("bruttoanlaeg2025", new BigDecimal("12000000"));
        p.put("bruttoanlaeg2026", BigDecimal.valueOf(gross2026));
        return p;
    }

    private static CaseInput application(long gross2026) {
        return CaseInput.of("laanepulje", "Ansøgning fra Gentofte.", "sag 2024-117")
                .fact("Ansoegning", Map.of("kommune", "Gentofte", "godkendt", LocalDate.of(2024, 5, 10)))
                .fact("Projekt", project(gross2026));
    }

    @Test
    void aCaseBuiltInCodeIsCheckedLikeACaseFile() {
        CaseResult atLimit = CHECKER.check(application(8_000_000).toCase());
        CaseResult over = CHECKER.check(application(8_000_001).toCase());
        assertThat(atLimit.verdict()).isEqualTo(Status.NOT_MET);
        assertThat(over.verdict()).isEqualTo(Status.MET);
        OutcomeRecord lp4 = atLimit.outcomes().stream().filter(o -> o.criterion().equals("LP-4")).findFirst().orElseThrow();
        assertThat(lp4.message()).isEqualTo("samlet bruttoanlægsudgift 2025–2026 20.000.000 kr. er ikke over 20.000.000 kr.");
        assertThat(lp4.subject().location().file()).isEqualTo("sag 2024-117:fact 2");
    }

    @Test
    void aWrongValueIsRefusedWithWhereItCameFrom() {
        Map<String, Object> bad = project(8_000_000);
        bad.put("andelAndreKommuner", "tredive");
        CaseInput input = CaseInput.of("laanepulje", "En forkert sag.", "sag 2024-118")
                .fact("Ansoegning", Map.of("kommune", "Gentofte", "godkendt", LocalDate.of(2024, 5, 10)))
                .fact("Projekt", bad);
        assertThatThrownBy(() -> CHECKER.check(input.toCase())).isInstanceOf(RegeltjekException.class)
                .hasMessageContaining("sag 2024-118:fact 2: Projekt.andelAndreKommuner must be a number");
    }

    @Test
    void valuesOfAnotherJavaTypeAreConvertedLikeTextFromAFile() {
        Map<String, Object> p = project(8_000_001);
        p.put("bruttoanlaeg2025", 12_000_000);          // an Integer for a BigDecimal field
        p.put("forventetAfsluttet", "2026-11-30");      // text for a LocalDate field
        p.put("nyePladser2026", 24L);                   // a Long for an Integer field
        CaseInput input = CaseInput.of("laanepulje", "Blandede typer.", "sag 2024-119")
                .fact("Ansoegning", Map.of("kommune", "Gentofte", "godkendt", LocalDate.of(2024, 5, 10)))
                .fact("Projekt", p);
        assertThat(CHECKER.check(input.toCase()).outcomes()).extracting(OutcomeRecord::message)
                .isEqualTo(CHECKER.check(application(8_000_001).toCase()).outcomes().stream().map(OutcomeRecord::message).toList());
    }
}
