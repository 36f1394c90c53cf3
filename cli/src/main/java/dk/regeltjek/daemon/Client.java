package dk.regeltjek.daemon;

import dk.regeltjek.io.PrivateFiles;
import dk.regeltjek.report.ExitCode;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What {@code bin/regeltjek} starts when the daemon is on: sends the command line to the warm
 * daemon and relays its output and exit code. With no daemon it runs the command in-process, as
 * without one, and starts a daemon in the background for the next run. Deliberately small: no
 * picocli, Jackson or Drools is loaded unless it has to run the command itself.
 */
public final class Client {
    /** The daemon could not take the request and nothing has been written: the caller may run it itself. */
    static final class Unavailable extends IOException {
        /** True when nobody listens on the socket (no daemon, or a stale socket file). */
        final boolean noDaemon;
        /** True when the daemon's folder or socket may be someone else's: it was not even asked. */
        final boolean untrusted;

        Unavailable(String message, boolean noDaemon) {
            this(message, noDaemon, false);
        }

        private Unavailable(String message, boolean noDaemon, boolean untrusted) {
            super(message);
            this.noDaemon = noDaemon;
            this.untrusted = untrusted;
        }
    }

    /** The connection broke after output had begun. */
    static final class Lost extends IOException {
        Lost(IOException cause) {
            super(cause instanceof EOFException ? "the daemon stopped before the command finished" : cause.toString(), cause);
        }
    }

    private Client() {
    }

    public static void main(String[] args) {
        DaemonFiles files = DaemonFiles.forThisBuild(System.getenv());
        if (args.length > 0 && args[0].equals("daemon")) {
            System.exit(DaemonControl.run(args, files, thisRequest(Protocol.STATUS, new String[0])));
        }
        if (!Eligible.useDaemon(System.getenv(), args)) {
            System.exit(dk.regeltjek.cli.Main.run(args));
        }
        try {
            int code = send(files.socket(), thisRequest(Protocol.RUN, args),
                    new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err));
            System.exit(code);
        } catch (Unavailable e) {
            if (e.untrusted) {
                DaemonControl.note(files, "not using the daemon: " + e.getMessage());
            }
            int code = dk.regeltjek.cli.Main.run(args); // in-process, exactly as without a daemon
            if (e.noDaemon) {
                // started after the run, so its warm-up does not compete with this one for the cores
                DaemonControl.startInBackground(files);
            }
            System.exit(code);
        } catch (IOException e) {
            System.err.println("regeltjek: lost the connection to the daemon: " + e.getMessage());
            System.err.println("  hint: the command is not run again; run it once more, or set REGELTJEK_DAEMON=off "
                    + "(the daemon's log: " + files.log() + ")");
            System.exit(ExitCode.INTERNAL_ERROR.code()); // the command is never run twice
        }
    }

    /** This process's command line, working directory, environment and console. */
    static Request thisRequest(byte kind, String[] args) {
        Map<String, String> env = new HashMap<>();
        for (String name : Protocol.ENV) {
            String value = System.getenv(name);
            if (value != null) {
                env.put(name, value);
            }
        }
        return new Request(kind, args, System.getProperty("user.dir"), env, System.console() != null,
                System.getProperty("regeltjek.home"), System.getProperty("user.home"));
    }

    /** As {@link #send(Path, Request, OutputStream, OutputStream, PrivateFiles)}, trusting this user's files only. */
    static int send(Path socket, Request request, OutputStream out, OutputStream err) throws IOException {
        return send(socket, request, out, err, PrivateFiles.OF_THIS_USER);
    }

    /**
     * Sends {@code request} to the daemon at {@code socket}, copies its standard output and error
     * to {@code out} and {@code err} as they come, and returns its exit code. Output that can no
     * longer be written (a closed pipe) is dropped, as in-process, and the exit code still returned.
     *
     * @throws Unavailable when nothing was written and the caller may run the command itself
     * @throws Lost        when the connection broke after output began
     */
    static int send(Path socket, Request request, OutputStream out, OutputStream err, PrivateFiles trust)
            throws IOException {
        refuseUntrusted(socket, trust);
        OutputStream stdout = new OutputUntilClosed(out);
        OutputStream stderr = new OutputUntilClosed(err);
        SocketChannel channel;
        try {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        } catch (IOException e) {
            throw new Unavailable("cannot open a socket: " + e.getMessage(), false);
        }
        try (channel) {
            try {
                channel.connect(UnixDomainSocketAddress.of(socket));
            } catch (ConnectException e) {
                removeStale(socket);
                throw new Unavailable("no daemon at " + socket, true);
            } catch (IOException e) {
                throw new Unavailable("no daemon at " + socket + ": " + e.getMessage(), !Files.exists(socket));
            }
            boolean written = false;
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
                request.write(new DataOutputStream(bytes));
                ByteBuffer buffer = ByteBuffer.wrap(bytes.toByteArray());
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel), 1 << 16));
                while (true) {
                    byte kind = in.readByte();
                    int length = in.readInt();
                    byte[] payload = in.readNBytes(length);
                    if (payload.length < length) {
                        throw new EOFException("the daemon closed the connection");
                    }
                    switch (kind) {
                        case Protocol.STDOUT -> {
                            written = true;
                            stdout.write(payload);
                            stdout.flush();
                        }
                        case Protocol.STDERR -> {
                            written = true;
                            stderr.write(payload);
                            stderr.flush();
                        }
                        case Protocol.EXIT -> {
                            return ByteBuffer.wrap(payload).getInt();
                        }
                        case Protocol.DECLINED -> throw new Unavailable("the daemon does not run this command", false);
                        default -> throw new IOException("unknown frame " + kind + " from the daemon");
                    }
                }
            } catch (Unavailable e) {
                throw e;
            } catch (IOException e) {
                if (!written) {
                    throw new Unavailable("the daemon went away: " + e.getMessage(), false);
                }
                throw new Lost(e);
            }
        }
    }

    /**
     * Refuses a daemon folder or socket someone else could have made: their daemon would see this
     * command line and files, and could answer anything. A missing one means there is no daemon.
     */
    private static void refuseUntrusted(Path socket, PrivateFiles trust) throws Unavailable {
        String problem;
        try {
            problem = trust.problemIfOthersCanUse(socket.getParent());
            if (problem == null) {
                problem = trust.problemIfNotMine(socket);
            }
        } catch (NoSuchFileException e) {
            throw new Unavailable("no daemon at " + socket, true);
        } catch (IOException e) {
            problem = "cannot check " + socket + ": " + e;
        }
        if (problem != null) {
            throw new Unavailable(problem, false, true);
        }
    }

    /** Nobody listens: the socket file is left over from a daemon that died. */
    private static void removeStale(Path socket) {
        try {
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            // the next daemon replaces it
        }
    }
}
