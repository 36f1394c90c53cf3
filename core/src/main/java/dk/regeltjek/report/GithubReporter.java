package dk.regeltjek.report;

import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.OutcomeRecord;
import dk.regeltjek.model.Status;
import dk.regeltjek.testing.Mismatch;
import java.io.PrintWriter;
import java.util.List;

/**
 * GitHub Actions workflow commands: an {@code ::error} (or {@code ::warning}) annotation at the
 * place in the case file for each failed expectation (test) or each outcome not met (run), then a
 * summary line. GitHub shows only ten annotations per level, so the summary names the totals.
 */
public final class GithubReporter implements Reporter {
    private final PrintWriter out;

    public GithubReporter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void caseChecked(CaseResult result, List<Mismatch> mismatches) {
        if (mismatches != null) {
            for (Mismatch m : mismatches) {
                annotate("error", m.where().file(), m.where().line(), m.where().column(), "regeltjek: " + result.info().name(),
                        m.what() + ": expected " + m.expected() + ", got " + m.actual());
            }
        } else {
            for (OutcomeRecord o : result.outcomes()) {
                if (o.status() == Status.NOT_MET || o.status() == Status.UNDETERMINED) {
                    var at = o.subject() != null && o.subject().location() != null ? o.subject().location() : result.info().location();
                    annotate(o.status() == Status.NOT_MET ? "error" : "warning", at.file(), at.line(), at.column(),
                            o.criterion() + " " + o.status().danish(), o.message());
                }
            }
        }
        out.flush();
    }

    private void annotate(String level, String file, int line, int column, String title, String message) {
        out.println("::" + level + " file=" + property(file) + (line > 0 ? ",line=" + line : "") + (column > 0 ? ",col=" + column : "")
                + ",title=" + property(title) + "::" + data(message));
    }

    /** Workflow-command escaping for values (%, CR, LF, and in properties also ':' and ','). */
    private static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }

    @Override
    public void finish(Summary summary) {
        out.println(summary.closingLine());
        out.flush();
    }
}
