package dk.regeltjek.bench;

import dk.regeltjek.cli.Main;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * End to end from one bulk file: generated loan cases written as JSON Lines in a temporary folder
 * (not timed), then {@code run --explain summary --out …} over it, as a user would run it. Reports
 * cases/s and the heap, whose live part after a full collection should not grow with the file.
 */
public final class BulkThroughput {
    private final PrintWriter out;

    public BulkThroughput(PrintWriter out) {
        this.out = out;
    }

    public void measure(Path rulesDir, List<Integer> sizes) throws IOException {
        int largest = sizes.stream().mapToInt(Integer::intValue).max().orElse(0);
        for (int n : sizes) {
            Path dir = Files.createTempDirectory("regeltjek-bench-bulk");
            try {
                Path file = dir.resolve("sager.jsonl");
                write(file, n);
                // the verdict counts only (--quiet), then, for the largest file, a line per case as well
                run(rulesDir, dir, file, n, "--quiet", "verdict counts only (--quiet)");
                if (n == largest) {
                    run(rulesDir, dir, file, n, "--explain=summary", "a line per case (--explain summary)");
                }
            } finally {
                ColdStart.delete(dir);
            }
        }
    }

    private void run(Path rulesDir, Path dir, Path file, int n, String detail, String what) throws IOException {
        try (HeapWatch watch = new HeapWatch(); LiveHeapProbe probe = new LiveHeapProbe()) {
            long start = System.nanoTime();
            StringWriter err = new StringWriter();
            int code = Main.execute(new String[] {"run", detail, "--out", dir.resolve("results.txt").toString(),
                    "--rules", rulesDir.toString(), file.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
            double seconds = (System.nanoTime() - start) / 1e9;
            if (code > 1) {
                throw new IllegalStateException("run exited " + code + ": " + err);
            }
            out.printf(Locale.ROOT, "end to end from one JSON Lines file of %,d loan cases (%,d MB), %s: %,.0f cases/s "
                    + "(%.1f s, %s)%n", n, Files.size(file) / 1_000_000, what, n / seconds, seconds, watch.heap().describe());
            out.flush();
        }
    }

    /**
     * A full collection every {@value #EVERY_SECONDS} s while a run lasts, so that what the run keeps
     * alive is measured (HeapWatch records the heap after each full collection); costs ~1 % of the run.
     */
    private static final class LiveHeapProbe implements AutoCloseable {
        private static final int EVERY_SECONDS = 5;
        private final Thread thread = new Thread(() -> {
            try {
                while (true) {
                    Thread.sleep(EVERY_SECONDS * 1000L);
                    System.gc();
                }
            } catch (InterruptedException e) {
                // the run is over
            }
        }, "live-heap-probe");

        LiveHeapProbe() {
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void close() {
            thread.interrupt();
        }
    }

    /** Case {@code i} of the loan-pool corpus (1–6 projects), one JSON object per line. */
    static void write(Path file, int n) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder(2048);
            for (int i = 0; i < n; i++) {
                GeneratedCases.LoanApplication a = GeneratedCases.loanApplication(i, Benchmark.MAX_PROJECTS);
                line.setLength(0);
                line.append("{\"case\":\"Genereret lånesag ").append(i).append("\",\"pack\":\"laanepulje\",\"facts\":{\"Ansoegning\":")
                        .append("{\"kommune\":\"").append(a.municipality()).append("\",\"godkendt\":\"").append(a.approved())
                        .append("\"},\"Projekt\":[");
                for (int k = 0; k < a.projects().size(); k++) {
                    GeneratedCases.LoanProject p = a.projects().get(k);
                    line.append(k == 0 ? "{" : ",{").append("\"navn\":\"").append(p.name()).append("\",\"grundlag\":\"").append(p.basis())
                            .append("\",\"projekttype\":\"").append(p.kind()).append("\",\"nyePladser2025\":").append(p.places2025())
                            .append(",\"nyePladser2026\":").append(p.places2026()).append(",\"pladserOmdannetFraAbl105\":")
                            .append(p.converted()).append(",\"pladserNedlagt\":").append(p.removed())
                            .append(",\"andelAndreKommuner\":").append(p.shareOthers().toPlainString())
                            .append(",\"forventetAfsluttet\":\"").append(p.completion()).append("\",\"bruttoanlaeg2025\":")
                            .append(p.gross2025().toPlainString()).append(",\"bruttoanlaeg2026\":").append(p.gross2026().toPlainString());
                    if (p.lossMadeProbable() != null) {
                        line.append(",\"bortfaldSandsynliggjort\":").append(p.lossMadeProbable());
                    }
                    line.append('}');
                }
                line.append("]}}\n");
                w.append(line);
            }
        }
    }
}
