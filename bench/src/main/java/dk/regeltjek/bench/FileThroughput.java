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

/** End to end from files: generated loan cases written as YAML, then {@code run --format json} over them. */
public final class FileThroughput {
    private static final int CASES_PER_FILE = 1_000;
    private final PrintWriter out;

    public FileThroughput(PrintWriter out) {
        this.out = out;
    }

    public void measure(Path rulesDir, List<Integer> sizes) throws IOException {
        for (int n : sizes) {
            Path dir = Files.createTempDirectory("regeltjek-bench-files");
            try {
                write(dir, n);
                try (HeapWatch watch = new HeapWatch()) {
                    long start = System.nanoTime();
                    int code = Main.execute(new String[] {"run", "--format", "json", "--out", dir.resolve("results.json").toString(),
                            "--no-cache", "--rules", rulesDir.toString(), dir.resolve("cases").toString()},
                            new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
                    double seconds = (System.nanoTime() - start) / 1e9;
                    if (code > 1) {
                        throw new IllegalStateException("run exited " + code);
                    }
                    out.printf(Locale.ROOT, "end to end from %,d YAML cases to JSON: %,.0f cases/s (%.1f s incl. rule compile, %s)%n",
                            n, n / seconds, seconds, watch.heap().describe());
                    out.flush();
                }
            } finally {
                ColdStart.delete(dir);
            }
        }
    }

    private static void write(Path dir, int n) throws IOException {
        Path cases = Files.createDirectories(dir.resolve("cases"));
        for (int file = 0; file * CASES_PER_FILE < n; file++) {
            try (BufferedWriter w = Files.newBufferedWriter(cases.resolve(String.format("sager-%04d.yaml", file)),
                    StandardCharsets.UTF_8)) {
                for (int i = file * CASES_PER_FILE; i < Math.min(n, (file + 1) * CASES_PER_FILE); i++) {
                    GeneratedCases.LoanProject p = GeneratedCases.loanProject(i);
                    w.write("---\ncase: Genereret lånesag " + i + ".\npack: laanepulje\nfacts:\n  Ansoegning:\n    kommune: Kommune "
                            + i + "\n    godkendt: 2024-05-10\n  Projekt:\n    - navn: " + p.name() + "\n      grundlag: " + p.basis()
                            + "\n      projekttype: " + p.kind() + "\n      nyePladser2025: " + p.places2025()
                            + "\n      nyePladser2026: " + p.places2026() + "\n      pladserOmdannetFraAbl105: " + p.converted()
                            + "\n      pladserNedlagt: " + p.removed() + "\n      andelAndreKommuner: " + p.shareOthers().toPlainString()
                            + "\n      forventetAfsluttet: " + p.completion() + "\n      bruttoanlaeg2025: " + p.gross2025().toPlainString()
                            + "\n      bruttoanlaeg2026: " + p.gross2026().toPlainString()
                            + (p.lossMadeProbable() == null ? "" : "\n      bortfaldSandsynliggjort: " + p.lossMadeProbable()) + "\n");
                }
            }
        }
    }
}
