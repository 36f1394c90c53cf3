package dk.regeltjek.report;

import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.Citation;
import dk.regeltjek.model.FactRef;
import dk.regeltjek.model.OutcomeRecord;
import dk.regeltjek.model.Status;
import dk.regeltjek.testing.Mismatch;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** Human-readable explanations in Danish, with colour when the terminal wants it. */
public final class TextReporter implements Reporter {
    /** How much of each case {@code run} explains. */
    public enum Detail { all, fails, summary }

    private final PrintWriter out;
    private final boolean color;
    private final Detail detail;

    public TextReporter(PrintWriter out, boolean color, Detail detail) {
        this.out = out;
        this.color = color;
        this.detail = detail;
    }

    @Override
    public void caseChecked(CaseResult result, List<Mismatch> mismatches) {
        if (mismatches != null) {
            testLine(result, mismatches);
        } else {
            explain(result);
        }
        out.flush();
    }

    private void testLine(CaseResult result, List<Mismatch> mismatches) {
        String title = result.info().pack() + "/" + fileName(result) + ": " + result.info().name();
        if (mismatches.isEmpty()) {
            out.println(paint("32", "PASS") + " " + title);
            return;
        }
        out.println(paint("31", "FAIL") + " " + title);
        for (Mismatch m : mismatches) {
            out.println("     " + m.where() + ": " + m.what());
            out.println("       forventet: " + m.expected());
            out.println("       faktisk:   " + m.actual());
        }
        out.println("     udfald i sagen:");
        for (OutcomeRecord o : result.outcomes()) {
            out.println("       " + symbol(o.status()) + " " + o.criterion() + " " + subject(o.subject()) + " " + o.status().danish()
                    + ": " + o.message());
        }
    }

    private void explain(CaseResult result) {
        out.println(paint("1", result.info().location() + "  " + result.info().name()));
        out.println("  pakke " + result.info().pack() + (result.info().scenario() == null ? "" : " · scenarie " + result.info().scenario())
                + " · verdikt: " + paint(colorOf(result.verdict()), result.verdict().danish().toUpperCase()) + counts(result));
        if (detail != Detail.summary) {
            for (OutcomeRecord o : result.outcomes()) {
                if (detail == Detail.all || o.status() != Status.MET) {
                    outcome(o);
                }
            }
            out.println();
        }
    }

    /** The explanation of one outcome: status, message, values, rule, citation and facts. */
    private void outcome(OutcomeRecord o) {
        out.println("  " + paint(colorOf(o.status()), symbol(o.status()) + " " + o.criterion() + " " + o.status().danish()
                + (o.rating() == null ? "" : " (" + o.rating() + ")")) + " — " + o.criterionTitle() + " — " + subject(o.subject()));
        out.println("      " + o.message());
        if (!o.values().isEmpty()) {
            out.println("      værdier: " + o.values().stream().map(v -> v.label() + " = " + v.text()).collect(Collectors.joining("; ")));
        }
        if (o.rule() != null) {
            out.println("      regel:   \"" + o.rule() + "\"");
        }
        Citation c = o.citation();
        if (c != null && c.quote() != null) {
            out.println("      kilde:   " + (c.section() == null ? "" : c.section() + ", ") + c.lines() + ": \"" + c.quote() + "\"");
        }
        if (!o.matched().isEmpty()) {
            out.println("      fakta:   " + o.matched().stream().map(FactRef::describe).collect(Collectors.joining("; ")));
        }
    }

    private static String counts(CaseResult result) {
        long notMet = result.outcomes().stream().filter(o -> o.status() == Status.NOT_MET).count();
        long open = result.outcomes().stream().filter(o -> o.status() == Status.UNDETERMINED).count();
        return " (" + result.outcomes().size() + " udfald, " + notMet + " ikke opfyldt, " + open + " uafgjort)";
    }

    @Override
    public void finish(Summary summary) {
        if (summary.isTest()) {
            if (!summary.uncoveredRules().isEmpty()) {
                out.println();
                out.println("Regler som intet eksempel fik til at fyre (" + summary.uncoveredRules().size() + "):");
                summary.uncoveredRules().forEach(r -> out.println("  - " + r));
            }
            out.println();
        }
        out.println(summary.closingLine());
        out.flush();
    }

    private static String fileName(CaseResult result) {
        String file = result.info().location().file();
        return file.substring(file.lastIndexOf('/') + 1);
    }

    private static String subject(FactRef ref) {
        return ref == null ? "" : ref.describe();
    }

    private static String symbol(Status status) {
        return switch (status) {
            case MET -> "✓";
            case NOT_MET -> "✗";
            case WARNING -> "!";
            case UNDETERMINED -> "?";
        };
    }

    private static String colorOf(Status status) {
        return switch (status) {
            case MET -> "32";
            case NOT_MET -> "31";
            case WARNING -> "33";
            case UNDETERMINED -> "35";
        };
    }

    private String paint(String code, String text) {
        return color ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
