package io.pixelstudio.trace.rollout;

import io.pixelstudio.trace.Extras;
import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

class RolloutTest {

    private static Rollout withTurns(Map<String, Double> recorded, Turn... turns) {
        Trace trace = new Trace("t", "rl", "q", List.of(), List.of(), List.of(), List.of(turns), Review.none(),
                Extras.empty());
        return new Rollout("q1", 3, 0, "q", false, List.of("A"), "r", Optional.of(trace), 1, 1, 1,
                OptionalDouble.empty(), recorded);
    }

    @Test
    void finalAnswerAfterAnExecutionErrorCountsAsEndedAfterFailedCall() {
        Rollout r = withTurns(Map.of(),
                Turn.text(Role.USER, "question"),
                Turn.text(Role.ASSISTANT, "<tool_call>{}</tool_call>"),
                Turn.text(Role.USER, "\nExecution error:\nbad bbox\n"),
                Turn.text(Role.ASSISTANT, "\\boxed{A}"));
        assertThat(r.endedAfterFailedCall()).isTrue();
    }

    @Test
    void finalAnswerAfterASuccessfulCropDoesNot() {
        Rollout r = withTurns(Map.of(),
                Turn.text(Role.USER, "question"),
                Turn.text(Role.ASSISTANT, "<tool_call>{}</tool_call>"),
                Turn.text(Role.USER, "\nHere is the cropped image (Image Size: 20x20):"),
                Turn.text(Role.ASSISTANT, "\\boxed{A}"));
        assertThat(r.endedAfterFailedCall()).isFalse();
    }

    @Test
    void aRecordedFlagWinsOverTheTrace() {
        Rollout r = withTurns(Map.of(Rollout.ENDED_AFTER_FAILED_CALL, 0.0),
                Turn.text(Role.USER, "Execution error"),
                Turn.text(Role.ASSISTANT, "\\boxed{A}"));
        assertThat(r.endedAfterFailedCall()).isFalse();
    }
}
