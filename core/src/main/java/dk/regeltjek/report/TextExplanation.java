package dk.regeltjek.report;

import java.util.Locale;
import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.Citation;
import dk.regeltjek.model.FactRef;
import dk.regeltjek.model.OutcomeRecord;
import dk.regeltjek.model.Status;
import dk.regeltjek.model.Values;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A case in Danish text: in full (every outcome with message, values, rule, passage and facts),
 * or compact (the verdict, one line per outcome that is not met, a warning or undetermined, the
 * met ones counted). Every string from a case or a rule is escaped for the terminal.
 */
final class TextExplanation {
    private final TextPaint paint;

    TextExplanation(TextPaint paint) {
        this.paint = paint;
    }

    /** {@code --explain all|fails|summary}: the header, then the outcomes the detail asks for, in full. */
    void full(CaseResult result, Detail detail, Consumer<String> line) {
        line.accept(paint.bold(Safe.terminal(result.info().location() + "  " + result.info().name())));
        line.accept("  pakke " + Safe.terminal(result.info().pack())
                + (result.info().scenario() == null ? "" : " · scenarie " + Safe.terminal(result.info().scenario()))
                + (result.info().date() == null ? "" : " · dato " + Values.format(result.info().date()))
                + " · verdikt: " + paint.status(result.verdict(), result.verdict().danish().toUpperCase(Locale.ROOT)) + counts(result));
        if (detail == Detail.summary) {
            return;
        }
        for (OutcomeRecord o : result.outcomes()) {
            if (detail.explains(o.status())) {
                outcome(o, line);
            }
        }
        line.accept("");
    }

    /** The first-screen form of a case. */
    void compact(CaseResult result, Consumer<String> line) {
        line.accept(paint.bold(Safe.terminal(result.info().location() + "  " + result.info().name())));
        List<OutcomeRecord> met = result.outcomes().stream().filter(o -> o.status() == Status.MET).toList();
        long criteria = met.stream().map(OutcomeRecord::criterion).distinct().count();
        line.accept("  verdikt: " + paint.status(result.verdict(), result.verdict().danish().toUpperCase(Locale.ROOT))
                + " · pakke " + Safe.terminal(result.info().pack())
                + (result.info().scenario() == null ? "" : " · scenarie " + Safe.terminal(result.info().scenario()))
                + " · " + paint.status(Status.MET, "✓") + " " + met.size() + " af "
                + Danish.Noun.UDFALD.count(result.outcomes().size()) + " opfyldt"
                + (met.isEmpty() ? "" : " (" + Danish.Noun.KRITERIUM.count(criteria) + ")"));
        for (OutcomeRecord o : result.outcomes()) {
            if (o.status() != Status.MET) {
                line.accept("  " + paint.status(o.status(), Danish.symbol(o.status()) + " " + Safe.terminal(o.criterion())
                        + " " + o.status().danish()) + (o.subject() == null ? "" : " · " + Safe.terminal(subjectName(o.subject())))
                        + ": " + Safe.terminal(o.message()));
            }
        }
        line.accept("");
    }

    /** The explanation of one outcome: status, message, values, rule, citation and facts. */
    void outcome(OutcomeRecord o, Consumer<String> line) {
        line.accept("  " + paint.status(o.status(), Danish.symbol(o.status()) + " " + Safe.terminal(o.criterion()) + " "
                + o.status().danish() + (o.rating() == null ? "" : " (" + Safe.terminal(o.rating()) + ")"))
                + " — " + Safe.terminal(o.criterionTitle()) + " — " + Safe.terminal(o.subject() == null ? "" : o.subject().describe()));
        line.accept("      " + Safe.terminal(o.message()));
        if (!o.values().isEmpty()) {
            line.accept("      værdier: " + Safe.terminal(o.values().stream().map(v -> v.label() + " = " + v.text())
                    .collect(Collectors.joining("; "))));
        }
        if (o.rule() != null) {
            line.accept("      regel:   \"" + Safe.terminal(o.rule()) + "\"");
        }
        Citation c = o.citation();
        if (c != null && c.quote() != null) {
            line.accept("      kilde:   " + Safe.terminal((c.section() == null ? "" : c.section() + ", ") + c.lines() + ": \""
                    + c.quote() + "\""));
        }
        if (!o.matched().isEmpty()) {
            line.accept("      fakta:   " + Safe.terminal(o.matched().stream().map(FactRef::describe).collect(Collectors.joining("; "))));
        }
    }

    /** {@code Projekt "Nordlys"}: the subject without its place, for one-line forms. */
    static String subjectName(FactRef ref) {
        return ref.type() + " \"" + ref.name() + "\"";
    }

    private static String counts(CaseResult result) {
        long notMet = result.outcomes().stream().filter(o -> o.status() == Status.NOT_MET).count();
        long open = result.outcomes().stream().filter(o -> o.status() == Status.UNDETERMINED).count();
        return " (" + Danish.Noun.UDFALD.count(result.outcomes().size()) + ", " + Danish.number(notMet) + " ikke opfyldt, " + Danish.number(open) + " uafgjort)";
    }
}
