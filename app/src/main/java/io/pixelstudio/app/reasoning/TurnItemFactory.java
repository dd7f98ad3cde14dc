package io.pixelstudio.app.reasoning;

import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.VisualOperation;
import io.pixelstudio.trace.ops.OperationResult;
import io.pixelstudio.trace.ops.ReplayStep;
import io.pixelstudio.trace.ops.ToolCall;
import io.pixelstudio.trace.ops.ToolCallParser;
import io.pixelstudio.trace.ops.TraceReplay;
import io.pixelstudio.trace.validate.Finding;
import io.pixelstudio.trace.validate.Severity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Derives the displayed turns from a trace, its replay and its validation findings. Calls are parsed
 * from the text with the reference parser, as the replay does, so the step numbers here are the
 * replay's steps in order; the replay adds what the environment answered.
 */
public final class TurnItemFactory {

    private final ReasoningText text;

    public TurnItemFactory(ReasoningText text) {
        this.text = Objects.requireNonNull(text, "text");
    }

    /**
     * The turns of {@code trace}, in order.
     *
     * @param replay   the trace's replay, or null when it is not (yet) available
     * @param findings findings for this trace; those of other traces, without a turn, or below
     *                 WARNING are ignored
     */
    public List<TurnItem> items(Trace trace, TraceReplay.Replay replay, List<Finding> findings) {
        Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(findings, "findings");
        Map<Integer, ReplayStep> steps = new HashMap<>();
        if (replay != null) {
            replay.steps().forEach(s -> steps.put(s.turnIndex(), s));
        }
        List<TurnItem> items = new ArrayList<>(trace.turns().size());
        int step = 0;
        for (int t = 0; t < trace.turns().size(); t++) {
            Turn turn = trace.turns().get(t);
            String turnText = turn.text();
            Optional<ToolCall> call = turn.role() == Role.ASSISTANT ? ToolCallParser.parse(turnText) : Optional.empty();
            Optional<CallChip> chip = Optional.empty();
            if (call.isPresent()) {
                step++;
                chip = Optional.of(chip(step, call.get(), steps.get(t)));
                turnText = withoutCall(turnText);
            }
            List<String> observations = turn.role() == Role.USER ? turn.imagePaths() : List.of();
            items.add(new TurnItem(t, turn.role(), turnText.strip(), chip, observations, flags(trace, t, findings)));
        }
        return items;
    }

    private CallChip chip(int step, ToolCall call, ReplayStep replayed) {
        Optional<String> failure = Optional.empty();
        Optional<String> notExecuted = Optional.empty();
        if (replayed != null) {
            if (replayed.result().orElse(null) instanceof OperationResult.Failure f) {
                failure = Optional.of(f.errorText().strip());
            }
            if (!replayed.executed()) {
                notExecuted = Optional.of(replayed.note());
            }
        }
        if (call instanceof ToolCall.Invalid invalid) {
            return new CallChip(step, text.invalidChip(step, invalid.message()), invalid.json(),
                    Optional.of(invalid.message()), failure, notExecuted);
        }
        VisualOperation operation = ((ToolCall.Valid) call).operation();
        String label = operation instanceof VisualOperation.ZoomIn zoom
                ? text.zoomChip(step, zoom.targetImage(), zoom.box())
                : text.selectChip(step, ((VisualOperation.SelectFrames) operation).frames());
        return new CallChip(step, label, call.json(), Optional.empty(), failure, notExecuted);
    }

    /** The text with the last tool-call block (the one the reference parses) cut out. */
    private static String withoutCall(String text) {
        int start = text.lastIndexOf(ToolCallParser.START_TAG);
        int end = text.indexOf(ToolCallParser.END_TAG, start);
        String after = end < 0 ? "" : text.substring(end + ToolCallParser.END_TAG.length());
        return text.substring(0, start).stripTrailing() + after.replace("<|im_end|>", "").stripTrailing();
    }

    private static List<String> flags(Trace trace, int turn, List<Finding> findings) {
        return findings.stream()
                .filter(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING)
                .filter(f -> f.location().traceId().map(trace.id()::equals).orElse(true))
                .filter(f -> f.location().turn().isPresent() && f.location().turn().getAsInt() == turn)
                .map(Finding::message)
                .distinct()
                .toList();
    }
}
