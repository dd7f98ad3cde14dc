package io.pixelstudio.trace.eval.metric;

/**
 * Edit distance (insertions, deletions, substitutions, each cost 1) over Unicode code points, as
 * Python's {@code str} counts them: an emoji outside the Basic Multilingual Plane is one symbol,
 * not two UTF-16 chars. Two rows of length min(m, n)+1; no recursion, no per-call allocation
 * beyond the code point arrays and the rows.
 */
public final class Levenshtein {

    /** The distance between two strings, counted in code points. */
    public int distance(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        return distance(a.codePoints().toArray(), b.codePoints().toArray());
    }

    /** The distance between two code point sequences. */
    public int distance(int[] a, int[] b) {
        int[] longer = a.length >= b.length ? a : b;
        int[] shorter = a.length >= b.length ? b : a;
        int m = shorter.length;
        if (m == 0) {
            return longer.length;
        }
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= longer.length; i++) {
            int c = longer[i - 1];
            current[0] = i;
            for (int j = 1; j <= m; j++) {
                int substitute = previous[j - 1] + (shorter[j - 1] == c ? 0 : 1);
                int delete = previous[j] + 1;
                int insert = current[j - 1] + 1;
                current[j] = Math.min(substitute, Math.min(delete, insert));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[m];
    }
}
