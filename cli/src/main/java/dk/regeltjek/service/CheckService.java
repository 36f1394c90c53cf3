package dk.regeltjek.service;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dk.regeltjek.warm.LiveRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/**
 * The checker as an HTTP/JSON service (JDK HttpServer): {@code POST /v1/check} and
 * {@code POST /v1/compare} take one case document, {@code GET /v1/packs} lists the packs,
 * {@code GET /healthz} tells whether the rules on disk are the rules serving. docs/openapi.yaml
 * describes it. Every request is bounded: its size, the requests in flight, and the time a case's
 * rules may fire.
 */
public final class CheckService implements AutoCloseable {
    /**
     * @param host           the address to listen on; anything but a loopback address needs a token
     * @param port           0 for any free port
     * @param token          the bearer token every request must carry, or null (loopback only)
     * @param maxRequestBytes a request body larger than this is refused (413)
     * @param inFlight       requests handled at once; more get 503 at once rather than waiting
     */
    public record Settings(String host, int port, String token, int maxRequestBytes, int inFlight) {
        public static final int DEFAULT_MAX_REQUEST_BYTES = 1 << 20;

        public Settings {
            if (token == null && !isLoopback(host)) {
                throw new IllegalArgumentException("listening on " + host + " needs a token (--token or REGELTJEK_TOKEN)");
            }
        }
    }

    private final HttpServer server;
    private final ExecutorService workers;

    private CheckService(HttpServer server, ExecutorService workers) {
        this.server = server;
        this.workers = workers;
    }

    /** Starts serving {@code rules}; {@code log} receives one line per notable event (not per request). */
    public static CheckService start(LiveRules rules, Settings settings, Consumer<String> log) throws IOException {
        // the JDK server reads its settings once, when the first server is made: answers without Nagle's
        // delay, and bounds (in seconds) on reading a request and writing an answer, unless set already
        System.setProperty("sun.net.httpserver.nodelay", System.getProperty("sun.net.httpserver.nodelay", "true"));
        System.setProperty("sun.net.httpserver.maxReqTime", System.getProperty("sun.net.httpserver.maxReqTime", "30"));
        System.setProperty("sun.net.httpserver.maxRspTime", System.getProperty("sun.net.httpserver.maxRspTime", "60"));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(settings.host()), settings.port()),
                64);
        // twice the threads of the requests handled at once: those beyond get their 503 at once, not after a wait
        ExecutorService workers = Executors.newFixedThreadPool(2 * settings.inFlight(), task -> {
            Thread thread = new Thread(task, "regeltjek-serve");
            thread.setDaemon(true);
            return thread;
        });
        Endpoints endpoints = new Endpoints(rules);
        Semaphore slots = new Semaphore(settings.inFlight());
        server.createContext("/", exchange -> handle(exchange, settings, slots, endpoints, log));
        server.setExecutor(workers);
        server.start();
        return new CheckService(server, workers);
    }

    private static void handle(HttpExchange exchange, Settings settings, Semaphore slots, Endpoints endpoints,
                               Consumer<String> log) throws IOException {
        try (exchange) {
            if (!authorised(exchange, settings.token())) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
                send(exchange, Reply.error(401, "a bearer token is required (Authorization: Bearer …)"));
                return;
            }
            if (!slots.tryAcquire()) {
                send(exchange, Reply.error(503, "busy: " + settings.inFlight() + " requests are being handled; try again"));
                return;
            }
            Reply reply;
            try {
                byte[] body = body(exchange.getRequestBody(), settings.maxRequestBytes());
                reply = body == null
                        ? Reply.error(413, "the request is larger than " + settings.maxRequestBytes() + " bytes")
                        : endpoints.answer(exchange.getRequestMethod(), exchange.getRequestURI(), body);
            } finally {
                // before the answer goes out: a client that sends its next request on receiving it finds the slot free
                slots.release();
            }
            send(exchange, reply);
        } catch (RuntimeException e) {
            log.accept("request failed: " + e);
            throw e;
        }
    }

    /** The body, or null when it is longer than {@code max} bytes (read no further than that). */
    private static byte[] body(InputStream in, int max) throws IOException {
        byte[] bytes = in.readNBytes(max + 1);
        return bytes.length > max ? null : bytes;
    }

    private static boolean authorised(HttpExchange exchange, String token) {
        if (token == null) {
            return true;
        }
        String given = exchange.getRequestHeaders().getFirst("Authorization");
        byte[] expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected);
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Whether {@code host} names a loopback address (127.0.0.1, ::1, localhost). */
    public static boolean isLoopbackName(String host) {
        return isLoopback(host);
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }

    /** Where the service listens (the port chosen when 0 was asked for). */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** Stops listening; requests in progress get up to {@code grace} to finish. */
    public void stop(Duration grace) {
        server.stop((int) Math.max(0, grace.toSeconds()));
        workers.shutdownNow();
    }

    @Override
    public void close() {
        stop(Duration.ZERO);
    }
}
