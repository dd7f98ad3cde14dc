package io.pixelstudio.trace.rollout;

import io.pixelstudio.trace.Extras;
import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class RolloutTraceTest {

    private static Trace trace(String... texts) {
        List<Turn> turns = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            turns.add(Turn.text(i % 2 == 0 ? Role.ASSISTANT : Role.USER, texts[i]));
        }
        return new Trace("t", "test", "q", List.of(), List.of(), List.of(), turns, Review.none(), Extras.empty());
    }

    @Test
    void compactTraceIsDecodedOnRequestOnceAndEqualsTheOriginal() {
        Trace original = trace("<tool_call>…</tool_call>", "Execution error: bad box", "\\boxed{A}");
        AtomicInteger decodes = new AtomicInteger();
        RolloutTrace compact = RolloutTrace.compact(original, "x".getBytes(StandardCharsets.UTF_8), bytes -> {
            decodes.incrementAndGet();
            return original;
        });

        assertThat(decodes).hasValue(0);
        assertThat(compact.get()).contains(original);
        assertThat(compact.get()).contains(original);
        assertThat(decodes).as("kept softly after the first decode").hasValue(1);
        assertThat(compact).isEqualTo(RolloutTrace.of(Optional.of(original)));
        assertThat(compact.encodedSize()).isEqualTo(1);
    }

    @Test
    void failedCallFlagIsTakenFromTheTraceWithoutDecodingItAgain() {
        AtomicInteger decodes = new AtomicInteger();
        RolloutTrace failed = RolloutTrace.compact(trace("<tool_call>…</tool_call>", "Execution error: bad box",
                "\\boxed{A}"), new byte[1], bytes -> {
                    decodes.incrementAndGet();
                    return null;
                });
        RolloutTrace fine = RolloutTrace.of(Optional.of(trace("<tool_call>…</tool_call>", "<tool_response>",
                "\\boxed{A}")));

        assertThat(failed.endedAfterFailedCall()).isTrue();
        assertThat(fine.endedAfterFailedCall()).isFalse();
        assertThat(decodes).hasValue(0);
    }

    @Test
    void noTraceIsEmptyAndNeverEndedAfterAFailedCall() {
        assertThat(RolloutTrace.none().get()).isEmpty();
        assertThat(RolloutTrace.none().isPresent()).isFalse();
        assertThat(RolloutTrace.of(Optional.empty())).isSameAs(RolloutTrace.none());
        assertThat(RolloutTrace.none().endedAfterFailedCall()).isFalse();
    }
}
