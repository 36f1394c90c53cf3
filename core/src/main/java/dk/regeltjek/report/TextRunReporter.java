package dk.regeltjek.report;

import dk.regeltjek.model.CaseResult;
import java.io.Writer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code run} as Danish text: each case at the detail asked for, then the verdict counts (the last line). */
final class TextRunReporter implements Reporter<CaseResult, RunSummary> {
    private final TextScreen screen;
    private final TextExplanation explanation;
    private final Detail detail;
    /** Only the summary is printed: a case's lines are not even made (their outcomes are never assembled). */
    private final boolean quiet;

    TextRunReporter(Writer out, ReportSettings settings) {
        this.screen = new TextScreen(out, settings.quiet());
        this.explanation = new TextExplanation(new TextPaint(settings.color()));
        this.detail = settings.detail();
        this.quiet = settings.quiet();
    }

    @Override
    public void add(CaseResult result, Duration time) {
        if (quiet) {
            return;
        }
        if (detail == Detail.compact) {
            explanation.compact(result, screen::line);
        } else {
            explanation.full(result, detail, screen::line);
        }
    }

    @Override
    public void finish(RunSummary summary) {
        List<String> bottom = lines(summary);
        List<String> top = new ArrayList<>();
        top.add(bottom.get(bottom.size() - 1));
        top.addAll(bottom.subList(0, bottom.size() - 1));
        if (detail != Detail.all) {
            top.add("(hver sag nedenfor; --explain all forklarer hvert udfald)");
        }
        screen.finish(bottom, top);
    }

    static List<String> lines(RunSummary summary) {
        List<String> lines = new ArrayList<>();
        if (!summary.skipped().isEmpty()) {
            lines.add(Danish.Noun.SAG.count(summary.skipped().size()) + " kunne ikke tjekkes (se fejlene)");
        }
        if (summary.byPack().size() > 1) {
            for (Map.Entry<String, Verdicts> pack : summary.byPack().entrySet()) {
                lines.add("  " + Safe.terminal(pack.getKey()) + ": " + pack.getValue().danish());
            }
        }
        if (summary.failOnWarn() && summary.verdicts().warning() > 0) {
            lines.add("advarsler tæller som ikke opfyldt (--fail-on-warn)");
        }
        lines.add(summary.verdicts().danish());
        return lines;
    }
}
