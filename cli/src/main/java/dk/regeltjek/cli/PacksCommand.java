package dk.regeltjek.cli;

import dk.regeltjek.api.Checker;
import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.engine.PackDescriptor;
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
            for (PackDescriptor pack : checker.packs().values()) {
                if (packs != null && !packs.isEmpty() && !packs.contains(pack.id())) {
                    continue;
                }
                out.println(pack.id() + " — " + pack.title());
                if (pack.document() != null) {
                    out.println("  dokument: " + pack.document());
                }
                out.println("  kriterier:");
                pack.criteria().values().forEach(c -> out.println("    " + c.id() + (c.verdict() ? " (verdikt)" : "") + " — "
                        + c.title() + " [for hver " + c.subject() + "]"));
                if (!pack.parameters().isEmpty()) {
                    out.println("  parametre:");
                    pack.parameters().values().forEach(p -> out.println("    " + p.name() + " = " + Values.format(p.defaultValue())
                            + " (" + p.type() + (p.allowed().isEmpty() ? "" : ": " + String.join(" | ", p.allowed())) + ") — "
                            + p.meaning() + (p.source() == null ? "" : " [" + p.source() + "]")));
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
}
