package dk.regeltjek.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.regeltjek.fixtures.Fixtures;
import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.OutcomeRecord;
import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.model.Status;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Embedding systems build cases in code and get the same answers as from case files (on the fixture pack tilskud). */
class CaseInputTest {
    @TempDir
    static Path tmp;

    private static Checker checker;

    @BeforeAll
    static void load() {
        checker = Checker.load(Fixtures.copyTo(tmp).rules);
    }

    private static Map<String, Object> project(long budget) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("navn", "Nordlys");
        p.put("boligtype", "ALMEN");
        p.put("budget", BigDecimal.valueOf(budget));
        p.put("andelAlmene", new BigDecimal("30"));
        p.put("afsluttet", LocalDate.of(2026, 11, 30));
        p.put("aar", 2026);
        p.put("ansoegt", new BigDecimal("1000000"));
        return p;
    }

    private static CaseInput application(Map<String, Object> project) {
        return CaseInput.of("tilskud", "Ansøgning fra Gentofte.", "sag 2025-117")
                .fact("Ansoegning", Map.of("kommune", "Gentofte", "indsendt", LocalDate.of(2025, 2, 10)))
                .fact("Projekt", project);
    }

    @Test
    void aCaseBuiltInCodeIsCheckedLikeACaseFile() {
        CaseResult atLimit = checker.check(application(project(2_000_000)).toCase());
        CaseResult over = checker.check(application(project(2_000_001)).toCase());
        assertThat(atLimit.verdict()).isEqualTo(Status.NOT_MET);
        assertThat(over.verdict()).isEqualTo(Status.MET);
        OutcomeRecord t1 = atLimit.outcomes().stream().filter(o -> o.criterion().equals("T-1")).findFirst().orElseThrow();
        assertThat(t1.message()).isEqualTo("samlet budget 2.000.000 kr. er ikke over 2.000.000 kr.");
        assertThat(t1.subject().location().file()).isEqualTo("sag 2025-117:fact 2");
    }

    @Test
    void aWrongValueIsRefusedWithWhereItCameFrom() {
        Map<String, Object> bad = project(2_000_000);
        bad.put("andelAlmene", "tredive");
        assertThatThrownBy(() -> checker.check(application(bad).toCase())).isInstanceOf(RegeltjekException.class)
                .hasMessageContaining("sag 2025-117:fact 2: Projekt.andelAlmene must be a number");
    }

    @Test
    void fieldsInAnyOrderWithNamesMadeAtRunTimeMeanTheSame() {
        Map<String, Object> reversed = new LinkedHashMap<>();
        java.util.List<Map.Entry<String, Object>> entries = new java.util.ArrayList<>(project(2_000_001).entrySet());
        java.util.Collections.reverse(entries);
        for (Map.Entry<String, Object> e : entries) {
            reversed.put(new String(e.getKey().toCharArray()), e.getValue()); // not the interned literal
        }
        reversed.put("boligtype", "ALMEN"); // an enum constant as text
        assertThat(checker.check(application(reversed).toCase()).outcomes()).extracting(OutcomeRecord::message)
                .isEqualTo(checker.check(application(project(2_000_001)).toCase()).outcomes().stream()
                        .map(OutcomeRecord::message).toList());
        reversed.put(new String("budgett".toCharArray()), 1);
        assertThatThrownBy(() -> checker.check(application(reversed).toCase())).isInstanceOf(RegeltjekException.class)
                .hasMessageContaining("Projekt has no field \"budgett\"");
    }

    @Test
    void valuesOfAnotherJavaTypeAreConvertedLikeTextFromAFile() {
        Map<String, Object> p = project(2_000_001);
        p.put("budget", 2_000_001);                 // an Integer for a BigDecimal field
        p.put("afsluttet", "2026-11-30");           // text for a LocalDate field
        p.put("aar", 2026L);                        // a Long for an Integer field
        assertThat(checker.check(application(p).toCase()).outcomes()).extracting(OutcomeRecord::message)
                .isEqualTo(checker.check(application(project(2_000_001)).toCase()).outcomes().stream()
                        .map(OutcomeRecord::message).toList());
    }
}
