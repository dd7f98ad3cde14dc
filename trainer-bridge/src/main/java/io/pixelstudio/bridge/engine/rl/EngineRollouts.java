package io.pixelstudio.bridge.engine.rl;

import io.pixelstudio.bridge.engine.policy.PolicyRollout;
import io.pixelstudio.bridge.engine.probes.ProbeItem;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.ops.ToolCallParser;
import io.pixelstudio.trace.rollout.Rollout;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * Turns a written engine rollout into trace-model's {@link Rollout}, the type the reward, the
 * statistics and the rollout screen read. Why from the trace: tool calls are counted as the
 * reference counts them (assistant turns ending in {@code </tool_call>}), so the reward sees what a
 * reader of the written file sees; correctness is the probe's ground truth.
 */
public final class EngineRollouts {

    private EngineRollouts() {
    }

    /** The rollout {@code sample} of {@code item}'s group at {@code step}. */
    public static Rollout of(ProbeItem item, int step, int sample, PolicyRollout.Outcome outcome) {
        Objects.requireNonNull(item, "item");
        return of(item.id(), item.question(), item.answer(), false, step, sample, outcome.trace(), outcome.answer());
    }

    /**
     * The rollout {@code sample} of probe {@code id}'s group at {@code step}, for either engine:
     * {@code video} marks a video question, {@code given} is the answer the policy gave.
     */
    public static Rollout of(String id, String question, String answer, boolean video, int step, int sample,
                             Trace trace, String given) {
        Objects.requireNonNull(trace, "trace");
        List<Turn> assistant = trace.turns().stream().filter(t -> t.role() == Role.ASSISTANT).toList();
        int calls = (int) assistant.stream().filter(t -> ToolCallParser.triggersExecution(t.text())).count();
        String response = assistant.stream().map(Turn::text).collect(Collectors.joining("\n"));
        double correctness = answer.equals(given) ? 1 : 0;
        return new Rollout(id, step, sample, question, video, List.of(answer), response,
                Optional.of(trace), correctness, calls, 0, OptionalDouble.empty(), Map.of());
    }
}
