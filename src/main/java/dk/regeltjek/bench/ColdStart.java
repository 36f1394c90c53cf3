package dk.regeltjek.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Wall time of whole {@code bin/regeltjek run examples/} processes — what an analyst waits for —
 * with unchanged rules (compiled packs from the cache) and right after a rule edit, against a bare
 * {@code java -version} measured in the same run.
 */
public final class ColdStart {
    private final PrintWriter out;
    private final int runs;
    private final Path home;

    public ColdStart(PrintWriter out, int runs) {
        this.out = out;
        this.runs = runs;
        this.home = Path.of(System.getProperty("regeltjek.home", ".")).toAbsolutePath();
    }

    public void measure(Path rulesDir) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("regeltjek-bench");
        try {
            Path cache = work.resolve("cache");
            Path rules = work.resolve("rules");
            copy(rulesDir, rules);
            Path sources = rulesDir.toAbsolutePath().getParent().resolve("sources");
            if (Files.isDirectory(sources)) {
                copy(sources, work.resolve("sources")); // the packs check their quotes against it
            }
            String launcher = home.resolve("bin/regeltjek").toString();
            String examples = home.resolve("examples").toString();
            List<String> run = List.of(launcher, "run", "--explain", "summary", "--rules", rules.toString(),
                    "--cache-dir", cache.toString(), examples);
            double bare = median(List.of("java", "-version"), null);
            time(run); // fills the cache
            double unchanged = median(run, null);
            Path edited = firstDrl(rules.resolve("laanepulje"));
            double afterEdit = median(run, edited);
            out.printf(Locale.ROOT, "cold run of examples/ (median of %d): unchanged rules %.2f s, after a rule edit %.2f s | "
                    + "bare JVM (java -version) %.2f s | ratios %.1f× and %.1f×%n", runs, unchanged, afterEdit, bare,
                    unchanged / bare, afterEdit / bare);
            out.flush();
        } finally {
            delete(work);
        }
    }

    /** The median wall time; with {@code edit}, a comment is appended to that rule file before each run. */
    private double median(List<String> command, Path edit) throws IOException, InterruptedException {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            if (edit != null) {
                Files.writeString(edit, "\n// bench edit " + System.nanoTime() + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.APPEND);
            }
            times.add(time(command));
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }

    private double time(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int code = p.waitFor();
        if (code > 1) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + code);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static Path firstDrl(Path pack) throws IOException {
        try (Stream<Path> files = Files.list(pack)) {
            return files.filter(f -> f.toString().endsWith(".drl")).sorted().findFirst().orElseThrow();
        }
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Collections.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
