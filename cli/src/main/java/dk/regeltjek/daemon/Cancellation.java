package dk.regeltjek.daemon;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.SocketChannel;
import java.util.function.Consumer;

/**
 * Cancels a request whose client has gone (Ctrl-C, a killed terminal): interrupts the thread
 * running it, which the engine's rule firing honours, so the daemon stops spending the cores on
 * an answer nobody reads. A request that has finished is never interrupted.
 */
final class Cancellation {
    private final Thread worker;
    private final String command;
    private final Consumer<String> log;
    private boolean finished;
    private boolean cancelled;

    /** Cancels {@code worker}'s run of {@code command}, telling {@code log}. */
    Cancellation(Thread worker, String command, Consumer<String> log) {
        this.worker = worker;
        this.command = command;
        this.log = log;
    }

    /** The client can no longer be reached ({@code how}): interrupt the request unless it has finished. */
    void clientGone(String how) {
        synchronized (this) {
            if (finished || cancelled) {
                return;
            }
            cancelled = true;
        }
        log.accept(command + ": client gone (" + how + "); request cancelled");
        worker.interrupt();
    }

    /** The command has returned; from now on nothing is interrupted. Returns whether it was cancelled. */
    synchronized boolean finish() {
        finished = true;
        return cancelled;
    }

    /**
     * Watches {@code channel} on a thread of its own for the client going away. The client writes
     * nothing after its request, so a read returns only at end of stream (or fails): either way it
     * has gone. The watch ends quietly when the session closes the channel.
     */
    void watch(SocketChannel channel) {
        Thread watcher = new Thread(() -> {
            ByteBuffer ignored = ByteBuffer.allocate(64);
            try {
                while (channel.read(ignored) >= 0) {
                    ignored.clear();
                }
                clientGone("it closed the connection");
            } catch (AsynchronousCloseException e) {
                // the session closed the channel: the request is over
            } catch (IOException e) {
                clientGone(e.toString());
            }
        }, "regeltjek-daemon-client-watch");
        watcher.setDaemon(true);
        watcher.start();
    }
}
