package dk.regeltjek.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A cache entry as a file: {@code FORMAT "\n"}, the length of the serialised payload (4 bytes),
 * the payload deflated, and the HMAC of all that follows the header ({@link EntryMac}), which is
 * checked before anything is inflated or read. Deflating shrinks an entry several times over, and
 * hashing fewer bytes is what keeps the check cheap in a JVM that never reaches its optimising
 * compiler.
 */
final class SealedEntry {
    static final String FORMAT = "regeltjek-pack-cache-4";
    private static final byte[] HEADER = (FORMAT + "\n").getBytes(StandardCharsets.US_ASCII);

    private SealedEntry() {
    }

    /** The file holding {@code payload} as the entry of {@code key}. */
    static byte[] seal(EntryMac mac, String key, byte[] payload) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(payload);
            deflater.finish();
            byte[] file = new byte[HEADER.length + 4 + payload.length / 2 + 64];
            System.arraycopy(HEADER, 0, file, 0, HEADER.length);
            ByteBuffer.wrap(file, HEADER.length, 4).putInt(payload.length);
            int end = HEADER.length + 4;
            while (!deflater.finished()) {
                if (end == file.length) {
                    file = Arrays.copyOf(file, file.length * 2);
                }
                end += deflater.deflate(file, end, file.length - end);
            }
            byte[] tag = mac.of(FORMAT, key, file, HEADER.length, end - HEADER.length);
            byte[] sealed = Arrays.copyOf(file, end + EntryMac.LENGTH);
            System.arraycopy(tag, 0, sealed, end, EntryMac.LENGTH);
            return sealed;
        } finally {
            deflater.end();
        }
    }

    /**
     * The payload {@code file} holds as the entry of {@code key}, inflated.
     *
     * @throws IOException when it is not of this format, or its HMAC does not match (written
     *                     elsewhere, renamed from another key, or changed), or it does not inflate
     */
    static byte[] open(EntryMac mac, String key, byte[] file, long maxPayload) throws IOException {
        int end = file.length - EntryMac.LENGTH;
        int body = HEADER.length + 4;
        if (end < body || !Arrays.equals(file, 0, HEADER.length, HEADER, 0, HEADER.length)) {
            throw new IOException("not of format " + FORMAT);
        }
        if (!mac.verifies(FORMAT, key, file, HEADER.length, end - HEADER.length, file, end)) {
            throw new IOException("its HMAC does not match (made elsewhere, renamed from another key, or changed)");
        }
        int length = ByteBuffer.wrap(file, HEADER.length, 4).getInt();
        if (length < 0 || length > maxPayload) {
            throw new IOException("a payload of " + length + " bytes");
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(file, body, end - body);
            byte[] payload = new byte[length];
            int done = 0;
            while (done < length && !inflater.finished() && !inflater.needsInput() && !inflater.needsDictionary()) {
                done += inflater.inflate(payload, done, length - done);
            }
            if (done != length || !inflater.finished()) {
                throw new IOException("the payload does not inflate to its length");
            }
            return payload;
        } catch (DataFormatException e) {
            throw new IOException("the payload does not inflate: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }
}
