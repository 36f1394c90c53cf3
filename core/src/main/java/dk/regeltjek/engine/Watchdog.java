package dk.regeltjek.engine;

import dk.regeltjek.rules.runtime.RuleRuntime;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.kie.api.runtime.KieSession;

/**
 * Bounds the time a session may fire: past its deadline, or once the firing thread is interrupted
 * (a daemon's client went away), the session is halted — Drools stops between firings — and the
 * rule firing now is asked to stop at its next checkpoint (the engine puts one in every loop of a
 * consequence; see {@link LoopCheckpoints}). A thread is never stopped from outside: that could
 * leave Drools' shared state half-changed.
 */
final class Watchdog implements AutoCloseable {
    /** Why a session was stopped early. */
    enum Stop { NONE, TIMEOUT, CANCELLED }

    private static final long CHECK_EVERY_MILLIS = 50;
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "regeltjek-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    private final Thread thread = Thread.currentThread();
    private final KieSession session;
    private final RuleRuntime.Session rules;
    private final long deadline;
    private final ScheduledFuture<?> check;
    private Stop stop = Stop.NONE;
    private boolean closed;

    /** Watches {@code session}, fired by the current thread with {@code rules} open, for at most {@code timeout}. */
    Watchdog(KieSession session, RuleRuntime.Session rules, Duration timeout) {
        this.session = session;
        this.rules = rules;
        this.deadline = System.nanoTime() + timeout.toNanos();
        this.check = TIMER.scheduleWithFixedDelay(this::check, CHECK_EVERY_MILLIS, CHECK_EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    private synchronized void check() {
        if (closed || stop != Stop.NONE) {
            return;
        }
        boolean interrupted = thread.isInterrupted();
        if (interrupted || System.nanoTime() - deadline > 0) {
            stop = interrupted ? Stop.CANCELLED : Stop.TIMEOUT;
            rules.stop();
            session.halt();
        }
    }

    /** Why the session was stopped, if it was. */
    synchronized Stop stop() {
        return stop;
    }

    @Override
    public synchronized void close() {
        closed = true;
        check.cancel(false);
    }
}
