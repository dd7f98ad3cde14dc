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
 * @param lazyTrace    the rollout as a trace (turns with tool calls), when it could be rebuilt; read it
 *                     through {@link #trace()}
 * @param correctness  1 correct, 0 wrong, −1 answer could not be parsed (the reference's convention)
 * @param toolCalls    turns ending in a tool call, failed and forced-stop ones included
 * @param toolFailures failed or forced-stop tool calls
 * @param storedReward the shaped reward the dump stored, when it stored one
 * @param recorded     other per-rollout numbers the source stored (curiosity, penalty, validity …), by name
 */
public record Rollout(String qid, int step, int sample, String question, boolean video, List<String> groundTruths,
                      String response, RolloutTrace lazyTrace, double correctness, int toolCalls, int toolFailures,
                      OptionalDouble storedReward, Map<String, Double> recorded) {

    public Rollout {
        Objects.requireNonNull(qid, "qid");
        Objects.requireNonNull(question, "question");
        groundTruths = List.copyOf(groundTruths);
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(lazyTrace, "lazyTrace");
        if (correctness != 1 && correctness != 0 && correctness != -1) {
            throw new IllegalArgumentException("correctness must be 1, 0 or -1: " + correctness);
        }
        if (toolCalls < 0 || toolFailures < 0) {
            throw new IllegalArgumentException("tool call counts must not be negative");
        }
        Objects.requireNonNull(storedReward, "storedReward");
        recorded = Map.copyOf(recorded);
    }

    /** A rollout whose trace is held decoded. */
    public Rollout(String qid, int step, int sample, String question, boolean video, List<String> groundTruths,
                   String response, Optional<Trace> trace, double correctness, int toolCalls, int toolFailures,
                   OptionalDouble storedReward, Map<String, Double> recorded) {
        this(qid, step, sample, question, video, groundTruths, response, RolloutTrace.of(trace), correctness,
                toolCalls, toolFailures, storedReward, recorded);
    }

    /** The rollout as a trace, when it could be rebuilt (decoded now if it is held compactly). */
    public Optional<Trace> trace() {
        return lazyTrace.get();
    }

    /**
     * Key in {@link #recorded()} under which an importer records (as 1.0 / 0.0) that the rollout's
     * final answer came right after a failed operation — the reference's {@code final_error_flags}.
     */
    public static final String ENDED_AFTER_FAILED_CALL = "ended_after_failed_call";

    /** The text the reference feeds back to the model when an operation fails. */
    static final String EXECUTION_ERROR_MARKER = "Execution error";

    /**
     * Whether the final answer followed a failed operation without a successful one in between.
     * Read from {@link #recorded()} when the importer stored it, otherwise derived from the trace: the
     * last assistant turn comes right after a user turn carrying the reference's execution-error text.
     */
    public boolean endedAfterFailedCall() {
        Double flag = recorded.get(ENDED_AFTER_FAILED_CALL);
        if (flag != null) {
            return flag > 0.5;
        }
        return lazyTrace.endedAfterFailedCall();
    }

    /** True when the rollout used at least one pixel-space operation. */
    public boolean usedOperation() {
        return toolCalls > 0;
    }
}
