package dk.regeltjek.bench;

import dk.regeltjek.api.Checker;
import dk.regeltjek.model.Citation;
import dk.regeltjek.model.FactRef;
import dk.regeltjek.model.NamedValue;
import dk.regeltjek.model.OutcomeRecord;
import dk.regeltjek.model.PackInfo;
import dk.regeltjek.model.RuleInfo;
import dk.regeltjek.model.Status;
import dk.regeltjek.model.Values;
import dk.regeltjek.rules.Enheder;
import dk.regeltjek.rules.Sammenligning;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's baseline only: the loan-pool criteria hand-written in Java, producing the same
 * outcome records as the frozen copy of rules/laanepulje (resources /frozen) — status, message, every compared value,
 * criterion title, rule name, citation, subject and matched facts. {@link Benchmark} checks that
 * both agree record for record. The titles, rule names, citations and parameters are constants a
 * hand-written implementation would carry; they are taken from the pack once, before timing.
 * The product never uses this class; it shows what the rule engine costs.
 */
final class LoanPoolBaseline {
    private static final BigDecimal LIMIT = BigDecimal.valueOf(20_000_000);
    private static final BigDecimal SHARE = BigDecimal.valueOf(25);
    private static final LocalDate END_2026 = LocalDate.of(2026, 12, 31);
    private static final List<String> CRITERIA = List.of("LP-1", "LP-2", "LP-3", "LP-4", "LP-5", "LP-6");

    /** A rule's constants: the criterion it decides, that criterion's title, its name and citation. */
    private record Rule(String criterion, String title, boolean verdict, String name, Citation citation) {
    }

    private final Rule lp1;
    private final Rule lp2Renovation;
    private final Rule lp2;
    private final Rule lp3;
    private final Rule lp4;
    private final Rule lp5;
    private final Rule lp6New;
    private final Rule lp6Renovation;
    private final Rule deadlineRule;
    private final Rule countRule;
    private final Rule projectRule;
    private final Rule applicationRule;
    private final LocalDate deadline;
    private final int rowsInForm;

    LoanPoolBaseline(Checker checker) {
        PackInfo pack = checker.packs().get("laanepulje");
        List<Rule> rules = new ArrayList<>();
        for (RuleInfo rule : checker.rules("laanepulje")) {
            PackInfo.Criterion criterion = pack.criteria().get(rule.criterion());
            rules.add(new Rule(criterion.id(), criterion.title(), criterion.verdict(), rule.name(), rule.citation()));
        }
        lp1 = named(rules, "LP-1 ");
        lp2Renovation = named(rules, "LP-2 renovering");
        lp2 = named(rules, "LP-2 udvider");
        lp3 = named(rules, "LP-3 ");
        lp4 = named(rules, "LP-4 ");
        lp5 = named(rules, "LP-5 ");
        lp6New = named(rules, "LP-6 ");
        lp6Renovation = lp6New; // one rule decides both new builds and renovations
        deadlineRule = named(rules, "LP-FRIST ");
        countRule = named(rules, "LP-ANTAL ");
        projectRule = named(rules, "LP-PROJEKT ");
        applicationRule = named(rules, "LP-ANSOEGNING ");
        deadline = (LocalDate) pack.parameters().get("ansoegningsfrist").value();
        rowsInForm = ((Number) pack.parameters().get("maksProjekterUdenHenvendelse").value()).intValue();
    }

    private static Rule named(List<Rule> rules, String start) {
        return rules.stream().filter(r -> r.name().startsWith(start)).findFirst()
                .orElseThrow(() -> new IllegalStateException("rules/laanepulje has no rule \"" + start + "…\""));
    }

    /**
     * The records of one application, in the engine's order: criterion as in pack.yaml, then subject
     * as written (the application before its projects). {@code projects} are the projects' references.
     */
    List<OutcomeRecord> check(GeneratedCases.LoanApplication a, FactRef application, List<FactRef> projects) {
        int n = a.projects().size();
        List<List<OutcomeRecord>> perProject = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            perProject.add(criteria(a.projects().get(k), projects.get(k)));
        }
        List<OutcomeRecord> out = new ArrayList<>(8 * n + 4);
        for (int c = 0; c < CRITERIA.size(); c++) {
            for (List<OutcomeRecord> records : perProject) {
                out.add(records.get(c));
            }
        }
        OutcomeRecord deadlineMet = compare(deadlineRule, application, new ArrayList<>(2), "indtastet og godkendt",
                a.approved(), Sammenligning.SENEST, deadline);
        out.add(deadlineMet);
        String countText = n + (n == 1 ? " projekt" : " projekter");
        out.add(record(countRule, application, n <= rowsInForm ? Status.MET : Status.WARNING, n <= rowsInForm
                        ? countText + "; skemaet har plads til " + rowsInForm
                        : countText + " er flere end skemaets " + rowsInForm
                                + "; kommunen skal rette henvendelse til ministeriet før indsendelse",
                List.of(new NamedValue("projekter i ansøgningen", Enheder.tal(n)), new NamedValue("rækker i skemaet",
                        Enheder.tal(rowsInForm)))));
        int approvedProjects = 0;
        int openProjects = 0;
        for (int k = 0; k < n; k++) {
            OutcomeRecord verdict = projectVerdict(perProject.get(k), projects.get(k));
            approvedProjects += verdict.status() == Status.MET ? 1 : 0;
            openProjects += verdict.status() == Status.UNDETERMINED ? 1 : 0;
            out.add(verdict);
        }
        Status deadlineStatus = deadlineMet.status();
        Status status = deadlineStatus != Status.MET ? Status.NOT_MET : approvedProjects > 0 ? Status.MET
                : openProjects > 0 ? Status.UNDETERMINED : Status.NOT_MET;
        out.add(record(applicationRule, application, status,
                deadlineStatus != Status.MET ? "ansøgningen er ikke godkendt inden fristen (se LP-FRIST)"
                        : approvedProjects > 0 ? approvedProjects + " af " + countText + " kan få låneadgang"
                        : openProjects > 0 ? (n == 1 ? "projektet kan ikke afgøres endnu (se LP-PROJEKT)"
                                : "ingen af de " + n + " projekter opfylder kriterierne endnu; " + openProjects
                                + (openProjects == 1 ? " projekt" : " projekter") + " kan ikke afgøres (se LP-PROJEKT)")
                        : n == 1 ? "projektet opfylder ikke kriterierne" : "ingen af de " + n + " projekter opfylder kriterierne",
                List.of(new NamedValue("projekter", Enheder.tal(n)),
                        new NamedValue("projekter der opfylder kriterierne", Enheder.tal(approvedProjects)))));
        return out;
    }

    /** LP-1 … LP-6 for one project, in that order. */
    private List<OutcomeRecord> criteria(GeneratedCases.LoanProject p, FactRef project) {
        List<OutcomeRecord> out = new ArrayList<>(6);
        boolean sel = p.basis().equals("SEL107") || p.basis().equals("SEL108");
        out.add(record(lp1, project, sel ? Status.MET : Status.NOT_MET, sel
                        ? "botilbuddet opføres efter " + p.basis() + ", som puljen omfatter"
                        : "botilbuddet opføres efter " + p.basis() + "; puljen omfatter kun SEL §§ 107 og 108",
                List.of(new NamedValue("lovgrundlag", p.basis()))));
        if (p.kind().equals("RENOVERING")) {
            out.add(record(lp2Renovation, project, Status.MET,
                    "renovering udvider ikke kapaciteten, men kan støttes efter undtagelsen i kriterium 6 (se LP-6)", List.of()));
        } else {
            int added = p.places2025() + p.places2026();
            int net = added - p.converted() - p.removed();
            List<NamedValue> values = new ArrayList<>(5);
            values.add(new NamedValue("nye pladser 2025 + 2026", Enheder.tal(added)));
            values.add(new NamedValue("heraf omdannet fra ABL § 105", Enheder.tal(p.converted())));
            values.add(new NamedValue("nedlagte pladser", Enheder.tal(p.removed())));
            out.add(compare(lp2, project, values, "nettoudvidelse af den samlede kapacitet",
                    Enheder.maengde(net, "pladser"), Sammenligning.OVER, Enheder.maengde(0, "pladser")));
        }
        out.add(compare(lp3, project, new ArrayList<>(2), "forventet afslutning", p.completion(), Sammenligning.SENEST,
                END_2026));
        List<NamedValue> gross = new ArrayList<>(4);
        gross.add(new NamedValue("bruttoanlægsudgift 2025", Enheder.kr(p.gross2025())));
        gross.add(new NamedValue("bruttoanlægsudgift 2026", Enheder.kr(p.gross2026())));
        out.add(compare(lp4, project, gross, "samlet bruttoanlægsudgift 2025–2026",
                Enheder.kr(p.gross2025().add(p.gross2026())), Sammenligning.OVER, Enheder.kr(LIMIT)));
        out.add(compare(lp5, project, new ArrayList<>(2), "andel af pladserne til andre kommuner",
                Enheder.pct(p.shareOthers()), Sammenligning.MINDST, Enheder.pct(SHARE)));
        if (!p.kind().equals("RENOVERING")) {
            out.add(record(lp6New, project, Status.MET, "projektet nyetablerer pladser (" + p.kind() + ")",
                    List.of(new NamedValue("projekttype", p.kind()))));
        } else {
            boolean loss = p.lossMadeProbable();
            out.add(record(lp6Renovation, project, loss ? Status.MET : Status.NOT_MET, loss
                            ? "renovering: det er sandsynliggjort, at pladserne ellers bortfalder inden for en overskuelig årrække"
                            : "renovering uden sandsynliggørelse af, at pladserne ellers bortfalder, giver ikke adgang til puljen",
                    List.of(new NamedValue("bortfald sandsynliggjort", loss))));
        }
        return out;
    }

    /** LP-PROJEKT from the project's LP-1 … LP-6. */
    private OutcomeRecord projectVerdict(List<OutcomeRecord> criteria, FactRef project) {
        List<String> notMet = new ArrayList<>();
        List<String> open = new ArrayList<>();
        for (OutcomeRecord o : criteria) {
            if (o.status() == Status.NOT_MET) {
                notMet.add(o.criterion());
            } else if (o.status() == Status.UNDETERMINED) {
                open.add(o.criterion());
            }
        }
        Status status = !notMet.isEmpty() ? Status.NOT_MET : !open.isEmpty() ? Status.UNDETERMINED : Status.MET;
        return record(projectRule, project, status, !notMet.isEmpty()
                ? "projektet opfylder ikke " + String.join(", ", notMet)
                : !open.isEmpty() ? "kan ikke afgøres, før " + String.join(", ", open) + " er afgjort"
                : "projektet opfylder alle seks kriterier", List.of());
    }

    private static OutcomeRecord compare(Rule rule, FactRef subject, List<NamedValue> values, String label, Object actual,
                                         Sammenligning op, Object limit) {
        boolean holds = op.holder(actual, limit);
        String message = label + " " + Values.format(actual) + " er " + (holds ? "" : "ikke ") + op.tekst() + " "
                + Values.format(limit);
        values.add(new NamedValue(label, actual));
        values.add(new NamedValue("grænse (" + op.tekst() + ")", limit));
        return record(rule, subject, holds ? Status.MET : Status.NOT_MET, message, values);
    }

    private static OutcomeRecord record(Rule rule, FactRef subject, Status status, String message, List<NamedValue> values) {
        return new OutcomeRecord(rule.criterion(), rule.title(), rule.verdict(), status, null, subject, message, values,
                rule.name(), rule.citation(), List.of(subject));
    }
}
