package dk.regeltjek.report;

import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.OutcomeRecord;
import dk.regeltjek.model.RuleInfo;
import dk.regeltjek.testing.Mismatch;
import dk.regeltjek.testing.PackCoverage;
import dk.regeltjek.testing.TestResult;
import java.io.Writer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code test} as text: PASS or FAIL per case with expected vs actual for each failure, then the
 * coverage per pack and the rules no example made fire, then "N passed, M failed" (the last line,
 * in the form CI log readers count).
 */
final class TextTestReporter implements Reporter<TestResult, TestSummary> {
    private final TextScreen screen;
    private final TextPaint paint;

    TextTestReporter(Writer out, ReportSettings settings) {
        this.screen = new TextScreen(out, settings.quiet());
        this.paint = new TextPaint(settings.color());
    }

    @Override
    public void add(TestResult test, Duration time) {
        CaseResult result = test.result();
        String title = Safe.terminal(result.info().pack() + "/" + fileName(result) + ": " + result.info().name());
        if (test.passed()) {
            screen.line(paint.green("PASS") + " " + title);
            return;
        }
        screen.line(paint.red("FAIL") + " " + title);
        for (Mismatch m : test.mismatches()) {
            screen.line("     " + Safe.terminal(m.where() + ": " + m.what()));
            screen.line("       forventet: " + Safe.terminal(m.expected()));
            screen.line("       faktisk:   " + Safe.terminal(m.actual()));
        }
        screen.line("     udfald i sagen:");
        for (OutcomeRecord o : result.outcomes()) {
            screen.line("       " + Danish.symbol(o.status()) + " " + Safe.terminal(o.criterion() + " "
                    + (o.subject() == null ? "" : o.subject().describe())) + " " + o.status().danish() + ": "
                    + Safe.terminal(o.message()));
        }
    }

    @Override
    public void finish(TestSummary summary) {
        List<String> bottom = lines(summary);
        List<String> top = new ArrayList<>();
        top.add(bottom.get(bottom.size() - 1));
        top.addAll(bottom.subList(1, bottom.size() - 1));
        screen.finish(bottom, top);
    }

    private List<String> lines(TestSummary summary) {
        List<String> lines = new ArrayList<>();
        lines.add("");
        for (PackCoverage c : summary.coverage()) {
            lines.add(coverageLine(c, summary.gate()));
            List<String> oneSided = c.criteriaOnOneSide();
            if (!oneSided.isEmpty()) {
                lines.add("    ikke set både opfyldt og ikke opfyldt: " + Safe.terminal(oneSided.stream()
                        .map(id -> id + " (" + seen(c, id) + ")").collect(Collectors.joining(", "))));
            }
        }
        int unfired = summary.unfiredRules();
        if (unfired > 0) {
            lines.add("Regler som intet eksempel fik til at fyre (" + unfired + "):");
            for (PackCoverage c : summary.coverage()) {
                for (RuleInfo rule : c.unfired()) {
                    lines.add("  - " + Safe.terminal(rule.where() + ": \"" + rule.name() + "\""));
                }
            }
            if (summary.gate().failOnWarn()) {
                lines.add("regler uden eksempel tæller som fejl (--fail-on-warn)");
            }
        }
        if (!summary.skipped().isEmpty()) {
            lines.add(Danish.Noun.SAG.count(summary.skipped().size()) + " kunne ikke tjekkes (se fejlene)");
        }
        lines.add(summary.passed() + " passed, " + summary.failed() + " failed");
        return lines;
    }

    private static String coverageLine(PackCoverage c, TestSummary.Gate gate) {
        String below = gate.minCoverage() != null && c.below(gate.minCoverage())
                ? "  UNDER MINIMUM " + gate.minCoverage() + " %" : "";
        return "Dækning " + Safe.terminal(c.pack()) + ": " + c.rulesFired() + " af " + Danish.Noun.REGEL.count(c.rules().size())
                + " fyret (" + percent(c.rulesPercent()) + "), " + c.criteriaOnBothSides().size() + " af "
                + Danish.Noun.KRITERIUM.count(c.criteria().size()) + " set både opfyldt og ikke opfyldt ("
                + percent(c.criteriaPercent()) + ")" + below;
    }

    static String percent(java.math.BigDecimal value) {
        return value.toPlainString().replace('.', ',') + " %";
    }

    private static String seen(PackCoverage c, String criterion) {
        var statuses = c.seen().getOrDefault(criterion, java.util.Set.of());
        if (statuses.isEmpty()) {
            return "aldrig set";
        }
        return "kun " + statuses.stream().sorted().map(s -> s.danish()).collect(Collectors.joining(", "));
    }

    private static String fileName(CaseResult result) {
        String file = result.info().location().file();
        return file.substring(file.lastIndexOf('/') + 1);
    }
}
