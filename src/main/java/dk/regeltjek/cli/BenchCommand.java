package dk.regeltjek.cli;

import dk.regeltjek.api.RegeltjekException;
import dk.regeltjek.bench.Benchmark;
import dk.regeltjek.bench.ColdStart;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code regeltjek bench}: speed against baselines measured in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure cold start, loan-pool throughput and the Øresund batch against baselines measured in "
                + "the same run (run it through bin/regeltjek, which gives the JVM -Xmx512m for this command).")
final class BenchCommand extends Subcommand {
    @Option(names = "--rules", paramLabel = "DIR", description = "Rule packs (default: the bundled rules).")
    Path rules;

    @Option(names = "--cases", split = ",", paramLabel = "N", defaultValue = "10000,100000,1000000",
            description = "Loan-pool corpus sizes (default: ${DEFAULT-VALUE}).")
    List<Integer> cases;

    @Option(names = "--commuters", paramLabel = "N", defaultValue = "20000",
            description = "Øresund commuters, each with a year of daily records (default: ${DEFAULT-VALUE}).")
    int commuters;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", description = "Cold-start runs per variant (median).")
    int runs;

    @Option(names = "--only", paramLabel = "PART", split = ",", defaultValue = "cold,loan,files,oresund",
            description = "Parts to run: cold, loan, files, oresund (default: all).")
    List<String> only;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        Path rulesDir = rules != null ? rules : CommonOptions.bundled("rules", Invocation.LOCAL);
        out.printf("regeltjek %s bench — Java %s, %d cores, max heap %d MiB%n", Version.current(), Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1024 / 1024);
        out.flush();
        try {
            if (only.contains("cold")) {
                new ColdStart(out, runs).measure(rulesDir);
            }
            Benchmark bench = new Benchmark(Benchmark.load(rulesDir), out);
            if (only.contains("loan")) {
                int disagreements = bench.loanPoolDisagreements(2_000);
                out.println("engine and baseline agree on every outcome record of 2,000 generated cases: " + (disagreements == 0));
                if (disagreements > 0) { // a ratio against a baseline that does something else means nothing
                    out.flush();
                    err().println("bench: the baseline disagrees with the rules on " + disagreements
                            + " of 2,000 cases (shown above); update bench/LoanPoolBaseline to the rules before measuring");
                    return ExitCode.FAILED.code();
                }
                bench.loanPool(cases);
            }
            if (only.contains("files")) {
                new dk.regeltjek.bench.FileThroughput(out).measure(rulesDir, cases);
            }
            if (only.contains("oresund")) {
                bench.oresund(commuters);
            }
        } catch (RegeltjekException e) {
            return Problems.report(err(), e.problems());
        }
        return ExitCode.OK.code();
    }
}
