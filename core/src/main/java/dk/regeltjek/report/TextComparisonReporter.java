package dk.regeltjek.report;

import dk.regeltjek.compare.ScenarioComparison;
import dk.regeltjek.model.OutcomeRecord;
import java.io.Writer;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** {@code compare} as text: only the cases whose outcome changes, with the evidence under each scenario. */
final class TextComparisonReporter implements Reporter<ScenarioComparison, ComparisonSummary> {
    private final TextScreen screen;
    private final TextPaint paint;

    TextComparisonReporter(Writer out, ReportSettings settings) {
        this.screen = new TextScreen(out, settings.quiet());
        this.paint = new TextPaint(settings.color());
    }

    @Override
    public void add(ScenarioComparison c, Duration time) {
        if (!c.changed()) {
            return;
        }
        String before = Safe.terminal(c.first().info().scenario());
        String after = Safe.terminal(c.second().info().scenario());
        screen.line(paint.bold(Safe.terminal(c.first().info().location() + "  " + c.first().info().name())));
        screen.line("  verdikt: " + before + " " + paint.status(c.first().verdict(), c.first().verdict().danish()) + " → "
                + after + " " + paint.status(c.second().verdict(), c.second().verdict().danish()));
        for (ScenarioComparison.Change change : c.changes()) {
            screen.line("  " + Safe.terminal(change.criterion() + " " + change.subject()) + ": " + status(change.first())
                    + " → " + status(change.second()));
            screen.line("      " + before + ": " + evidence(change.first()));
            screen.line("      " + after + ": " + evidence(change.second()));
        }
        screen.line("");
    }

    private String status(OutcomeRecord o) {
        return o == null ? "(intet udfald)" : paint.status(o.status(), o.status().danish());
    }

    private static String evidence(OutcomeRecord o) {
        if (o == null) {
            return "(intet udfald)";
        }
        String values = o.values().stream().map(v -> v.label() + " = " + v.text()).collect(Collectors.joining("; "));
        return Safe.terminal(o.message() + (values.isEmpty() ? "" : " [" + values + "]"));
    }

    @Override
    public void finish(ComparisonSummary summary) {
        String closing = summary.changed() + " af " + Danish.Noun.SAG.count(summary.cases()) + " får et andet udfald under "
                + Safe.terminal(summary.after()) + " end under " + Safe.terminal(summary.before());
        List<String> lines = summary.skipped().isEmpty() ? List.of(closing)
                : List.of(Danish.Noun.SAG.count(summary.skipped().size()) + " kunne ikke sammenlignes (se fejlene)", closing);
        screen.finish(lines, List.of(closing));
    }
}
