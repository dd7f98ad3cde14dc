package io.pixelstudio.trace.eval;

/**
 * Python's {@code " ".join(s.split())} in Java: the ANLS scripts of DocVQA/InfographicsVQA and
 * of the Pixel Reasoner authors collapse whitespace this way, so the set of whitespace code points
 * must be Python's ({@code str.isspace}), which unlike {@link Character#isWhitespace} includes the
 * no-break spaces U+00A0, U+2007, U+202F and NEL U+0085.
 */
public final class WhitespaceCollapser {

    private WhitespaceCollapser() {
    }

    /** Whether Python's {@code str.isspace()} is true for this code point. */
    public static boolean isPythonSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || codePoint == 0x85;
    }

    /** Runs of whitespace become one space; leading and trailing whitespace is dropped. */
    public static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isPythonSpace(cp)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }
}
