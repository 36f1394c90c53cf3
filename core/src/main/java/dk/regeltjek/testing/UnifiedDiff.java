package dk.regeltjek.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines two versions of a file differ in, as a unified diff ({@code @@ -a,b +c,d @@}, three
 * lines of context), so an analyst sees exactly what {@code test --update} changed.
 */
final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /** Empty when the texts are equal. {@code name} heads the diff. */
    static String of(String name, String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<int[]> ops = script(a, b); // {kind, index in a, index in b}: kind 0 same, -1 removed, +1 added
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i)[0] == 0) {
                i++;
                continue;
            }
            int from = Math.max(0, i - CONTEXT);
            int to = i;
            // extend the hunk while changes follow within twice the context
            for (int j = i; j < ops.size(); j++) {
                if (ops.get(j)[0] != 0) {
                    to = j;
                } else if (j - to > 2 * CONTEXT) {
                    break;
                }
            }
            to = Math.min(ops.size() - 1, to + CONTEXT);
            hunk(out, ops.subList(from, to + 1), a, b);
            i = to + 1;
        }
        return out.isEmpty() ? "" : "--- " + name + "\n+++ " + name + "\n" + out;
    }

    private static void hunk(StringBuilder out, List<int[]> ops, List<String> a, List<String> b) {
        int aStart = -1;
        int bStart = -1;
        int aCount = 0;
        int bCount = 0;
        StringBuilder body = new StringBuilder();
        for (int[] op : ops) {
            if (op[0] <= 0) {
                aStart = aStart < 0 ? op[1] : aStart;
                aCount++;
            }
            if (op[0] >= 0) {
                bStart = bStart < 0 ? op[2] : bStart;
                bCount++;
            }
            String line = op[0] < 0 ? a.get(op[1]) : b.get(op[2]);
            body.append(op[0] == 0 ? ' ' : op[0] < 0 ? '-' : '+').append(line).append('\n');
        }
        out.append("@@ -").append(range(aStart, aCount)).append(" +").append(range(bStart, bCount)).append(" @@\n").append(body);
    }

    private static String range(int start, int count) {
        return (count == 0 ? Math.max(start, 0) : start + 1) + "," + count;
    }

    /** A shortest edit script by longest common subsequence; case files are small. */
    private static List<int[]> script(List<String> a, List<String> b) {
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<int[]> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                ops.add(new int[] {0, i++, j++});
            } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
                ops.add(new int[] {-1, i++, j}); // removed lines before the added ones, as diff prints them
            } else {
                ops.add(new int[] {1, i, j++});
            }
        }
        return ops;
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1); // the break that ends the last line starts no line of its own
        }
        return lines;
    }
}
