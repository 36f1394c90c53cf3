package dk.regeltjek.engine;

/**
 * Puts a checkpoint at the top of every braced loop body ({@code while}, {@code for}, {@code do})
 * in a rule's consequence, so that a loop that never ends stops when the session's time is up
 * or its check is cancelled: Drools can halt only between firings, and a thread cannot safely be
 * stopped from outside. The checkpoint goes on the same line, so compiler messages keep their lines.
 */
final class LoopCheckpoints {
    static final String CHECKPOINT = "dk.regeltjek.rules.runtime.RuleRuntime.checkpoint(); ";

    private LoopCheckpoints() {
    }

    /** The consequence with a checkpoint after the opening brace of each loop body. */
    static String insert(String consequence) {
        StringBuilder out = new StringBuilder(consequence.length() + 64);
        int i = 0;
        int n = consequence.length();
        while (i < n) {
            char c = consequence.charAt(i);
            int skip = skipLiteralOrComment(consequence, i);
            if (skip > i) {
                out.append(consequence, i, skip);
                i = skip;
                continue;
            }
            if (Character.isJavaIdentifierStart(c) && (i == 0 || !Character.isJavaIdentifierPart(consequence.charAt(i - 1)))) {
                int end = i;
                while (end < n && Character.isJavaIdentifierPart(consequence.charAt(end))) {
                    end++;
                }
                String word = consequence.substring(i, end);
                int body = word.equals("do") ? end : word.equals("while") || word.equals("for") ? afterParentheses(consequence, end) : -1;
                int brace = body < 0 ? -1 : nextNonSpace(consequence, body);
                out.append(consequence, i, end);
                if (brace >= 0 && brace < n && consequence.charAt(brace) == '{') {
                    out.append(consequence, end, brace + 1).append(' ').append(CHECKPOINT);
                    i = brace + 1;
                } else {
                    i = end;
                }
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** The index after the balanced parentheses that start at the first non-space from {@code from}, or -1. */
    private static int afterParentheses(String text, int from) {
        int i = nextNonSpace(text, from);
        if (i >= text.length() || text.charAt(i) != '(') {
            return -1;
        }
        int depth = 0;
        while (i < text.length()) {
            int skip = skipLiteralOrComment(text, i);
            if (skip > i) {
                i = skip;
                continue;
            }
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
            i++;
        }
        return -1;
    }

    private static int nextNonSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Past a string, character literal or comment starting at {@code i}; {@code i} itself if none starts there. */
    private static int skipLiteralOrComment(String text, int i) {
        char c = text.charAt(i);
        if (c == '"' || c == '\'') {
            int j = i + 1;
            while (j < text.length() && text.charAt(j) != c) {
                j += text.charAt(j) == '\\' ? 2 : 1;
            }
            return Math.min(j + 1, text.length());
        }
        if (c == '/' && i + 1 < text.length()) {
            if (text.charAt(i + 1) == '/') {
                int end = text.indexOf('\n', i);
                return end < 0 ? text.length() : end;
            }
            if (text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                return end < 0 ? text.length() : end + 2;
            }
        }
        return i;
    }
}
