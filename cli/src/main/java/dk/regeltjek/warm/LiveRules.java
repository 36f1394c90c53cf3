package dk.regeltjek.warm;

import dk.regeltjek.api.Checker;
import dk.regeltjek.model.Problem;
import dk.regeltjek.model.RegeltjekException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The rules a long-running service checks with, following the analyst's edits: every little while
 * the folder is looked at ({@link Checker#reloaded()}), and edited rules are compiled in the
 * background; they replace the serving ones only when every pack compiles. Until then — and for
 * good, if an edit does not compile — the old rules go on serving, and {@link #state()} tells why.
 */
public final class LiveRules implements AutoCloseable {
    /**
     * What is serving and since when, and the problems of the rules on disk that do not compile
     * (empty when the serving rules are the rules on disk).
     */
    public record State(Checker serving, Instant loadedAt, List<Problem> pending, int reloads) {
        public boolean upToDate() {
            return pending.isEmpty();
        }
    }

    private final ScheduledExecutorService watcher;
    private final Consumer<String> log;
    private volatile State state;

    private LiveRules(State state, Duration every, Consumer<String> log) {
        this.state = state;
        this.log = log;
        this.watcher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "regeltjek-rules-watch");
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(100, every.toMillis());
        watcher.scheduleWithFixedDelay(this::look, millis, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Compiles every pack of {@code rules} and starts watching its folder every {@code every}.
     *
     * @throws RegeltjekException when the rules do not compile: a service does not start on broken rules
     */
    public static LiveRules start(Checker rules, Duration every, Consumer<String> log) {
        List<Problem> problems = compileAll(rules);
        if (!problems.isEmpty()) {
            throw new RegeltjekException(RegeltjekException.Kind.BAD_RULES, problems);
        }
        return new LiveRules(new State(rules, Instant.now(), List.of(), 0), every, log);
    }

    /** The rules to check with now; never waits for a compile. */
    public Checker current() {
        return state.serving();
    }

    public State state() {
        return state;
    }

    /** Looks at the folder now (the watcher does this by itself every little while). */
    public synchronized void look() {
        State now = state;
        Checker onDisk;
        try {
            onDisk = now.serving().reloaded();
        } catch (RegeltjekException e) {
            keep(now, e.problems());
            return;
        } catch (RuntimeException e) {
            log.accept("cannot look at the rules: " + e);
            return;
        }
        if (onDisk == now.serving()) {
            if (!now.upToDate()) {
                state = new State(now.serving(), now.loadedAt(), List.of(), now.reloads()); // the edit was undone
            }
            return;
        }
        List<Problem> problems = compileAll(onDisk);
        if (problems.isEmpty()) {
            state = new State(onDisk, Instant.now(), List.of(), now.reloads() + 1);
            log.accept("rules reloaded (" + state.reloads() + ")");
        } else {
            keep(now, problems);
        }
    }

    private void keep(State now, List<Problem> problems) {
        if (!problems.equals(now.pending())) {
            log.accept("the edited rules do not compile (" + problems.size() + " problems); the rules loaded at "
                    + now.loadedAt() + " go on serving");
        }
        state = new State(now.serving(), now.loadedAt(), List.copyOf(problems), now.reloads());
    }

    /** Compiles every pack now; the problems of those that do not compile. */
    private static List<Problem> compileAll(Checker rules) {
        List<Problem> problems = new ArrayList<>();
        for (String pack : rules.packs().keySet()) {
            try {
                rules.rules(pack);
            } catch (RegeltjekException e) {
                problems.addAll(e.problems());
            }
        }
        return problems;
    }

    @Override
    public void close() {
        watcher.shutdownNow();
    }
}
