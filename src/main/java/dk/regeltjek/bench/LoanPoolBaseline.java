package dk.regeltjek.bench;

import dk.regeltjek.api.Citation;
import dk.regeltjek.api.FactRef;
import dk.regeltjek.api.NamedValue;
import dk.regeltjek.api.OutcomeRecord;
import dk.regeltjek.rules.Comparison;
import dk.regeltjek.rules.Outcome.Status;
import dk.regeltjek.rules.Regel;
import dk.regeltjek.rules.Values;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's baseline only: the loan-pool criteria hand-written in Java, producing the same
 * outcome records (status, message, compared values, citation, subject) as the rules in
 * rules/laanepulje. The product never uses it; it shows what the rule engine costs.
 */
final class LoanPoolBaseline {
    private static final Citation CITATION = new Citation("baseline", "Bilag 1", "L89-L94", "…");
    private static final BigDecimal LIMIT = BigDecimal.valueOf(20_000_000);
    private static final BigDecimal SHARE = BigDecimal.valueOf(25);
    private static final LocalDate END_2026 = LocalDate.of(2026, 12, 31);
    private static final LocalDate DEADLINE = LocalDate.of(2024, 5, 15);

    private LoanPoolBaseline() {
    }

    static List<OutcomeRecord> check(GeneratedCases.LoanProject p, String municipality, LocalDate approved) {
        FactRef project = new FactRef("Projekt", p.name(), GeneratedCases.here());
        FactRef application = new FactRef("Ansoegning", municipality, GeneratedCases.here());
        List<OutcomeRecord> out = new ArrayList<>(10);
        boolean sel = p.basis().equals("SEL107") || p.basis().equals("SEL108");
        out.add(record("LP-1", project, sel ? Status.MET : Status.NOT_MET, "botilbuddet opføres efter " + p.basis(),
                List.of(value("lovgrundlag", p.basis()))));
        if (p.kind().equals("RENOVERING")) {
            out.add(record("LP-2", project, Status.MET, "renovering vurderes efter kriterium 6", List.of()));
        } else {
            int net = p.places2025() + p.places2026() - p.converted() - p.removed();
            out.add(compare("LP-2", project, "nettoudvidelse", Regel.qty(net, "pladser"), Comparison.OVER, Regel.qty(0, "pladser")));
        }
        out.add(compare("LP-3", project, "forventet afslutning", p.completion(), Comparison.SENEST, END_2026));
        out.add(compare("LP-4", project, "samlet bruttoanlægsudgift", Regel.kr(p.gross2025().add(p.gross2026())),
                Comparison.OVER, Regel.kr(LIMIT)));
        out.add(compare("LP-5", project, "andel til andre kommuner", Regel.pct(p.shareOthers()), Comparison.MINDST,
                Regel.pct(SHARE)));
        if (!p.kind().equals("RENOVERING")) {
            out.add(record("LP-6", project, Status.MET, "projektet nyetablerer pladser", List.of(value("projekttype", p.kind()))));
        } else if (p.lossMadeProbable() == null) {
            out.add(record("LP-6", project, Status.UNDETERMINED, "kan ikke afgøres: mangler bortfald", List.of()));
        } else {
            out.add(record("LP-6", project, p.lossMadeProbable() ? Status.MET : Status.NOT_MET, "renovering",
                    List.of(value("bortfald sandsynliggjort", p.lossMadeProbable()))));
        }
        out.add(compare("LP-FRIST", application, "indtastet og godkendt", approved, Comparison.SENEST, DEADLINE));
        out.add(record("LP-ANTAL", application, Status.MET, "1 projekter", List.of(value("projekter", 1))));
        boolean notMet = out.stream().limit(6).anyMatch(o -> o.status() == Status.NOT_MET);
        boolean open = out.stream().limit(6).anyMatch(o -> o.status() == Status.UNDETERMINED);
        Status project6 = notMet ? Status.NOT_MET : open ? Status.UNDETERMINED : Status.MET;
        out.add(record("LP-PROJEKT", project, project6, "projektet", List.of()));
        Status deadline = out.get(6).status();
        out.add(record("LP-ANSOEGNING", application, deadline == Status.MET && project6 == Status.MET ? Status.MET : Status.NOT_MET,
                "ansøgningen", List.of(value("projekter", 1))));
        return out;
    }

    private static OutcomeRecord compare(String id, FactRef subject, String label, Object actual, Comparison op, Object limit) {
        boolean holds = op.holds(actual, limit);
        String message = label + " " + Values.format(actual) + " er " + (holds ? "" : "ikke ") + op.danish() + " "
                + Values.format(limit);
        return record(id, subject, holds ? Status.MET : Status.NOT_MET, message,
                List.of(value(label, actual), value("grænse (" + op.danish() + ")", limit)));
    }

    private static NamedValue value(String label, Object value) {
        return new NamedValue(label, value);
    }

    private static OutcomeRecord record(String id, FactRef subject, Status status, String message, List<NamedValue> values) {
        return new OutcomeRecord(id, id, id.equals("LP-PROJEKT") || id.equals("LP-ANSOEGNING"), status, null, subject,
                message, values, "baseline " + id, CITATION, List.of(subject));
    }
}
