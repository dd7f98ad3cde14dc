package io.pixelstudio.trace.format.pixelreasoner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PromptSuffixAndBoxedAnswerTest {

    @ParameterizedTest
    @EnumSource(PromptSuffix.class)
    void everyReferenceSuffixIsSplitOffAndRecoverable(PromptSuffix suffix) {
        String text = "How many birds?" + suffix.appended();

        PromptSuffix.Split split = PromptSuffix.split(text);

        assertThat(split.question()).isEqualTo("How many birds?");
        assertThat(split.suffix()).contains(suffix);
        assertThat(split.text()).isEqualTo(text);
    }

    @Test
    void theVcotSuffixIsFourNewlinesThenGuidelines() {
        assertThat(PromptSuffix.VCOT.appended()).startsWith("\n\n\n\nGuidelines: Understand the given visual information");
    }

    @Test
    void aSuffixJoinedWithASpaceIsAlsoRecognised() {
        PromptSuffix.Split split = PromptSuffix.split("Q? " + PromptSuffix.DEFAULT.template());

        assertThat(split.question()).isEqualTo("Q?");
        assertThat(split.suffixText()).isEqualTo(" " + PromptSuffix.DEFAULT.template());
    }

    @Test
    void textWithoutAKnownSuffixIsAllQuestion() {
        PromptSuffix.Split split = PromptSuffix.split("Just a question.\n\n");

        assertThat(split.question()).isEqualTo("Just a question.\n\n");
        assertThat(split.suffix()).isEmpty();
    }

    @Test
    void theLastBalancedBoxedAnswerIsTaken() {
        assertThat(BoxedAnswer.last("first \\boxed{A} then \\boxed{\\frac{1}{2}} done")).contains("\\frac{1}{2}");
        assertThat(BoxedAnswer.last("\\boxed{B} and an unclosed \\boxed{C")).contains("B");
        assertThat(BoxedAnswer.last("no box here")).isEqualTo(Optional.empty());
    }
}
