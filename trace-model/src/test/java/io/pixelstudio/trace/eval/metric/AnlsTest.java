package io.pixelstudio.trace.eval.metric;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AnlsTest {

    private final Levenshtein levenshtein = new Levenshtein();
    private final Anls anls = new Anls(levenshtein, Anls.LengthBasis.NORMALISED);

    @Test
    void levenshteinCountsCodePointsNotUtf16Chars() {
        assertThat(levenshtein.distance("👍", "👎")).isEqualTo(1);
        assertThat(levenshtein.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(levenshtein.distance("", "北京市")).isEqualTo(3);
        assertThat(levenshtein.distance("flaw", "lawn")).isEqualTo(2);
    }

    @Test
    void accentedLetterIsOneSubstitution() {
        assertThat(anls.similarity("café", "cafe")).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void cjkAndEmojiAreOneSymbolEach() {
        assertThat(anls.similarity("北京", "北京市")).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(anls.similarity("a👍", "a👎")).isEqualTo(0.5);
    }

    @Test
    void similarityOfExactlyOneHalfIsKeptAndBelowIsZero() {
        assertThat(anls.similarity("ab", "ax")).isEqualTo(0.5);
        assertThat(anls.similarity("abc", "axy")).isZero();
    }

    @Test
    void caseAndWhitespaceDoNotCountButPunctuationDoes() {
        assertThat(anls.similarity("PARIS", "paris")).isEqualTo(1.0);
        assertThat(anls.similarity("  New \t  York ", "new york")).isEqualTo(1.0);
        assertThat(anls.similarity("new\u00A0york", "new york")).isEqualTo(1.0);
        assertThat(anls.similarity("new york", "new york.")).isCloseTo(1 - 1.0 / 9, within(1e-12));
    }

    @Test
    void bestGroundTruthCounts() {
        assertThat(anls.score(List.of("nyc", "new york"), "new york city")).isCloseTo(1 - 5.0 / 13, within(1e-12));
        assertThat(anls.score(List.of(), "x")).isZero();
    }

    @Test
    void emptyPredictionScoresZeroUnlessTheTruthIsEmptyToo() {
        assertThat(anls.similarity("abc", "")).isZero();
        assertThat(anls.similarity("", "  ")).isEqualTo(1.0);
    }

    @Test
    void rawLengthBasisDividesByTheUnnormalisedLengthAsTheAuthorsScriptDoes() {
        Anls raw = new Anls(levenshtein, Anls.LengthBasis.RAW);
        assertThat(anls.similarity("new  york", "new yrk")).isCloseTo(1 - 1.0 / 8, within(1e-12));
        assertThat(raw.similarity("new  york", "new yrk")).isCloseTo(1 - 1.0 / 9, within(1e-12));
    }
}
