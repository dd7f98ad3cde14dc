package io.pixelstudio.trace.format.pixelreasoner;

import java.util.Objects;
import java.util.Optional;

/**
 * The final answer a response states in a LaTeX box: the content of the last
 * <code>\boxed{...}</code> in the text, braces balanced (so <code>\boxed{\frac{1}{2}}</code> gives
 * <code>\frac{1}{2}</code>). Used when an SFT record has no answer field.
 */
public final class BoxedAnswer {

    private static final String OPEN = "\\boxed{";

    private BoxedAnswer() {
    }

    /** The last complete boxed answer of {@code text}, or empty when there is none. */
    public static Optional<String> last(String text) {
        Objects.requireNonNull(text, "text");
        int from = text.length();
        while (from >= 0) {
            int start = text.lastIndexOf(OPEN, from);
            if (start < 0) {
                return Optional.empty();
            }
            Optional<String> content = balanced(text, start + OPEN.length());
            if (content.isPresent()) {
                return content;
            }
            from = start - 1;
        }
        return Optional.empty();
    }

    private static Optional<String> balanced(String text, int begin) {
        int depth = 1;
        for (int i = begin; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    return Optional.of(text.substring(begin, i));
                }
            }
        }
        return Optional.empty();
    }
}
