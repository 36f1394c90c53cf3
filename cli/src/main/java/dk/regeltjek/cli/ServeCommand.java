package dk.regeltjek.cli;

import dk.regeltjek.api.Checker;
import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.report.ExitCode;
import dk.regeltjek.service.CheckService;
import dk.regeltjek.warm.LiveRules;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code regeltjek serve}: the checker as an HTTP/JSON service for systems that are not Java. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Serve the checker over HTTP/JSON (docs/openapi.yaml): POST /v1/check and /v1/compare take one case "
                + "document, GET /v1/packs lists the packs, GET /healthz tells whether edited rules are serving. Rules are "
                + "reloaded when their files change; the old rules serve until the new ones compile. Stops on Ctrl-C.")
final class ServeCommand extends Subcommand<ServeCommand.Config> {

    /** A validated serve command line. */
    record Config(RulesConfig rules, CheckService.Settings service, int firingLimit, Duration timeout, Duration reloadEvery) {
    }

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}); any other than loopback needs --token.")
    String host;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "N",
            description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one and prints it).")
    int port;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Bearer token every request must carry (default: $REGELTJEK_TOKEN; required off loopback).")
    String token;

    @Option(names = "--max-request", defaultValue = "1048576", paramLabel = "BYTES",
            description = "Largest request body accepted (default: ${DEFAULT-VALUE} bytes).")
    int maxRequest;

    @Option(names = "--in-flight", paramLabel = "N",
            description = "Requests checked at once (default: twice the number of cores); more get 503 at once.")
    Integer inFlight;

    @Option(names = "--firing-limit", defaultValue = "" + Checker.DEFAULT_FIRING_LIMIT, paramLabel = "N",
            description = "Rule firings per case after which the rules are taken to loop (default: ${DEFAULT-VALUE}).")
    int firingLimit;

    @Option(names = "--timeout", defaultValue = "10s", paramLabel = "TIME", converter = DurationConverter.class,
            description = "Stop a case's rules after this much firing, with an error naming the rule (default: 10s).")
    Duration timeout;

    @Option(names = "--reload-every", defaultValue = "2s", paramLabel = "TIME", converter = DurationConverter.class,
            description = "How often to look for edited rules (default: ${DEFAULT-VALUE}).")
    Duration reloadEvery;

    @Mixin
    RulesOptions rules;

    @Override
    Config configure() {
        if (port < 0 || port > 65535) {
            throw usage("--port must be from 0 to 65535, not " + port, "e.g. --port 8080");
        }
        if (maxRequest < 1) {
            throw usage("--max-request must be at least 1 byte, not " + maxRequest, "e.g. --max-request 1048576");
        }
        if (firingLimit < 1) {
            throw usage("--firing-limit must be at least 1, not " + firingLimit, "e.g. --firing-limit 100000");
        }
        int slots = inFlight != null ? inFlight : 2 * Runtime.getRuntime().availableProcessors();
        if (slots < 1) {
            throw usage("--in-flight must be at least 1, not " + slots, "e.g. --in-flight 8");
        }
        String secret = token != null ? token : invocation().env("REGELTJEK_TOKEN");
        if (secret != null && secret.isBlank()) {
            secret = null;
        }
        if (secret == null && !CheckService.isLoopbackName(host)) {
            throw usage("listening on " + host + " needs a token: without one, anyone who can reach it could use it",
                    "give --token (or set REGELTJEK_TOKEN), or listen on 127.0.0.1");
        }
        return new Config(rules.configure(invocation()), new CheckService.Settings(host, port, secret, maxRequest, slots),
                firingLimit, timeout, reloadEvery);
    }

    @Override
    ExitCode execute(Config config) {
        LiveRules live;
        try {
            Checker checker = config.rules().load(invocation()).withFiringLimit(config.firingLimit())
                    .withTimeout(config.timeout());
            live = LiveRules.start(checker, config.reloadEvery(), this::log);
        } catch (RegeltjekException e) {
            Problems.report(err(), e.problems());
            return ExitCode.BAD_INPUT;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (live; CheckService service = CheckService.start(live, config.service(), this::log)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                service.stop(Duration.ofSeconds(2));
                stopped.countDown();
            }, "regeltjek-serve-stop"));
            out().println("regeltjek serve: listening on http://" + service.address().getHostString() + ":"
                    + service.address().getPort() + " (rules " + config.rules().rulesDir() + ", "
                    + live.current().packs().size() + " packs; Ctrl-C stops)");
            out().flush();
            stopped.await();
        } catch (IOException e) {
            err().println("error: cannot listen on " + config.service().host() + ":" + config.service().port() + ": "
                    + e.getMessage());
            err().println("  hint: choose another --port, or stop what uses this one");
            err().flush();
            return ExitCode.BAD_INPUT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCode.OK;
    }

    private void log(String line) {
        err().println(Instant.now() + " " + line);
        err().flush();
    }
}
