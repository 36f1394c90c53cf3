package dk.regeltjek.daemon;

import dk.regeltjek.cli.Invocation;
import dk.regeltjek.cli.Main;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One client connection: reads its request, runs it as an in-process command line would, streams
 * the answer back, and cancels the run if the client goes away before it ends ({@link Cancellation}).
 */
final class Session implements Runnable {
    private final Server server;
    private final SocketChannel channel;
    private final CommandRunner runner;

    Session(Server server, SocketChannel channel, CommandRunner runner) {
        this.server = server;
        this.channel = channel;
        this.runner = runner;
    }

    @Override
    public void run() {
        try (channel) {
            Request request = Request.read(new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel))));
            switch (request.kind()) {
                case Protocol.STATUS -> answer(new Frames(channel), server.status());
                case Protocol.STOP -> {
                    answer(new Frames(channel), "regeltjek daemon: stopping (pid " + ProcessHandle.current().pid() + ")\n");
                    server.close();
                }
                case Protocol.RUN -> run(request);
                default -> throw new IOException("unknown request kind " + request.kind());
            }
        } catch (IOException | RuntimeException e) {
            server.log("request failed: " + e);
        }
    }

    private void run(Request request) throws IOException {
        if (!Eligible.inDaemon(request.args())) {
            new Frames(channel).frame(Protocol.DECLINED, new byte[0], 0, 0);
            return;
        }
        String command = request.args()[0];
        Cancellation cancellation = new Cancellation(Thread.currentThread(), command, server::log);
        Frames frames = new Frames(channel, () -> cancellation.clientGone("a write to it failed"));
        cancellation.watch(channel);
        server.served();
        Invocation invocation = Invocation.remote(Path.of(request.workingDir()), request.env(), request.console(),
                request.home(), request.userHome(), server.checkers());
        // the same writers as Console.stdout()/stderr(): UTF-8, stderr flushing on every line
        PrintWriter out = new PrintWriter(new OutputStreamWriter(frames.stream(Protocol.STDOUT), StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(frames.stream(Protocol.STDERR), StandardCharsets.UTF_8), true);
        int code;
        long start = System.nanoTime();
        try {
            code = runner.run(request.args(), out, err, invocation);
        } catch (RuntimeException | Error e) {
            server.log("internal error: " + e);
            code = Main.internalError(e, err);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (cancellation.finish()) {
            server.log(command + ": cancelled request ended after " + millis + " ms; its thread is free");
            return;
        }
        out.flush();
        err.flush();
        frames.exit(code);
        server.log(command + ": exit " + code + " in " + millis + " ms");
    }

    private static void answer(Frames frames, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        frames.frame(Protocol.STDOUT, bytes, 0, bytes.length);
        frames.exit(0);
    }
}
