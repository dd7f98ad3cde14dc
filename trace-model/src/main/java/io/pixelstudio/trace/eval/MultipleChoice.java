package io.pixelstudio.trace.eval;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads option letters for multiple-choice benchmarks (V*, MVBench): the options listed in the
 * question and the letter an answer picks, whether written {@code (A)}, {@code A.}, {@code A},
 * {@code (A) red} or as the option text itself. Letters A–K, as in the reference scorer.
 */
public final class MultipleChoice {

    private static final Pattern OPTION_LINE =
            Pattern.compile("(?m)^[ \\t]*\\(?([A-K])[).:][ \\t]*(\\S.*?)[ \\t]*$");
    private static final Pattern INLINE_OPTION = Pattern.compile("\\(([A-K])\\)\\s*([^()\\n]*?)\\s*(?=\\([A-K]\\)|\\n|$)");
    private static final Pattern PARENTHESISED = Pattern.compile("^\\(([a-k])\\)(?:\\s.*|[.:].*)?$", Pattern.DOTALL);
    private static final Pattern BARE = Pattern.compile("^([a-k])(?:[.:)](?:\\s.*)?)?$", Pattern.DOTALL);

    private final AnswerEquivalence equivalence;

    public MultipleChoice(AnswerEquivalence equivalence) {
        this.equivalence = equivalence;
    }

    /**
     * The options a question lists, letter (upper case) to text in question order: one option per
     * line ({@code (A) red}, {@code A. red}, {@code A: red}, {@code A) red}) or, when fewer than two
     * such lines exist, inline ({@code (A) red (B) blue}).
     */
    public Map<Character, String> options(String question) {
        Map<Character, String> byLine = collect(OPTION_LINE.matcher(question));
        return byLine.size() >= 2 ? byLine : collect(INLINE_OPTION.matcher(question));
    }

    private static Map<Character, String> collect(Matcher m) {
        Map<Character, String> options = new LinkedHashMap<>();
        while (m.find()) {
            options.putIfAbsent(m.group(1).charAt(0), m.group(2).strip());
        }
        return options;
    }

    /**
     * The letter an answer picks: the option whose text it equals (canonical, case-insensitive) —
     * checked first, so an option text like {@code a} is not read as letter A when it is listed —
     * else a leading {@code (x)}, else a bare letter optionally followed by {@code .}, {@code :} or
     * {@code )} and text. Upper case; empty when the answer picks none.
     */
    public Optional<Character> letter(String answer, Map<Character, String> options) {
        String canonical = equivalence.canonical(answer);
        for (Map.Entry<Character, String> option : options.entrySet()) {
            if (!canonical.isEmpty() && canonical.equals(equivalence.canonical(option.getValue()))) {
                return Optional.of(option.getKey());
            }
        }
        String lower = answer.strip().toLowerCase(Locale.ROOT);
        Matcher m = PARENTHESISED.matcher(lower);
        if (!m.matches()) {
            m = BARE.matcher(lower);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        char letter = Character.toUpperCase(m.group(1).charAt(0));
        return options.isEmpty() || options.containsKey(letter) ? Optional.of(letter) : Optional.empty();
    }
}
