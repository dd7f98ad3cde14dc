package io.pixelstudio.bridge.probe;

import io.pixelstudio.bridge.agent.StopReason;
import io.pixelstudio.trace.Trace;

import java.util.Objects;
import java.util.Optional;

/**
 * One probe of one trace: the answer before and after the counterfactual, or why it was skipped.
 *
 * @param traceId        the probed trace (a benchmark qid)
 * @param turn           index of the assistant turn whose zoom-in was altered
 * @param kind           how it was altered
 * @param originalAnswer the answer the trace gave (last {@code \boxed}, else the reply)
 * @param probedAnswer   the answer after the counterfactual, empty when skipped
 * @param changed        whether the two answers differ (after the benchmark answer cleaning, case-insensitive)
 * @param stopReason     how the re-asked conversation ended, empty when skipped
 * @param skipped        why no probe ran (no zoom-in at the turn, no place for the region), else empty
 * @param probedTrace    the re-asked conversation, when one ran
 */
public record ProbeOutcome(String traceId, int turn, ProbeKind kind, String originalAnswer, Optional<String> probedAnswer,
                           boolean changed, Optional<StopReason> stopReason, Optional<String> skipped,
                           Optional<Trace> probedTrace) {

    public ProbeOutcome {
        Objects.requireNonNull(traceId, "traceId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(originalAnswer, "originalAnswer");
        Objects.requireNonNull(probedAnswer, "probedAnswer");
        Objects.requireNonNull(stopReason, "stopReason");
        Objects.requireNonNull(skipped, "skipped");
        Objects.requireNonNull(probedTrace, "probedTrace");
    }

    static ProbeOutcome skipped(String traceId, int turn, ProbeKind kind, String originalAnswer, String why) {
        return new ProbeOutcome(traceId, turn, kind, originalAnswer, Optional.empty(), false, Optional.empty(),
                Optional.of(why), Optional.empty());
    }
}
