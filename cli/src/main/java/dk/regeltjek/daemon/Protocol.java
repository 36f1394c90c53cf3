package dk.regeltjek.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The daemon's wire format, shared by {@link Client} and {@link Server}. One connection carries
 * one request; the client writes it whole, then only reads, so neither side reads and writes at
 * once. The answer is a sequence of frames {@code [kind:byte][length:int][payload]}: standard
 * output and standard error bytes as the command wrote them, then the exit code.
 * Kept free of other regeltjek classes: the client loads this and little else.
 */
final class Protocol {
    /** "RTJ" and the format version; a client and a server of different builds never meet (other socket), this is a guard. */
    static final int MAGIC = 0x52544A01;

    /** Request kinds. */
    static final byte RUN = 1;
    static final byte STATUS = 2;
    static final byte STOP = 3;

    /** Frame kinds. */
    static final byte STDOUT = 1;
    static final byte STDERR = 2;
    /** Payload: the exit code (4 bytes); the last frame. */
    static final byte EXIT = 3;
    /** The daemon will not run this command (e.g. --watch); the client runs it in-process. Sent before any output. */
    static final byte DECLINED = 4;

    /** The environment variables a command may read; the rest of the client's environment is not sent. */
    static final String[] ENV = {"NO_COLOR", "CLICOLOR", "CLICOLOR_FORCE", "REGELTJEK_CACHE", "XDG_CACHE_HOME",
        "XDG_CONFIG_HOME", "HOME", "CI", "TERM", "GITHUB_STEP_SUMMARY", "LANG", "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "TZ"};

    private Protocol() {
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        if (length > 1 << 24) {
            throw new IOException("request too large");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
