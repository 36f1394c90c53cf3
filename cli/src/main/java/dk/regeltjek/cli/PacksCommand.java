package dk.regeltjek.cli;

import dk.regeltjek.api.Checker;
import dk.regeltjek.model.PackInfo;
import dk.regeltjek.model.Problem;
import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.model.SourceLocation;
import dk.regeltjek.report.ExitCode;
import dk.regeltjek.report.Format;
import dk.regeltjek.report.PacksReporter;
import dk.regeltjek.report.Reporters;
import dk.regeltjek.report.ReportSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code regeltjek packs [PACK...]}: what each pack checks, its parameters with defaults, its scenarios and rules. */
@Command(name = "packs", mixinStandardHelpOptions = true, sortOptions = false,
        description = "List the rule packs: their criteria, the parameters the documents leave open (default, meaning, "
                + "source), the scenarios and the rules with the passage each cites.")
final class PacksCommand extends Subcommand<PacksCommand.Config> {

    /** A validated packs command line. */
    record Config(RulesConfig rules, Format format, Path out, boolean pretty, List<String> packs) {
    }

    @Parameters(arity = "0..*", paramLabel = "PACK", description = "Packs to show (default: all).")
    List<String> packs;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT", converter = Formats.Packs.class,
            completionCandidates = Formats.PacksCandidates.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write the listing to FILE instead of standard output (- is standard output).")
    Path out;

    @Mixin
    RulesOptions rules;

    @Override
    Config configure() {
        Path file = ReportConfig.file(out);
        return new Config(rules.configure(invocation()), format, file, file == null && invocation().console(),
                packs == null ? List.of() : List.copyOf(packs));
    }

    @Override
    ExitCode execute(Config config) {
        Set<Problem> problems = new TreeSet<>();
        List<PacksReporter.Listing> listings = new ArrayList<>();
        Checker checker = null;
        try {
            checker = config.rules().load(invocation());
            for (String wanted : config.packs()) {
                if (!checker.packs().containsKey(wanted)) {
                    problems.add(new Problem(SourceLocation.of(wanted), "unknown pack \"" + wanted + "\"",
                            "packs in " + config.rules().rulesDir() + ": " + String.join(", ", checker.packs().keySet())));
                }
            }
            for (PackInfo pack : checker.packs().values()) {
                if (config.packs().isEmpty() || config.packs().contains(pack.id())) {
                    try {
                        listings.add(new PacksReporter.Listing(pack, checker.rules(pack.id())));
                    } catch (RegeltjekException e) {
                        problems.addAll(e.problems());
                    }
                }
            }
        } catch (RegeltjekException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            Problems.report(err(), problems);
            return ExitCode.BAD_INPUT;
        }
        if (config.out() != null) {
            String refusal = OutputGuard.refusal(invocation().resolve(config.out()), List.of(), List.of(),
                    invocation().resolve(config.rules().rulesDir()), checker.packs().values());
            if (refusal != null) {
                throw usage("--out " + config.out() + " would overwrite an input: " + refusal,
                        "write the listing to another file, e.g. --out pakker." + config.format().extension());
            }
        }
        ReportSettings settings = ReportSettings.of(Version.current(), Instant.now()).withPretty(config.pretty());
        try (ReportOutput output = config.out() == null ? ReportOutput.stdout(out())
                : ReportOutput.file(invocation().resolve(config.out()))) {
            Reporters.packs(config.format(), output.writer(), settings).write(listings);
            output.commit();
            return ExitCode.OK;
        } catch (IOException e) {
            err().println("error: cannot write the listing: " + invocation().shown(e.toString(), config.out()));
            err().flush();
            return ExitCode.BAD_INPUT;
        }
    }
}
