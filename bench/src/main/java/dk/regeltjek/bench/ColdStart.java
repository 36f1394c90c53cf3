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
import java.util.Map;
import java.util.stream.Stream;

/**
 * Wall time of whole {@code bin/regeltjek run examples/} processes — what an analyst waits for —
 * with unchanged rules (compiled packs from the cache) and right after a rule edit, in-process
 * (daemon off) and through a warm daemon, against a bare {@code java -version} measured in the
 * same run. The daemon is one of its own, in a temporary cache folder, stopped afterwards: the
 * user's daemon is never touched.
 */
public final class ColdStart {
    private final PrintWriter out;
    private final int runs;
    private final Path home;
    /** Requests before measuring the daemon: what an analyst's first few runs of the day warm up. */
    private static final int WARM_UP_RUNS = 5;

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
            Map<String, String> off = Map.of("REGELTJEK_DAEMON", "off");
            Map<String, String> on = Map.of("REGELTJEK_DAEMON", "on", "XDG_CACHE_HOME", work.resolve("xdg").toString());
            Path edited = firstDrl(rules.resolve("laanepulje"));
            double bare = median(List.of("java", "-version"), Map.of(), null);
            time(run, off); // fills the cache
            double unchanged = median(run, off, null);
            double afterEdit = median(run, off, edited);
            double[] daemon = daemon(launcher, run, on, edited);
            out.printf(Locale.ROOT, "cold run of examples/ (median of %d): unchanged rules %.2f s, after a rule edit %.2f s | "
                    + "bare JVM (java -version) %.2f s | ratios %.1f× and %.1f×%n", runs, unchanged, afterEdit, bare,
                    unchanged / bare, afterEdit / bare);
            out.printf(Locale.ROOT, "with a warm daemon (median of %d): unchanged rules %.2f s, after a rule edit %.2f s | "
                    + "ratios to bare JVM %.1f× and %.1f× | %.1f× and %.1f× faster than in-process%n", runs, daemon[0], daemon[1],
                    daemon[0] / bare, daemon[1] / bare, unchanged / daemon[0], afterEdit / daemon[1]);
            out.flush();
        } finally {
            delete(work);
        }
    }

    /** Unchanged and after-edit medians through a daemon started for the purpose, stopped afterwards. */
    private double[] daemon(String launcher, List<String> run, Map<String, String> env, Path edited)
            throws IOException, InterruptedException {
        try {
            time(List.of(launcher, "daemon", "start"), env);
            for (int i = 0; i < WARM_UP_RUNS; i++) {
                time(run, env);
            }
            return new double[] {median(run, env, null), median(run, env, edited)};
        } finally {
            time(List.of(launcher, "daemon", "stop"), env);
        }
    }

    /** The median wall time; with {@code edit}, a comment is appended to that rule file before each run. */
    private double median(List<String> command, Map<String, String> env, Path edit) throws IOException, InterruptedException {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            if (edit != null) {
                Files.writeString(edit, "\n// bench edit " + System.nanoTime() + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.APPEND);
            }
            times.add(time(command, env));
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }

    private double time(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        long start = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(env);
        Process p = builder.start();
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
