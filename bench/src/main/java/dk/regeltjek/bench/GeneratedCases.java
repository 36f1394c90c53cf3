package dk.regeltjek.bench;

import dk.regeltjek.api.Case;
import dk.regeltjek.api.CaseInput;
import dk.regeltjek.model.SourceLocation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Deterministic synthetic cases for the benchmark: case {@code i} is the same every run, both as
 * the facts a case file would hold and as the plain values the baselines read.
 */
final class GeneratedCases {
    private static final String SOURCE = "(generated)";

    private GeneratedCases() {
    }

    /** One loan-pool project with values spread around every boundary of LP-1..LP-6. */
    record LoanProject(String name, String basis, String kind, int places2025, int places2026, int converted, int removed,
                       BigDecimal shareOthers, LocalDate completion, BigDecimal gross2025, BigDecimal gross2026,
                       Boolean lossMadeProbable) {
    }

    static LoanProject loanProject(long i) {
        SplittableRandom r = new SplittableRandom(i * 0x9E3779B97F4A7C15L);
        String[] bases = {"SEL107", "SEL108", "SEL108", "SEL107", "ABL105", "ANDET"};
        String[] kinds = {"NYBYGGERI", "NYBYGGERI", "EKSISTERENDE_BYGNING", "RENOVERING"};
        String kind = kinds[r.nextInt(kinds.length)];
        int places2025 = r.nextInt(0, 20);
        int places2026 = r.nextInt(0, 30);
        return new LoanProject("Projekt " + i, bases[r.nextInt(bases.length)], kind, places2025, places2026,
                r.nextInt(4) == 0 ? r.nextInt(0, places2025 + places2026 + 1) : 0, r.nextInt(5) == 0 ? r.nextInt(0, 5) : 0,
                BigDecimal.valueOf(r.nextInt(150, 600), 1), LocalDate.of(2026, 12, 31).plusDays(r.nextInt(-400, 60)),
                BigDecimal.valueOf(r.nextLong(2, 20) * 1_000_000L), BigDecimal.valueOf(r.nextLong(2, 20) * 1_000_000L),
                kind.equals("RENOVERING") ? r.nextBoolean() : null);
    }

    /** An application: the municipality, the day it was approved and its projects. */
    record LoanApplication(String municipality, LocalDate approved, List<LoanProject> projects) {
    }

    /**
     * Application {@code i} with 1–{@code maxProjects} projects (one in twenty approved after the
     * deadline); the projects are {@link #loanProject} of their own numbers, so every size is covered.
     */
    static LoanApplication loanApplication(long i, int maxProjects) {
        SplittableRandom r = new SplittableRandom(i * 0xBF58476D1CE4E5B9L + 3);
        int count = maxProjects <= 1 ? 1 : 1 + r.nextInt(maxProjects);
        List<LoanProject> projects = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            projects.add(loanProject(i * 8 + k));
        }
        LocalDate approved = r.nextInt(20) == 0 ? LocalDate.of(2024, 5, 20) : LocalDate.of(2024, 5, 10);
        return new LoanApplication("Kommune " + i, approved, projects);
    }

    /** The application as a loan-pool case, built in code as an embedding system would. */
    static Case loanCase(LoanApplication application, long i) {
        CaseInput input = CaseInput.of("laanepulje", "Genereret lånesag " + i, SOURCE)
                .fact("Ansoegning", Map.of("kommune", application.municipality(), "godkendt", application.approved()));
        for (LoanProject p : application.projects()) {
            input.fact("Projekt", projectFields(p));
        }
        return input.toCase();
    }

    /**
     * Where the engine says a generated case's {@code n}th fact (from 1) was written: facts built in
     * code are located by their source and number.
     */
    static SourceLocation factAt(int n) {
        return new SourceLocation(SOURCE + ":fact " + n, 0, 0);
    }

    /** A project's fields as a case file names them. */
    static Map<String, Object> projectFields(LoanProject p) {
        Map<String, Object> project = new LinkedHashMap<>();
        project.put("navn", p.name());
        project.put("grundlag", p.basis());
        project.put("projekttype", p.kind());
        project.put("nyePladser2025", p.places2025());
        project.put("nyePladser2026", p.places2026());
        project.put("pladserOmdannetFraAbl105", p.converted());
        project.put("pladserNedlagt", p.removed());
        project.put("andelAndreKommuner", p.shareOthers());
        project.put("forventetAfsluttet", p.completion());
        project.put("bruttoanlaeg2025", p.gross2025());
        project.put("bruttoanlaeg2026", p.gross2026());
        if (p.lossMadeProbable() != null) {
            project.put("bortfaldSandsynliggjort", p.lossMadeProbable());
        }
        return project;
    }

    /** The five regions and how many municipalities each has (98 in all), for a generated national round. */
    private static final String[] REGIONS = {"HOVEDSTADEN", "SJAELLAND", "SYDDANMARK", "MIDTJYLLAND", "NORDJYLLAND"};
    private static final int[] MUNICIPALITIES_PER_REGION = {29, 17, 22, 19, 11};

    /**
     * A whole national round for the pack laanepulje-runde: {@code municipalities} applications (regions
     * spread as Denmark's 98 municipalities are) and {@code projects} projects spread over them, with
     * values around every boundary of LP-1..LP-6 (about one in six has no access), coordination, pricing
     * ratings and loans that together ask for several times each year's pool.
     */
    static Case nationalRound(int municipalities, int projects, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        CaseInput input = CaseInput.of("laanepulje-runde", "Genereret landsdækkende runde", SOURCE)
                .fact("Runde", Map.of("navn", "Lånepulje 2025–26, genereret runde"));
        List<String> regions = new ArrayList<>();
        for (int k = 0; k < REGIONS.length; k++) {
            for (int m = 0; m < MUNICIPALITIES_PER_REGION[k]; m++) {
                regions.add(REGIONS[k]);
            }
        }
        for (int m = 0; m < municipalities; m++) {
            input.fact("Ansoegning", Map.of("kommune", "Kommune " + (101 + m), "kommunenummer", 101 + m,
                    "region", regions.get(m * regions.size() / municipalities),
                    "godkendt", LocalDate.of(2024, 5, 1 + r.nextInt(r.nextInt(40) == 0 ? 17 : 15))));
        }
        String[] coordination = {"KKR", "KKR", "TVAERKOMMUNAL", "TVAERKOMMUNAL", "INGEN", "INGEN", "INGEN"};
        String[] pricing = {"GOD", "NOGEN", "SVAG", "INGEN"};
        for (int i = 0; i < projects; i++) {
            Map<String, Object> p = new LinkedHashMap<>();
            int municipality = i * municipalities / projects;
            long gross2025 = r.nextLong(5, 60) * 1_000_000L;
            long gross2026 = r.nextLong(5, 60) * 1_000_000L;
            String kind = r.nextInt(10) == 0 ? "RENOVERING" : r.nextInt(4) == 0 ? "EKSISTERENDE_BYGNING" : "NYBYGGERI";
            p.put("navn", "Kommune " + (101 + municipality) + ": Projekt " + i);
            p.put("kommune", "Kommune " + (101 + municipality));
            p.put("grundlag", r.nextInt(25) == 0 ? "ABL105" : r.nextBoolean() ? "SEL107" : "SEL108");
            p.put("projekttype", kind);
            p.put("nyePladser2025", r.nextInt(0, 10));
            p.put("nyePladser2026", kind.equals("RENOVERING") ? 0 : r.nextInt(1, 40));
            p.put("pladserOmdannetFraAbl105", r.nextInt(30) == 0 ? 5 : 0);
            p.put("pladserNedlagt", 0);
            p.put("andelAndreKommuner", BigDecimal.valueOf(r.nextInt(22, 60)));
            p.put("forventetAfsluttet", LocalDate.of(2026, 12, 31).minusDays(r.nextInt(-10, 500)));
            p.put("bruttoanlaeg2025", BigDecimal.valueOf(gross2025));
            p.put("bruttoanlaeg2026", BigDecimal.valueOf(gross2026));
            if (kind.equals("RENOVERING")) {
                p.put("bortfaldSandsynliggjort", r.nextBoolean());
            }
            p.put("laan2025", BigDecimal.valueOf(gross2025 / 1000 * r.nextInt(50, 101) / 100));   // t. kr.
            p.put("laan2026", BigDecimal.valueOf(gross2026 / 1000 * r.nextInt(50, 101) / 100));
            p.put("koordinering", coordination[r.nextInt(coordination.length)]);
            p.put("prissaetning", pricing[r.nextInt(pricing.length)]);
            input.fact("Projekt", p);
        }
        return input.toCase();
    }

    /** One commuter's year of days: hours at the workplace, at home, elsewhere; weekends off. */
    record WorkDay(LocalDate date, BigDecimal workplace, BigDecimal home, BigDecimal elsewhere) {
    }

    static List<WorkDay> workLog(long commuter, int year) {
        SplittableRandom r = new SplittableRandom(commuter * 0x2545F4914F6CDD1DL + 7);
        int homeBias = r.nextInt(25, 65);
        List<WorkDay> days = new ArrayList<>(262);
        BigDecimal eight = BigDecimal.valueOf(8);
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() >= 6) {
                continue;
            }
            int roll = r.nextInt(100);
            if (roll < 3) {
                days.add(new WorkDay(d, BigDecimal.ZERO, BigDecimal.ZERO, eight));
            } else if (roll < homeBias) {
                days.add(new WorkDay(d, BigDecimal.ZERO, eight, BigDecimal.ZERO));
            } else {
                days.add(new WorkDay(d, eight, BigDecimal.ZERO, BigDecimal.ZERO));
            }
        }
        return days;
    }
}
