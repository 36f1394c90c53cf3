package dk.regeltjek.report;

import dk.regeltjek.compare.ScenarioComparison;
import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.OutcomeRecord;
import dk.regeltjek.model.Status;
import dk.regeltjek.testing.Mismatch;
import dk.regeltjek.testing.PackCoverage;
import dk.regeltjek.testing.TestResult;
import java.util.List;

/**
 * The Markdown job summary GitHub shows on a run's page ({@code $GITHUB_STEP_SUMMARY}): the counts,
 * and per pack the subjects × criteria matrix with a symbol in each cell. GitHub takes at most
 * 1 MiB per step, so rows beyond a budget are counted instead of shown.
 */
final class GithubMarkdown {
    private static final int BUDGET_CHARS = 900_000;
    private static final String LEGEND = "✓ opfyldt · ✗ ikke opfyldt · ! advarsel · ? uafgjort · – intet udfald";

    private final StringBuilder md = new StringBuilder();
    private int rowsLeftOut;

    String run(RunSummary summary, List<CaseResult> results) {
        md.append("## regeltjek run: ").append(escape(summary.verdicts().danish())).append("\n\n");
        problems(summary);
        matrices(results, summary.provenance());
        return finish();
    }

    String test(TestSummary summary, List<TestResult> tests) {
        md.append("## regeltjek test: ").append(summary.passed()).append(" passed, ").append(summary.failed())
                .append(" failed\n\n");
        problems(summary);
        md.append("| Pakke | Regler fyret | Kriterier set opfyldt og ikke opfyldt |");
        boolean gate = summary.gate().minCoverage() != null;
        md.append(gate ? " Minimum " + summary.gate().minCoverage() + " % |\n|---|---|---|---|\n" : "\n|---|---|---|\n");
        for (PackCoverage c : summary.coverage()) {
            md.append("| ").append(escape(c.pack())).append(" | ").append(c.rulesFired()).append(" af ").append(c.rules().size())
                    .append(" (").append(TextTestReporter.percent(c.rulesPercent())).append(") | ")
                    .append(c.criteriaOnBothSides().size()).append(" af ").append(c.criteria().size()).append(" (")
                    .append(TextTestReporter.percent(c.criteriaPercent())).append(") |");
            md.append(gate ? (c.below(summary.gate().minCoverage()) ? " ✗ under |\n" : " ✓ |\n") : "\n");
        }
        md.append('\n');
        List<TestResult> failed = tests.stream().filter(t -> !t.passed()).toList();
        if (!failed.isEmpty()) {
            md.append("### Fejlede forventninger\n\n| Sag | Hvor | Hvad | Forventet | Faktisk |\n|---|---|---|---|---|\n");
            for (TestResult t : failed) {
                for (Mismatch m : t.mismatches()) {
                    if (!row("| " + escape(t.result().info().name()) + " | " + escape(m.where().toString()) + " | "
                            + escape(m.what()) + " | " + escape(m.expected()) + " | " + escape(m.actual()) + " |\n")) {
                        break;
                    }
                }
            }
            md.append('\n');
        }
        matrices(tests.stream().map(TestResult::result).toList(), summary.provenance());
        return finish();
    }

    String compare(ComparisonSummary summary, List<ScenarioComparison> changed) {
        md.append("## regeltjek compare: ").append(summary.changed()).append(" af ")
                .append(escape(Danish.Noun.SAG.count(summary.cases()))).append(" får et andet udfald under ")
                .append(escape(summary.after())).append(" end under ").append(escape(summary.before())).append("\n\n");
        problems(summary);
        if (!changed.isEmpty()) {
            md.append("| Sag | Kriterium | Emne | ").append(escape(summary.before())).append(" | ")
                    .append(escape(summary.after())).append(" |\n|---|---|---|---|---|\n");
            for (ScenarioComparison c : changed) {
                row("| " + caseCell(c.first()) + " | **verdikt** |  | " + symbol(c.first().verdict()) + " | "
                        + symbol(c.second().verdict()) + " |\n");
                for (ScenarioComparison.Change ch : c.changes()) {
                    row("|  | " + escape(ch.criterion()) + " | " + escape(ch.subject()) + " | " + symbol(ch.first()) + " | "
                            + symbol(ch.second()) + " |\n");
                }
            }
            md.append('\n');
        }
        return finish();
    }

    private void problems(Summary summary) {
        if (summary.problems().isEmpty()) {
            return;
        }
        md.append("### ").append(escape(Danish.Noun.PROBLEM.count(summary.problems().size())))
                .append(" i input eller regler\n\n");
        summary.problems().forEach(p -> row("- `" + code(p.where().toString()) + "` " + escape(p.message()) + "\n"));
        md.append('\n');
    }

    private void matrices(List<CaseResult> results, Provenance provenance) {
        for (Matrix.Table table : Matrix.of(results, provenance)) {
            md.append("### ").append(escape(table.packId()))
                    .append(table.pack() == null || table.pack().title() == null ? "" : " — " + escape(table.pack().title()))
                    .append("\n\n| Sag | Emne |");
            table.criteria().forEach(c -> md.append(' ').append(escape(c)).append(" |"));
            md.append("\n|---|---|").append("---|".repeat(table.criteria().size())).append('\n');
            CaseResult previous = null;
            for (Matrix.Row row : table.rows()) {
                StringBuilder line = new StringBuilder("| ").append(row.result() == previous ? "" : caseCell(row.result()))
                        .append(" | ")
                        .append(row.subject() == null ? "" : escape(row.subject().type() + " \"" + row.subject().name() + "\""))
                        .append(" |");
                for (String criterion : table.criteria()) {
                    List<OutcomeRecord> cell = row.cells().get(criterion);
                    line.append(' ').append(cell == null ? "–" : Danish.symbol(Matrix.worst(cell))).append(" |");
                }
                previous = row.result();
                if (!row(line.append('\n').toString())) {
                    break;
                }
            }
            md.append('\n').append(LEGEND).append("\n\n");
        }
    }

    private static String caseCell(CaseResult result) {
        String file = result.info().location().file();
        String name = result.info().name();
        return "`" + code(file.substring(file.lastIndexOf('/') + 1) + ":" + result.info().location().line()) + "` "
                + escape(name.length() > 90 ? name.substring(0, 89) + "…" : name);
    }

    /** Adds a table row within the budget; false (and the row counted as left out) beyond it. */
    private boolean row(String text) {
        if (md.length() + text.length() > BUDGET_CHARS) {
            rowsLeftOut++;
            return false;
        }
        md.append(text);
        return true;
    }

    private String finish() {
        if (rowsLeftOut > 0) {
            md.append("\n_").append(rowsLeftOut).append(" rækker mere er udeladt (GitHub viser højst 1 MiB); "
                    + "den fulde rapport: --format html eller json._\n");
        }
        return md.toString();
    }

    private static String symbol(Status status) {
        return Danish.symbol(status) + " " + status.danish();
    }

    private static String symbol(OutcomeRecord o) {
        return o == null ? "– intet udfald" : symbol(o.status());
    }

    /**
     * Text from a case as Markdown shows it literally: HTML and Markdown characters escaped, no
     * line breaks or control characters (case files are untrusted; GitHub renders HTML in Markdown).
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : Safe.xmlLine(Safe.terminal(text)).toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '|', '\\', '*', '_', '`', '[', ']', '#', '~', '!' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Text inside a code span: no backticks or line breaks. */
    private static String code(String text) {
        return Safe.xmlLine(Safe.terminal(text)).replace('`', '\'').replace("|", "\\|");
    }
}
