package io.pixelstudio.trace.eval;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerExtractorTest {

    private final AnswerExtractor extractor = new AnswerExtractor();

    @Test
    void keepsNestedBracesOfTheBoxedContent() {
        assertThat(extractor.lastBoxedContent("so \\boxed{\\frac{1}{2}} done")).contains("\\frac{1}{2}");
    }

    @Test
    void severalBoxedAnswersYieldTheLast() {
        assertThat(extractor.lastBoxedContent("\\boxed{A} wait, no: \\boxed{B}.")).contains("B");
    }

    @Test
    void findsBoxedInAnyCaseAndKeepsTheContentsCase() {
        assertThat(extractor.lastBoxedContent("\\BOXED{Paris}")).contains("Paris");
    }

    @Test
    void noBoxedYieldsNothingAndExtractFallsBackToTheWholeResponse() {
        assertThat(extractor.lastBoxedContent("The answer is B")).isEmpty();
        AnswerExtractor.Extraction e = extractor.extract("  The answer is B \n");
        assertThat(e.answer()).isEqualTo("The answer is B");
        assertThat(e.source()).isEqualTo(AnswerExtractor.Source.WHOLE_RESPONSE);
    }

    @Test
    void unclosedBoxedOfACutOffTranscriptYieldsNothing() {
        assertThat(extractor.lastBoxedContent("final: \\boxed{\\frac{1}{2")).isEmpty();
    }

    @Test
    void escapedBracesAreLiteral() {
        assertThat(extractor.lastBoxedContent("\\boxed{\\{1,2\\}}")).contains("\\{1,2\\}");
    }

    @Test
    void boxedWithoutBraceTakesTheNextToken() {
        assertThat(extractor.lastBoxedContent("$\\boxed 5$")).contains("5");
    }

    @Test
    void textCommandInsideBoxedIsUnwrapped() {
        AnswerExtractor.Extraction e = extractor.extract("<think>..</think> \\boxed{\\text{B}}");
        assertThat(e.answer()).isEqualTo("B");
        assertThat(e.source()).isEqualTo(AnswerExtractor.Source.BOXED);
        assertThat(extractor.extract("\\boxed{\\textbf{\\text{left side}}}").answer()).isEqualTo("left side");
    }

    @Test
    void answerTagIsUsedWhenThereIsNoBoxed() {
        AnswerExtractor.Extraction e = extractor.extract("I think <answer> 7 </answer>");
        assertThat(e.answer()).isEqualTo("7");
        assertThat(e.source()).isEqualTo(AnswerExtractor.Source.ANSWER_TAG);
    }

    @Test
    void cleanDropsDollarsAndOneEnclosingBracePairOnly() {
        assertThat(extractor.clean(" $12$ ")).isEqualTo("12");
        assertThat(extractor.clean("{b}")).isEqualTo("b");
        assertThat(extractor.clean("{a}{b}")).isEqualTo("{a}{b}");
    }
}
