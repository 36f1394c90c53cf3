package dk.regeltjek.report;

/**
 * A small HTML writer that escapes every text and attribute value it is given, so nothing from a
 * case file can become markup. Only {@link #raw} writes unescaped text, and it is used for the
 * report's own style sheet and script only.
 */
final class Html {
    private final StringBuilder out = new StringBuilder(64 * 1024);

    /** {@code <tag a="v" …>}; {@code attributes} are name, value pairs (a null value leaves the attribute out). */
    Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
        out.append('>');
        return this;
    }

    /** A void element, {@code <tag a="v"/>}: valid HTML and well-formed XML, so tests can parse the page as XML. */
    Html empty(String tag, String... attributes) {
        open(tag, attributes);
        out.setLength(out.length() - 1);
        out.append("/>");
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** {@code <tag …>text</tag>} */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    Html newline() {
        out.append('\n');
        return this;
    }

    /** The report's own markup, style sheet or script: never text from a case, rule or document. */
    Html raw(String trusted) {
        out.append(trusted);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** Escapes markup characters and replaces characters XML and HTML forbid. */
    static String escape(String text) {
        String safe = Safe.xml(text);
        StringBuilder escaped = null;
        for (int i = 0; i < safe.length(); i++) {
            char c = safe.charAt(i);
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity != null && escaped == null) {
                escaped = new StringBuilder(safe.length() + 16).append(safe, 0, i);
            }
            if (escaped != null) {
                if (entity != null) {
                    escaped.append(entity);
                } else {
                    escaped.append(c);
                }
            }
        }
        return escaped == null ? safe : escaped.toString();
    }
}
