package dk.regeltjek.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.regeltjek.api.Checker;
import dk.regeltjek.service.CheckService;
import dk.regeltjek.warm.LiveRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code regeltjek serve} under load, on loopback: generated loan applications (1–6 projects) sent
 * as JSON case documents by 1, 8 and 32 clients at once, each sending its next request as soon as
 * the last is answered. Reported as requests/s and latency percentiles, against checking the same
 * cases in-process in the same run (what the HTTP layer costs).
 */
final class ServiceLoad {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintWriter out;

    ServiceLoad(PrintWriter out) {
        this.out = out;
    }

    void measure(Path rulesDir, List<Integer> clients, Duration each) throws IOException, InterruptedException {
        Checker checker = Checker.load(rulesDir);
        String[] bodies = new String[1_000];
        List<dk.regeltjek.api.Case> cases = new ArrayList<>();
        for (int i = 0; i < bodies.length; i++) {
            GeneratedCases.LoanApplication application = GeneratedCases.loanApplication(i, Benchmark.MAX_PROJECTS);
            bodies[i] = JSON.writeValueAsString(document(application, i));
            cases.add(GeneratedCases.loanCase(application, i));
        }
        try (LiveRules live = LiveRules.start(checker, Duration.ofHours(1), line -> { });
             CheckService service = CheckService.start(live, new CheckService.Settings("127.0.0.1", 0, null,
                     CheckService.Settings.DEFAULT_MAX_REQUEST_BYTES, Math.max(clients.stream().max(Integer::compare).orElse(1), 1)),
                     line -> { })) {
            URI check = URI.create("http://127.0.0.1:" + service.address().getPort() + "/v1/check");
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            run(http, check, bodies, 4, Duration.ofSeconds(5)); // warm-up: the JIT and the rules
            double inProcess = inProcess(checker, cases, each);
            for (int n : clients) {
                Result r = run(http, check, bodies, n, each);
                out.printf(Locale.ROOT, "serve, %2d client%s: %,7.0f requests/s, latency p50 %.1f ms, p99 %.1f ms, "
                                + "max %.1f ms | in-process %,.0f cases/s | HTTP costs %.1f× (%d requests, %d not 200)%n",
                        n, n == 1 ? " " : "s", r.perSecond(), r.p(50), r.p(99), r.p(100), inProcess,
                        inProcess / r.perSecond(), r.latencies().length, r.failed());
                out.flush();
            }
        }
    }

    /** A generated application as the JSON case document a client sends. */
    private static Map<String, Object> document(GeneratedCases.LoanApplication a, long i) {
        List<Map<String, Object>> projects = new ArrayList<>();
        for (GeneratedCases.LoanProject p : a.projects()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            GeneratedCases.projectFields(p).forEach((k, v) -> fields.put(k, v instanceof java.math.BigDecimal d
                    ? d : v instanceof java.time.LocalDate date ? date.toString() : v));
            projects.add(fields);
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("Ansoegning", Map.of("kommune", a.municipality(), "godkendt", a.approved().toString()));
        facts.put("Projekt", projects);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("case", "Genereret lånesag " + i + ".");
        doc.put("pack", "laanepulje");
        doc.put("facts", facts);
        return doc;
    }

    private record Result(long[] latencies, double seconds, long failed) {
        double perSecond() {
            return latencies.length / seconds;
        }

        /** The {@code q}th percentile in milliseconds. */
        double p(int q) {
            if (latencies.length == 0) {
                return 0;
            }
            int at = (int) Math.min(latencies.length - 1, Math.ceil(q / 100.0 * latencies.length) - 1);
            return latencies[Math.max(at, 0)] / 1e6;
        }
    }

    private static Result run(HttpClient http, URI check, String[] bodies, int clients, Duration during)
            throws InterruptedException {
        long end = System.nanoTime() + during.toNanos();
        List<long[]> perClient = new ArrayList<>();
        AtomicLong failed = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            long[][] mine = {new long[1024]};
            int[] count = {0};
            Thread t = new Thread(() -> {
                int i = client;
                while (System.nanoTime() < end) {
                    HttpRequest request = HttpRequest.newBuilder(check)
                            .POST(HttpRequest.BodyPublishers.ofString(bodies[i % bodies.length])).build();
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() != 200) {
                            failed.incrementAndGet();
                        }
                    } catch (IOException | InterruptedException e) {
                        failed.incrementAndGet();
                    }
                    if (count[0] == mine[0].length) {
                        mine[0] = Arrays.copyOf(mine[0], mine[0].length * 2);
                    }
                    mine[0][count[0]++] = System.nanoTime() - sent;
                    i += clients;
                }
                synchronized (perClient) {
                    perClient.add(Arrays.copyOf(mine[0], count[0]));
                }
            }, "bench-client-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(all, seconds, failed.get());
    }

    /** Cases/s checking the same cases one at a time in-process, as a request does. */
    private static double inProcess(Checker checker, List<dk.regeltjek.api.Case> cases, Duration during) {
        long end = System.nanoTime() + during.toNanos();
        long start = System.nanoTime();
        long checked = 0;
        for (int i = 0; System.nanoTime() < end; i++) {
            checker.check(cases.get(i % cases.size()));
            checked++;
        }
        return checked / ((System.nanoTime() - start) / 1e9);
    }
}
