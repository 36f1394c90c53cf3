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

/** One client connection: reads its request, runs it as an in-process command line would, streams the answer back. */
final class Session implements Runnable {
    private final Server server;
    private final SocketChannel channel;

    Session(Server server, SocketChannel channel) {
        this.server = server;
        this.channel = channel;
    }

    @Override
    public void run() {
        try (channel) {
            Request request = Request.read(new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel))));
            Frames frames = new Frames(channel);
            switch (request.kind()) {
                case Protocol.STATUS -> answer(frames, server.status());
                case Protocol.STOP -> {
                    answer(frames, "regeltjek daemon: stopping (pid " + ProcessHandle.current().pid() + ")\n");
                    server.close();
                }
                case Protocol.RUN -> run(request, frames);
                default -> throw new IOException("unknown request kind " + request.kind());
            }
        } catch (IOException | RuntimeException e) {
            server.log("request failed: " + e);
        }
    }

    private void run(Request request, Frames frames) throws IOException {
        if (!Eligible.inDaemon(request.args())) {
            frames.frame(Protocol.DECLINED, new byte[0], 0, 0);
            return;
        }
        server.served();
        Invocation invocation = Invocation.remote(Path.of(request.workingDir()), request.env(), request.console(),
                request.home(), request.userHome(), server.checkers());
        // the same writers as Console.stdout()/stderr(): UTF-8, stderr flushing on every line
        PrintWriter out = new PrintWriter(new OutputStreamWriter(frames.stream(Protocol.STDOUT), StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(frames.stream(Protocol.STDERR), StandardCharsets.UTF_8), true);
        int code;
        long start = System.nanoTime();
        try {
            code = Main.execute(request.args(), out, err, invocation);
        } catch (RuntimeException | Error e) {
            server.log("internal error: " + e);
            code = Main.internalError(e, err);
        }
        out.flush();
        err.flush();
        frames.exit(code);
        server.log(request.args()[0] + ": exit " + code + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    private static void answer(Frames frames, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        frames.frame(Protocol.STDOUT, bytes, 0, bytes.length);
        frames.exit(0);
    }
}
