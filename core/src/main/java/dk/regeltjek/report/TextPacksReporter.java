package dk.regeltjek.report;

import dk.regeltjek.model.PackInfo;
import dk.regeltjek.model.RuleInfo;
import dk.regeltjek.model.Values;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;

/** {@code packs} as text: criteria, parameters (value, meaning, passage), scenarios and rules of each pack. */
final class TextPacksReporter implements PacksReporter {
    private final PrintWriter out;

    TextPacksReporter(Writer out, ReportSettings settings) {
        this.out = out instanceof PrintWriter p ? p : new PrintWriter(out);
    }

    @Override
    public void write(List<Listing> packs) {
        for (Listing listing : packs) {
            pack(listing.pack(), listing.rules());
        }
        out.flush();
    }

    private void pack(PackInfo pack, List<RuleInfo> rules) {
        line(pack.id() + " — " + pack.title());
        if (pack.document() != null) {
            line("  dokument: " + pack.document());
        }
        for (PackInfo.Include include : pack.includes()) {
            line("  henter fra " + include.pack() + ": " + (include.criteria().isEmpty() ? "" : "kriterierne "
                    + String.join(", ", include.criteria()) + " med deres regler") + (include.criteria().isEmpty()
                    || include.parameters().isEmpty() ? "" : "; ") + (include.parameters().isEmpty() ? ""
                    : "parametrene " + String.join(", ", include.parameters())) + " [" + include.location() + "]");
        }
        out.println("  kriterier:");
        pack.criteria().values().forEach(c -> line("    " + c.id() + (c.verdict() ? " (verdikt af "
                + String.join(", ", c.from()) + ")" : "") + (c.id().equals(pack.caseVerdict()) ? " [sagens verdikt]" : "")
                + " — " + c.title() + " [for hver " + c.subject() + "]" + from(pack.includeOfCriterion(c.id()))));
        if (pack.caseVerdict() == null) {
            out.println("  sagens verdikt: den alvorligste status blandt alle udfald");
        }
        if (pack.referenceDate() != null) {
            out.println("  referencedato: " + Values.format(pack.referenceDate()) + " (for sager uden dato:)");
        }
        if (!pack.parameters().isEmpty()) {
            out.println("  parametre:");
            pack.parameters().values().forEach(p -> line("    " + p.name() + " = " + value(p) + " (" + p.type()
                    + (p.allowed().isEmpty() ? "" : ": " + String.join(" | ", p.allowed())) + ") — " + p.meaning()
                    + " [" + p.source().lines() + ": \"" + p.source().quote() + "\"]" + from(pack.includeOfParameter(p.name()))));
        }
        if (!pack.scenarios().isEmpty()) {
            out.println("  scenarier:");
            pack.scenarios().values().forEach(s -> line("    " + s.name()
                    + (s.name().equals(pack.defaultScenario()) ? " (standard)" : "")
                    + (s.description() == null ? "" : " — " + s.description()) + " " + s.parameters()));
        }
        out.println("  regler:");
        for (RuleInfo rule : rules) {
            line("    " + rule.where() + "  " + rule.name() + "  [" + (rule.citation().lines() == null ? "" : rule.citation().lines()) + "]");
        }
        out.println();
    }

    /** Where an included criterion or parameter comes from; nothing for the pack's own. */
    private static String from(PackInfo.Include include) {
        return include == null ? "" : " (fra " + include.pack() + ")";
    }

    private void line(String text) {
        out.println(Safe.terminal(text));
    }

    /** A parameter's value as written: one value, the values by date, or the values by year. */
    static String value(PackInfo.Parameter p) {
        String unit = p.unit() == null ? "" : " " + p.unit();
        if (p.isDated()) {
            StringBuilder text = new StringBuilder();
            p.dated().forEach((from, v) -> text.append(text.length() == 0 ? "" : "; ").append("fra ")
                    .append(Values.format(from)).append(": ").append(Values.format(v)).append(unit));
            return text.toString();
        }
        if (p.isByYear()) {
            StringBuilder text = new StringBuilder();
            p.byYear().forEach((year, v) -> text.append(text.length() == 0 ? "" : "; ").append(year).append(": ")
                    .append(Values.format(v)).append(unit));
            return text.toString();
        }
        return Values.format(p.value()) + unit;
    }
}
