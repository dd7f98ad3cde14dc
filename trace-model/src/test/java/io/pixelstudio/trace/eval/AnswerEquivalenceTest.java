package io.pixelstudio.trace.eval;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerEquivalenceTest {

    private final NumberReader numbers = new NumberReader();
    private final AnswerEquivalence eq = new AnswerEquivalence(new AnswerExtractor(), numbers);

    @Test
    void thousandsSeparatorsDoNotChangeTheValue() {
        assertThat(eq.equivalent("1,000", "1000")).isTrue();
        assertThat(eq.equivalent("1,234,567.5", "1234567.50")).isTrue();
        assertThat(eq.equivalent("1,00", "100")).isFalse();
    }

    @Test
    void fractionsEqualTheirDecimals() {
        assertThat(eq.equivalent("0.5", "1/2")).isTrue();
        assertThat(eq.equivalent("\\frac{1}{2}", "0.5")).isTrue();
        assertThat(eq.equivalent("\\dfrac{1}{3}", "0.333333")).isTrue();
        assertThat(eq.equivalent("0.33", "1/3")).isFalse();
    }

    @Test
    void textMatchesCaseInsensitivelyAfterNormalisation() {
        assertThat(eq.equivalent("\\text{Red}", "red")).isTrue();
        assertThat(eq.equivalent(" New   York. ", "new york")).isTrue();
        assertThat(eq.equivalent("red car", "car red")).isFalse();
    }

    @Test
    void blankAnswersNeverMatch() {
        assertThat(eq.equivalent("", "")).isFalse();
        assertThat(eq.equivalent("  ", "0")).isFalse();
    }

    @Test
    void countsReadDigitsAndWords() {
        assertThat(numbers.count("three")).contains(3);
        assertThat(numbers.count("Twenty-One")).contains(21);
        assertThat(numbers.count("twenty one.")).contains(21);
        assertThat(numbers.count("3.0")).contains(3);
        assertThat(numbers.count("none")).contains(0);
        assertThat(numbers.count("2.5")).isEmpty();
        assertThat(numbers.count("-1")).isEmpty();
        assertThat(numbers.count("many")).isEmpty();
    }

    @Test
    void divisionByZeroIsNotANumber() {
        assertThat(numbers.decimal("1/0")).isEmpty();
        assertThat(numbers.decimal("-\\frac{3}{4}")).contains(new BigDecimal("-0.75"));
    }
}
