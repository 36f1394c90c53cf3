package dk.regeltjek.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * HMAC-SHA256 (RFC 2104) of a cache entry: its format, its cache key and its payload, under the
 * user's secret {@link CacheKey}. Built on {@link MessageDigest}, which the cache key already loads:
 * {@code javax.crypto.Mac} would set up the JCE providers, costing a cold run more than the hashing.
 */
final class EntryMac {
    static final int LENGTH = 32;
    private static final int BLOCK = 64;

    private final byte[] innerPad = new byte[BLOCK];
    private final byte[] outerPad = new byte[BLOCK];

    EntryMac(byte[] secret) {
        byte[] key = secret.length > BLOCK ? sha256().digest(secret) : secret;
        for (int i = 0; i < BLOCK; i++) {
            byte k = i < key.length ? key[i] : 0;
            innerPad[i] = (byte) (k ^ 0x36);
            outerPad[i] = (byte) (k ^ 0x5c);
        }
    }

    /** The MAC of {@code payload[off, off + len)} as the entry of {@code cacheKey} in {@code format}. */
    byte[] of(String format, String cacheKey, byte[] payload, int off, int len) {
        MessageDigest inner = sha256();
        inner.update(innerPad);
        field(inner, format);
        field(inner, cacheKey);
        inner.update(payload, off, len);
        MessageDigest outer = sha256();
        outer.update(outerPad);
        outer.update(inner.digest());
        return outer.digest();
    }

    /** Whether {@code mac} (at {@code macOff}) is the MAC of that payload, compared in constant time. */
    boolean verifies(String format, String cacheKey, byte[] payload, int off, int len, byte[] mac, int macOff) {
        if (macOff < 0 || macOff + LENGTH > mac.length) {
            return false;
        }
        return MessageDigest.isEqual(of(format, cacheKey, payload, off, len), Arrays.copyOfRange(mac, macOff, macOff + LENGTH));
    }

    /** A length-free field ends with a 0 byte, which neither a format name nor a hex key contains. */
    private static void field(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
