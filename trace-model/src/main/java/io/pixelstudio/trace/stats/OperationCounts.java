package io.pixelstudio.trace.stats;

import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.VisualOperation;
import io.pixelstudio.trace.ops.ToolCall;
import io.pixelstudio.trace.ops.ToolCallParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The tool calls of one trace, found the one way that the trace list and the dataset statistics
 * both count them: each assistant turn parsed with {@link ToolCallParser}; a call that parses to a
 * visual operation is valid, any other call is invalid; turns without a call do not count. Nothing
 * is executed and no file is opened, so this is cheap enough to run on every trace of a large file.
 *
 * @param operations   the valid operations, in turn order
 * @param invalidCalls tool calls that do not parse as a valid operation
 */
public record OperationCounts(List<VisualOperation> operations, int invalidCalls) {

    public OperationCounts {
        operations = List.copyOf(operations);
        if (invalidCalls < 0) {
            throw new IllegalArgumentException("invalidCalls must not be negative: " + invalidCalls);
        }
    }

    /** The tool calls in the assistant turns of {@code trace}. */
    public static OperationCounts of(Trace trace) {
        Objects.requireNonNull(trace, "trace");
        List<VisualOperation> valid = new ArrayList<>();
        int invalid = 0;
        for (Turn turn : trace.turns()) {
            if (turn.role() != Role.ASSISTANT) {
                continue;
            }
            Optional<ToolCall> call = ToolCallParser.parse(turn.text());
            if (call.isEmpty()) {
                continue;
            }
            if (call.get() instanceof ToolCall.Valid ok) {
                valid.add(ok.operation());
            } else {
                invalid++;
            }
        }
        return new OperationCounts(valid, invalid);
    }

    /** Valid zoom-in calls. */
    public int zoomIns() {
        return (int) operations.stream().filter(VisualOperation.ZoomIn.class::isInstance).count();
    }

    /** Valid select-frames calls. */
    public int selectFrames() {
        return (int) operations.stream().filter(VisualOperation.SelectFrames.class::isInstance).count();
    }

    /** All tool calls, valid or not. */
    public int calls() {
        return operations.size() + invalidCalls;
    }
}
