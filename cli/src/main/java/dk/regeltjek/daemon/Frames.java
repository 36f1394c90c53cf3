package dk.regeltjek.daemon;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;

/**
 * The server's side of an answer: writes frames to the client's connection, one at a time
 * (standard output and error may be written from different threads). Once a write fails the
 * client is gone: {@code onFailure} is told, and every later frame fails at once.
 */
final class Frames {
    private static final int MAX_FRAME = 64 * 1024;

    private final WritableByteChannel channel;
    private final Runnable onFailure;
    private boolean broken;

    Frames(WritableByteChannel channel) {
        this(channel, () -> { });
    }

    Frames(WritableByteChannel channel, Runnable onFailure) {
        this.channel = channel;
        this.onFailure = onFailure;
    }

    /** An output stream whose bytes go to the client as frames of {@code kind} (stdout or stderr). */
    OutputStream stream(byte kind) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                for (int done = 0; done < len; done += MAX_FRAME) {
                    frame(kind, b, off + done, Math.min(MAX_FRAME, len - done));
                }
            }
        };
    }

    synchronized void frame(byte kind, byte[] payload, int off, int len) throws IOException {
        if (len == 0 && (kind == Protocol.STDOUT || kind == Protocol.STDERR)) {
            return;
        }
        if (broken) {
            throw new IOException("the client has gone");
        }
        ByteBuffer buffer = ByteBuffer.allocate(5 + len);
        buffer.put(kind).putInt(len).put(payload, off, len).flip();
        try {
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        } catch (IOException e) {
            broken = true;
            onFailure.run();
            throw e;
        }
    }

    synchronized void exit(int code) throws IOException {
        frame(Protocol.EXIT, ByteBuffer.allocate(4).putInt(code).array(), 0, 4);
    }
}
