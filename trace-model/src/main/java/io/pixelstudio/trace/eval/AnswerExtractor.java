package io.pixelstudio.trace.eval;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the final answer out of a model transcript the way the Pixel Reasoner evaluation does: the
 * answer is the last {@code \boxed{...}} of the whole transcript. The reference lowercases the
 * transcript and searches for the last {@code boxed}; this class searches case-insensitively without
 * copying the transcript (the same position for every transcript whose lowercase form keeps its
 * length) and returns the content in its original case, so each metric decides about case itself.
 *
 * <p>Stateless and thread-safe.
 */
public final class AnswerExtractor {

    private static final String BOXED = "boxed";
    private static final Pattern ANSWER_TAG = Pattern.compile("<answer>(.*?)</answer>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TEXT_COMMAND =
            Pattern.compile("\\\\(?:text|textbf|textit|mathrm|mbox)\\s*\\{([^{}]*)}");

    /** Where the extracted answer came from, for display and for the reference profile. */
    public enum Source {
        /** The content of the last {@code \boxed{}}. */
        BOXED,
        /** The content of the first {@code <answer>...</answer>} (no {@code \boxed} present). */
        ANSWER_TAG,
        /** The whole response, trimmed (neither marker present). */
        WHOLE_RESPONSE
    }

    /** An extracted answer and where it came from. */
    public record Extraction(String answer, Source source) {
    }

    /**
     * Index of the last {@code boxed} (any case) in the response, or −1.
     */
    public int lastBoxedIndex(String response) {
        for (int i = response.length() - BOXED.length(); i >= 0; i--) {
            if (response.regionMatches(true, i, BOXED, 0, BOXED.length())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The balanced-brace content of the last {@code \boxed{...}}: nested braces are kept, {@code \{}
     * and {@code \}} are literal. {@code \boxed 5} (no brace) yields the token after the space. Empty
     * when there is no {@code boxed} or its braces never close (a cut-off transcript).
     */
    public Optional<String> lastBoxedContent(String response) {
        int at = lastBoxedIndex(response);
        return at < 0 ? Optional.empty() : boxedContentAt(response, at);
    }

    /**
     * The content of the {@code boxed} starting at {@code boxedIndex} (the index of its {@code b}),
     * read as {@link #lastBoxedContent} reads it.
     */
    public Optional<String> boxedContentAt(String response, int boxedIndex) {
        int i = boxedIndex + BOXED.length();
        int n = response.length();
        if (i < n && response.charAt(i) == '{') {
            return balanced(response, i);
        }
        while (i < n && Character.isWhitespace(response.charAt(i))) {
            i++;
        }
        if (i < n && response.charAt(i) == '{') {
            return balanced(response, i);
        }
        int start = i;
        while (i < n && !Character.isWhitespace(response.charAt(i)) && response.charAt(i) != '$') {
            i++;
        }
        return start == i ? Optional.empty() : Optional.of(response.substring(start, i));
    }

    private static Optional<String> balanced(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && (s.charAt(i + 1) == '{' || s.charAt(i + 1) == '}')) {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    return Optional.of(s.substring(open + 1, i));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The answer a benchmark's own metric scores: the last boxed content, else the first
     * {@code <answer>} tag, else the whole response; then {@link #clean cleaned}.
     */
    public Extraction extract(String response) {
        Optional<String> boxed = lastBoxedContent(response);
        if (boxed.isPresent()) {
            return new Extraction(clean(boxed.get()), Source.BOXED);
        }
        Matcher tag = ANSWER_TAG.matcher(response);
        if (tag.find()) {
            return new Extraction(clean(tag.group(1)), Source.ANSWER_TAG);
        }
        return new Extraction(clean(response), Source.WHOLE_RESPONSE);
    }

    /**
     * Unwraps {@code \text{..}}, {@code \textbf{..}}, {@code \textit{..}}, {@code \mathrm{..}} and
     * {@code \mbox{..}} (innermost first, repeatedly), drops surrounding {@code $} and one pair of
     * braces enclosing everything, and trims.
     */
    public String clean(String answer) {
        String s = answer;
        String previous;
        do {
            previous = s;
            s = TEXT_COMMAND.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        } while (!s.equals(previous));
        s = s.strip();
        while (s.length() >= 2 && s.startsWith("$") && s.endsWith("$")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        if (s.length() >= 2 && s.startsWith("{") && s.endsWith("}") && balanced(s, 0).map(String::length)
                .orElse(-1) == s.length() - 2) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
    }
}
