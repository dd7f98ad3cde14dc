package io.pixelstudio.trace.rollout;

import io.pixelstudio.trace.Trace;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One sampled answer of an RL rollout group, with what the reward needs and what the dump stored.
 *
 * @param qid          question id (the group key together with {@code step})
 * @param step         training step (or eval iteration) the rollout belongs to; -1 when unknown
 * @param sample       index within its group as written by the source
 * @param question     the question text, empty when unknown
 * @param video        whether the question is about a video (the reference's curiosity divisor differs)
 * @param groundTruths accepted answers
 * @param response     the multi-turn output as text
 * @param trace        the rollout as a trace (turns with tool calls), when it could be rebuilt
 * @param correctness  1 correct, 0 wrong, −1 answer could not be parsed (the reference's convention)
 * @param toolCalls    turns ending in a tool call, failed and forced-stop ones included
 * @param toolFailures failed or forced-stop tool calls
 * @param storedReward the shaped reward the dump stored, when it stored one
 * @param recorded     other per-rollout numbers the source stored (curiosity, penalty, validity …), by name
 */
public record Rollout(String qid, int step, int sample, String question, boolean video, List<String> groundTruths,
                      String response, Optional<Trace> trace, double correctness, int toolCalls, int toolFailures,
                      OptionalDouble storedReward, Map<String, Double> recorded) {

    public Rollout {
        Objects.requireNonNull(qid, "qid");
        Objects.requireNonNull(question, "question");
        groundTruths = List.copyOf(groundTruths);
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(trace, "trace");
        if (correctness != 1 && correctness != 0 && correctness != -1) {
            throw new IllegalArgumentException("correctness must be 1, 0 or -1: " + correctness);
        }
        if (toolCalls < 0 || toolFailures < 0) {
            throw new IllegalArgumentException("tool call counts must not be negative");
        }
        Objects.requireNonNull(storedReward, "storedReward");
        recorded = Map.copyOf(recorded);
    }

    /** True when the rollout used at least one pixel-space operation. */
    public boolean usedOperation() {
        return toolCalls > 0;
    }
}
