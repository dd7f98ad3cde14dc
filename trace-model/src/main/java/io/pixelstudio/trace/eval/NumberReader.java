package io.pixelstudio.trace.eval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers benchmark answers are written in, so that {@code 1,000}, {@code 1000},
 * {@code 1000.0}, {@code 0.5}, {@code 1/2} and {@code \frac{1}{2}} compare equal, and TallyQA counts
 * written as words ({@code three}, {@code twenty-one}) count. Exact decimal arithmetic; no locale.
 */
public final class NumberReader {

    /** Decimal places numbers are compared at (math-verify's default {@code float_rounding=6}). */
    public static final int COMPARE_SCALE = 6;

    private static final Pattern GROUPED = Pattern.compile("[-+]?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)");
    private static final Pattern LATEX_FRACTION =
            Pattern.compile("(-?)\\\\[dt]?frac\\s*\\{([^{}]+)}\\s*\\{([^{}]+)}");
    private static final Pattern SLASH_FRACTION = Pattern.compile("([^/]+)/([^/]+)");
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("none", 0), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40,
            "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);

    /**
     * The value of a whole answer written as a number: an optionally signed integer or decimal,
     * digits grouped by commas in threes, {@code a/b} or {@code \frac{a}{b}} ({@code \dfrac},
     * {@code \tfrac}) of such numbers. Surrounding spaces and one trailing full stop are ignored.
     * Empty for anything else (including {@code 50%}, units, words and division by zero).
     */
    public Optional<BigDecimal> decimal(String text) {
        String s = text.strip();
        if (s.endsWith(".") && s.length() > 1) {
            s = s.substring(0, s.length() - 1).strip();
        }
        Optional<BigDecimal> simple = simple(s);
        if (simple.isPresent()) {
            return simple;
        }
        Matcher latex = LATEX_FRACTION.matcher(s);
        if (latex.matches()) {
            return divide(simple(latex.group(2).strip()), simple(latex.group(3).strip()))
                    .map(v -> latex.group(1).isEmpty() ? v : v.negate());
        }
        Matcher slash = SLASH_FRACTION.matcher(s);
        if (slash.matches()) {
            return divide(simple(slash.group(1).strip()), simple(slash.group(2).strip()));
        }
        return Optional.empty();
    }

    private static Optional<BigDecimal> simple(String s) {
        if (GROUPED.matcher(s).matches()) {
            return Optional.of(new BigDecimal(s.replace(",", "")));
        }
        if (PLAIN.matcher(s).matches()) {
            return Optional.of(new BigDecimal(s.endsWith(".") ? s.substring(0, s.length() - 1) : s));
        }
        return Optional.empty();
    }

    private static Optional<BigDecimal> divide(Optional<BigDecimal> a, Optional<BigDecimal> b) {
        if (a.isEmpty() || b.isEmpty() || b.get().signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(a.get().divide(b.get(), MathContext.DECIMAL64));
    }

    /** Whether two values agree to {@link #COMPARE_SCALE} decimal places (half-up rounding). */
    public boolean sameValue(BigDecimal a, BigDecimal b) {
        return a.setScale(COMPARE_SCALE, RoundingMode.HALF_UP).compareTo(b.setScale(COMPARE_SCALE, RoundingMode.HALF_UP)) == 0;
    }

    /**
     * A non-negative whole count: a {@link #decimal number} with no fractional part, or English
     * words from {@code zero} (also {@code none}) to {@code ninety-nine} ({@code twenty one},
     * {@code twenty-one}), any case. Empty for anything else.
     */
    public Optional<Integer> count(String text) {
        Optional<BigDecimal> value = decimal(text);
        if (value.isPresent()) {
            BigDecimal v = value.get().stripTrailingZeros();
            if (v.signum() < 0 || v.scale() > 0 || v.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                return Optional.empty();
            }
            return Optional.of(v.intValueExact());
        }
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        String[] words = s.split("[\\s-]+");
        if (words.length == 1) {
            Integer unit = UNITS.get(words[0]);
            return Optional.ofNullable(unit != null ? unit : TENS.get(words[0]));
        }
        if (words.length == 2 && TENS.containsKey(words[0])) {
            Integer unit = UNITS.get(words[1]);
            if (unit != null && unit >= 1 && unit <= 9) {
                return Optional.of(TENS.get(words[0]) + unit);
            }
        }
        return Optional.empty();
    }
}
