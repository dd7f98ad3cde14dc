package io.pixelstudio.app.reasoning;

import java.util.Objects;
import java.util.Optional;

/**
 * One tool call as the pane shows it: a chip naming the operation and its arguments, numbered by
 * step (the call's position among the trace's calls, the number the viewer puts on its box), with
 * what went wrong when the call was invalid, failed or was never executed. Kept apart from the
 * parsed call so the view only lays out text.
 *
 * @param step           1-based position of the call among the trace's tool calls
 * @param label          the chip text, e.g. {@code zoom-in #1 · image 1 · [0.41, 0.52, 0.47, 0.57] normalized}
 * @param json           the call's JSON exactly as written (shown as the chip's tooltip)
 * @param invalidMessage why the call cannot be executed, for a call the parser rejects
 * @param failure        the error the replayed environment reported for this call
 * @param notExecuted    why the reference would not execute the call at all
 */
public record CallChip(int step, String label, String json, Optional<String> invalidMessage,
                       Optional<String> failure, Optional<String> notExecuted) {

    public CallChip {
        if (step < 1) {
            throw new IllegalArgumentException("step must be 1 or more, got " + step);
        }
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(invalidMessage, "invalidMessage");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(notExecuted, "notExecuted");
    }

    /** True when the call is drawn in red: the parser rejected it or the environment reported an error. */
    public boolean flagged() {
        return invalidMessage.isPresent() || failure.isPresent();
    }
}
