package io.pixelstudio.trace.edit;

import java.util.List;
import java.util.Objects;

/**
 * One user gesture as the history keeps it — one undo step, however many traces it touched (a bulk
 * verdict on 200 selected traces is one step).
 */
public record EditStep(String description, List<TraceChange> changes) {

    public EditStep {
        Objects.requireNonNull(description, "description");
        changes = List.copyOf(changes);
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("a step changes at least one trace");
        }
    }
}
