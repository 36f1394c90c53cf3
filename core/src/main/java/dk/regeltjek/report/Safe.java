package dk.regeltjek.report;

import java.util.Locale;
/**
 * Strings from case files, rules and documents made safe for where they are written. Case files
 * are untrusted: a name holding a newline, an ANSI or OSC escape sequence or a bidirectional
 * override could otherwise fake lines or links on a terminal, or break an XML report.
 */
public final class Safe {
    private Safe() {
    }

    /**
     * For a terminal or log: control characters (C0, DEL, C1) and bidirectional formatting
     * characters as visible escapes ({@code \n}, {@code \u001B}); everything else as is.
     */
    public static String terminal(String text) {
        if (text == null) {
            return "";
        }
        if (!needsTerminalEscape(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            if (!isUnsafeOnTerminal(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(switch (cp) {
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\t' -> "\\t";
                    default -> String.format(Locale.ROOT, "\\u%04X", cp);
                });
            }
        });
        return out.toString();
    }

    private static boolean needsTerminalEscape(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isUnsafeOnTerminal(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isUnsafeOnTerminal(int cp) {
        return cp < 0x20 || cp == 0x7F || cp >= 0x80 && cp < 0xA0 || isBidiControl(cp);
    }

    private static boolean isBidiControl(int cp) {
        return cp == 0x061C || cp == 0x200E || cp == 0x200F || cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069;
    }

    /**
     * For XML 1.0 (JUnit, HTML): characters XML forbids — C0 controls other than tab, line feed
     * and carriage return, U+FFFE, U+FFFF and unpaired surrogates — replaced, so the document is
     * always well-formed: controls by a visible escape, the others by U+FFFD.
     */
    public static String xml(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = null;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                replacement = String.format(Locale.ROOT, "\\u%04X", (int) c);
            } else if (Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                replacement = "\uFFFD";
            }
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                out.append(replacement != null ? replacement : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }

    /** For one line of text in XML or HTML: {@link #xml} and also no line breaks or tabs. */
    public static String xmlLine(String text) {
        return xml(text).replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }
}
