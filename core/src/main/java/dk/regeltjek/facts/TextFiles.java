package dk.regeltjek.facts;

import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.model.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads input files whole, within a size limit checked before anything is parsed, and decodes them strictly. */
final class TextFiles {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextFiles() {
    }

    /** The bytes of a regular file of at most {@code max} bytes; {@code what} names the kind ("a case file"). */
    static byte[] read(Path file, String shownAs, long max, String what, String instead) {
        try {
            if (Files.isDirectory(file)) {
                throw RegeltjekException.badInput(SourceLocation.of(shownAs), "is a folder, not a file", "give a file");
            }
            long size = Files.size(file);
            if (size > max) {
                throw tooLarge(shownAs, size, max, what, instead);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, shownAs, max, what, instead);
            }
        } catch (NoSuchFileException e) {
            throw RegeltjekException.badInput(SourceLocation.of(shownAs), "file not found", "check the path");
        } catch (IOException e) {
            throw RegeltjekException.badInput(SourceLocation.of(shownAs), "cannot read the file: " + e.getClass().getSimpleName(),
                    "check that the file can be read");
        }
    }

    /** At most {@code max} bytes from {@code in}, refusing more (a device or a growing file reports a size of 0). */
    static byte[] read(InputStream in, String shownAs, long max, String what, String instead) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (bytes.length > max) {
            throw tooLarge(shownAs, bytes.length, max, what, instead);
        }
        return bytes;
    }

    private static RegeltjekException tooLarge(String shownAs, long size, long max, String what, String instead) {
        return RegeltjekException.badInput(SourceLocation.of(shownAs), "the file is " + (size > max + 1 ? ReadLimits.megabytes(size)
                + "; " : "larger than " + ReadLimits.megabytes(max) + "; ") + what + " may be at most " + ReadLimits.megabytes(max),
                instead);
    }

    static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /** True when the bytes are valid UTF-8 throughout. */
    static boolean isUtf8(byte[] bytes) {
        return firstInvalid(bytes, StandardCharsets.UTF_8) < 0;
    }

    /**
     * The text of UTF-8 bytes without a leading byte order mark, or a refusal at the line and column
     * of the first byte that is not UTF-8 ({@code hint} says what to do).
     */
    static String utf8(byte[] bytes, String shownAs, String hint) {
        int bad = firstInvalid(bytes, StandardCharsets.UTF_8);
        if (bad >= 0) {
            throw RegeltjekException.badInput(at(bytes, bad, shownAs), "the file is not UTF-8 text", hint);
        }
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    }

    /** The text of Windows-1252 bytes (what Excel saves on a Danish Windows when not asked for UTF-8). */
    static String windows1252(byte[] bytes, String shownAs) {
        int bad = firstInvalid(bytes, WINDOWS_1252);
        if (bad >= 0) {
            throw RegeltjekException.badInput(at(bytes, bad, shownAs), "the file is neither UTF-8 nor Windows-1252 text",
                    "save it from Excel as \"CSV UTF-8\" or \"CSV (semikolonsepareret)\"");
        }
        return new String(bytes, WINDOWS_1252);
    }

    /** The index of the first byte that does not decode, or -1. */
    private static int firstInvalid(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        CoderResult result;
        do {
            out.clear();
            result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
        } while (result.isOverflow());
        return -1;
    }

    /** The line and column of byte {@code index}, counting characters (not bytes) in the line. */
    private static SourceLocation at(byte[] bytes, int index, String shownAs) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < index && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new SourceLocation(shownAs, line, column);
    }
}
