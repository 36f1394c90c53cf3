package dk.regeltjek.engine;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.kie.api.runtime.KieSession;

/**
 * Bounds the time a session may fire: past its deadline, or once the firing thread is interrupted
 * (a daemon's client went away), the session is halted; Drools halts between firings only, so a
 * thread still busy after a grace period (a consequence or condition that never returns) is stopped.
 */
final class Watchdog implements AutoCloseable {
    /** Why a session was stopped early. */
    enum Stop { NONE, TIMEOUT, CANCELLED }

    private static final long CHECK_EVERY_MILLIS = 50;
    /** How long a halted session may take to come back before its thread is stopped. */
    private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "regeltjek-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    private final Thread thread = Thread.currentThread();
    private final KieSession session;
    private final long deadline;
    private final ScheduledFuture<?> check;
    private Stop stop = Stop.NONE;
    private long stoppedAt;
    private boolean closed;

    /** Watches {@code session}, fired by the current thread, for at most {@code timeout}. */
    Watchdog(KieSession session, Duration timeout) {
        this.session = session;
        this.deadline = System.nanoTime() + timeout.toNanos();
        this.check = TIMER.scheduleWithFixedDelay(this::check, CHECK_EVERY_MILLIS, CHECK_EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    private synchronized void check() {
        if (closed) {
            return;
        }
        long now = System.nanoTime();
        if (stop == Stop.NONE) {
            if (thread.isInterrupted() || now - deadline > 0) {
                stop = thread.isInterrupted() ? Stop.CANCELLED : Stop.TIMEOUT;
                stoppedAt = now;
                session.halt();
            }
        } else if (now - stoppedAt > GRACE_NANOS) {
            stopThread();
            closed = true; // one stop is enough: the thread unwinds to the runner
        }
    }

    /**
     * The one way to end a consequence that never returns. Deprecated because it can leave shared
     * state half-changed; here the session it ran in is destroyed, never reused.
     */
    @SuppressWarnings({"removal", "deprecation"})
    private void stopThread() {
        try {
            thread.stop();
        } catch (UnsupportedOperationException e) {
            // Java 20 and later cannot stop a thread: the session stays halted and the thread finishes on its own
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
