package dk.regeltjek.bench;

import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.cli.Version;
import dk.regeltjek.model.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/** {@code regeltjek bench} (its own program, in its own module): speed against baselines measured in the same run. */
@Command(name = "regeltjek bench", mixinStandardHelpOptions = true,
        description = "Measure cold start, loan-pool throughput and the Øresund batch against baselines measured in "
                + "the same run (run it through bin/regeltjek, which gives the JVM -Xmx512m for this command).")
public final class BenchMain implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rule packs to measure (default: the frozen copies of laanepulje, oresund and laanepulje-runde kept with the "
                    + "benchmark, so an edit of rules/ never changes what is measured).")
    Path rules;

    @Option(names = "--cases", split = ",", paramLabel = "N", defaultValue = "10000,100000,1000000",
            description = "Loan-pool corpus sizes (default: ${DEFAULT-VALUE}).")
    List<Integer> cases;

    @Option(names = "--bulk-cases", split = ",", paramLabel = "N", defaultValue = "100000,1000000",
            description = "Cases in the bulk file of the end-to-end bulk part (default: ${DEFAULT-VALUE}).")
    List<Integer> bulkCases;

    @Option(names = "--commuters", paramLabel = "N", defaultValue = "20000",
            description = "Øresund commuters, each with a year of daily records (default: ${DEFAULT-VALUE}).")
    int commuters;

    @Option(names = "--clients", split = ",", paramLabel = "N", defaultValue = "1,8,32",
            description = "Concurrent clients of the service load test (default: ${DEFAULT-VALUE}).")
    List<Integer> clients;

    @Option(names = "--serve-seconds", paramLabel = "S", defaultValue = "10",
            description = "Seconds each client count of the service load test runs (default: ${DEFAULT-VALUE}).")
    int serveSeconds;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", description = "Cold-start runs per variant (median).")
    int runs;

    @Option(names = "--only", paramLabel = "PART", split = ",", defaultValue = "cold,loan,raw,files,bulk,oresund,runde,serve",
            description = "Parts to run: cold, loan, raw, files, bulk, oresund, runde, serve (default: all).")
    List<String> only;

    @Option(names = "--round", paramLabel = "MUNICIPALITIES,PROJECTS", split = ",", defaultValue = "98,300",
            description = "The generated national round of the part runde: applications and projects (default: ${DEFAULT-VALUE}).")
    List<Integer> round;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path frozen = rules != null ? null : Files.createTempDirectory("regeltjek-bench-packs");
        Path rulesDir = rules != null ? rules : FrozenPacks.unpack(frozen);
        out.printf("regeltjek %s bench — Java %s, %d cores, max heap %d MiB%n", Version.current(), Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1024 / 1024);
        out.flush();
        try {
            if (only.contains("cold")) {
                new ColdStart(out, runs).measure(rules != null ? rules : bundled("rules"));
            }
            Benchmark bench = new Benchmark(Benchmark.load(rulesDir), out);
            if (only.contains("loan")) {
                int disagreements = bench.loanPoolDisagreements(2_000);
                out.println("engine and baseline agree on every outcome record of 2,000 generated cases: " + (disagreements == 0));
                if (disagreements > 0) { // a ratio against a baseline that does something else means nothing
                    out.flush();
                    spec.commandLine().getErr().println("bench: the baseline disagrees with the rules on " + disagreements
                            + " of 2,000 cases (shown above); update bench/LoanPoolBaseline to the rules before measuring");
                    return 1;
                }
                bench.loanPool(cases);
            }
            if (only.contains("raw")) {
                bench.rawDrools(cases, Benchmark.MAX_PROJECTS);
                bench.rawDrools(cases, 1);
            }
            if (only.contains("files")) {
                new FileThroughput(out).measure(rulesDir, cases);
            }
            if (only.contains("bulk")) {
                new BulkThroughput(out).measure(rulesDir, bulkCases);
            }
            if (only.contains("oresund")) {
                bench.oresund(commuters);
            }
            if (only.contains("runde")) {
                bench.round(round.get(0), round.size() > 1 ? round.get(1) : 300, 21);
            }
            if (only.contains("serve")) {
                new ServiceLoad(out).measure(rulesDir, clients, Duration.ofSeconds(serveSeconds));
            }
        } catch (RegeltjekException e) {
            e.problems().forEach(p -> spec.commandLine().getErr().println("error: " + p));
            return 2;
        } finally {
            if (frozen != null) {
                ColdStart.delete(frozen);
            }
        }
        return 0;
    }

    /** The rules beside the installation when not in the working directory. */
    private static Path bundled(String name) {
        Path local = Path.of(name);
        String home = System.getProperty("regeltjek.home");
        return Files.exists(local) || home == null ? local : Path.of(home, name);
    }
}
