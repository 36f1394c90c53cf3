package dk.regeltjek.cli;

import dk.regeltjek.api.Checker;
import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.model.PackInfo;
import dk.regeltjek.model.RuleInfo;
import dk.regeltjek.model.Values;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code regeltjek packs [PACK...]}: what each pack checks, its parameters with defaults, its scenarios and rules. */
@Command(name = "packs", mixinStandardHelpOptions = true,
        description = "List the rule packs: their criteria, the parameters the documents leave open (default, meaning, "
                + "source), the scenarios and the rules with the passage each cites.")
final class PacksCommand extends Subcommand {
    @Mixin
    CommonOptions options;

    @Parameters(arity = "0..*", paramLabel = "PACK", description = "Packs to show (default: all).")
    List<String> packs;

    @Override
    public Integer call() {
        PrintWriter out = out();
        try {
            Checker checker = options.checker(invocation());
            for (PackInfo pack : checker.packs().values()) {
                if (packs != null && !packs.isEmpty() && !packs.contains(pack.id())) {
                    continue;
                }
                out.println(pack.id() + " — " + pack.title());
                if (pack.document() != null) {
                    out.println("  dokument: " + pack.document());
                }
                out.println("  kriterier:");
                pack.criteria().values().forEach(c -> out.println("    " + c.id() + (c.verdict() ? " (verdikt af "
                        + String.join(", ", c.from()) + ")" : "") + (c.id().equals(pack.caseVerdict()) ? " [sagens verdikt]" : "")
                        + " — " + c.title() + " [for hver " + c.subject() + "]"));
                if (pack.caseVerdict() == null) {
                    out.println("  sagens verdikt: den alvorligste status blandt alle udfald");
                }
                if (pack.referenceDate() != null) {
                    out.println("  referencedato: " + Values.format(pack.referenceDate()) + " (for sager uden dato:)");
                }
                if (!pack.parameters().isEmpty()) {
                    out.println("  parametre:");
                    pack.parameters().values().forEach(p -> out.println("    " + p.name() + " = " + value(p) + " ("
                            + p.type() + (p.allowed().isEmpty() ? "" : ": " + String.join(" | ", p.allowed())) + ") — "
                            + p.meaning() + " [" + p.source().lines() + ": \"" + p.source().quote() + "\"]"));
                }
                if (!pack.scenarios().isEmpty()) {
                    out.println("  scenarier:");
                    pack.scenarios().values().forEach(s -> out.println("    " + s.name()
                            + (s.name().equals(pack.defaultScenario()) ? " (standard)" : "")
                            + (s.description() == null ? "" : " — " + s.description()) + " " + s.parameters()));
                }
                out.println("  regler:");
                for (RuleInfo rule : checker.rules(pack.id())) {
                    out.println("    " + rule.where() + "  " + rule.name() + "  ["
                            + (rule.citation().lines() == null ? "" : rule.citation().lines()) + "]");
                }
                out.println();
            }
            out.flush();
            return ExitCode.OK.code();
        } catch (RegeltjekException e) {
            return Problems.report(err(), e.problems());
        }
    }

    /** A parameter's value as written: one value, the values by date, or the values by year. */
    private static String value(PackInfo.Parameter p) {
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
