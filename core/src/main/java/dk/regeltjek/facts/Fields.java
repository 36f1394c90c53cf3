package dk.regeltjek.facts;

import java.util.Locale;
import dk.regeltjek.model.Problem;
import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.model.SourceLocation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** Shared checks on located mappings: the allowed keys and the required ones. */
public final class Fields {
    private Fields() {
    }

    /** Refuses every key outside {@code allowed} (all of them at once), listing the allowed ones. */
    public static void onlyAllowed(Node.Mapping mapping, Collection<String> allowed, String what) {
        List<Problem> unknown = new ArrayList<>();
        for (Node.Entry entry : mapping.entries().values()) {
            if (!allowed.contains(entry.key())) {
                unknown.add(new Problem(entry.keyLocation(), "unknown " + what + " \"" + entry.key() + "\"" + closest(entry.key(), allowed),
                        "allowed: " + String.join(", ", new TreeSet<>(allowed))));
            }
        }
        if (!unknown.isEmpty()) {
            throw new RegeltjekException(RegeltjekException.Kind.BAD_INPUT, unknown);
        }
    }

    public static Node.Mapping mapping(Node node, String what) {
        if (node instanceof Node.Mapping m) {
            return m;
        }
        throw RegeltjekException.badInput(node.location(), what + " must be a mapping (key: value), not " + Node.kind(node),
                null);
    }

    /** The text of a scalar entry, or null when the key is absent. */
    public static String text(Node.Mapping mapping, String key) {
        Node node = mapping.get(key);
        if (node == null) {
            return null;
        }
        if (node instanceof Node.Scalar s && !s.isNull()) {
            return s.text();
        }
        throw RegeltjekException.badInput(node.location(), "\"" + key + "\" must be a text, not " + Node.kind(node), null);
    }

    public static String requiredText(Node.Mapping mapping, String key, SourceLocation where, String hint) {
        String value = text(mapping, key);
        if (value == null || value.isBlank()) {
            throw RegeltjekException.badInput(where, "missing \"" + key + "\"", hint);
        }
        return value;
    }

    /** " (did you mean \"x\"?)" when a close spelling exists, else "". */
    public static String closest(String key, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : new TreeSet<>(candidates)) {
            int d = distance(key.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best != null && bestDistance <= Math.max(2, key.length() / 4) ? " (did you mean \"" + best + "\"?)" : "";
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
