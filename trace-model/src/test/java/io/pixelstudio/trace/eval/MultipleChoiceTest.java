package io.pixelstudio.trace.eval;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MultipleChoiceTest {

    private final MultipleChoice mc = new MultipleChoice(new AnswerEquivalence(new AnswerExtractor(), new NumberReader()));

    @Test
    void readsOptionsOnePerLineOrInline() {
        assertThat(mc.options("What colour is the bag?\n(A) black\n(B) white\n(C) red"))
                .containsExactly(Map.entry('A', "black"), Map.entry('B', "white"), Map.entry('C', "red"));
        assertThat(mc.options("Options: (A) left (B) right"))
                .containsExactly(Map.entry('A', "left"), Map.entry('B', "right"));
    }

    @Test
    void readsTheLetterInEveryCommonForm() {
        Map<Character, String> options = Map.of('A', "black", 'B', "white");
        assertThat(mc.letter("(B)", options)).contains('B');
        assertThat(mc.letter("b.", options)).contains('B');
        assertThat(mc.letter("B", options)).contains('B');
        assertThat(mc.letter("(b) white", options)).contains('B');
        assertThat(mc.letter("White", options)).contains('B');
        assertThat(mc.letter("grey", options)).isEmpty();
        assertThat(mc.letter("C", options)).isEmpty();
    }
}
