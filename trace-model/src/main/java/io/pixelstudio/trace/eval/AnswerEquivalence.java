package io.pixelstudio.trace.eval;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The part of math-verify's {@code verify(gold, pred)} that the Pixel Reasoner benchmarks need,
 * in Java (math-verify is Python-only): equal numbers (to 6 decimal places, {@code 1,000} =
 * {@code 1000}, {@code 0.5} = {@code 1/2} = {@code \frac{1}{2}}) or equal text after
 * {@link #canonical canonicalisation}, case-insensitively. What math-verify does beyond this
 * (symbolic algebra, sets, intervals, equations, units, percentages, reading text as products of
 * one-letter symbols) is listed in {@code docs/metrics.md}.
 */
public final class AnswerEquivalence {

    private final AnswerExtractor extractor;
    private final NumberReader numbers;

    public AnswerEquivalence(AnswerExtractor extractor, NumberReader numbers) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.numbers = Objects.requireNonNull(numbers, "numbers");
    }

    /** Whether the prediction counts as the gold answer. Blank answers never match. */
    public boolean equivalent(String prediction, String gold) {
        String p = canonical(prediction);
        String g = canonical(gold);
        if (p.isEmpty() || g.isEmpty()) {
            return false;
        }
        if (p.equals(g)) {
            return true;
        }
        Optional<BigDecimal> pv = numbers.decimal(p);
        Optional<BigDecimal> gv = numbers.decimal(g);
        return pv.isPresent() && gv.isPresent() && numbers.sameValue(pv.get(), gv.get());
    }

    /**
     * Lowercased (root locale), {@link AnswerExtractor#clean cleaned}, LaTeX spacing commands
     * ({@code \left}, {@code \right}, {@code \!}, {@code \,}, {@code \;}, {@code \:}) removed,
     * whitespace collapsed to one space, one trailing full stop dropped.
     */
    public String canonical(String answer) {
        String s = extractor.clean(answer.toLowerCase(Locale.ROOT));
        s = s.replace("\\left", "").replace("\\right", "").replace("\\!", "").replace("\\,", " ")
                .replace("\\;", " ").replace("\\:", " ");
        s = WhitespaceCollapser.collapse(s);
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }
}
