package io.pixelstudio.app.reasoning;

import io.pixelstudio.trace.Role;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One turn of a trace, prepared for display: who spoke, the text without the tool-call markup (the
 * call is shown as a {@link CallChip}), the images the turn carries (observations come back as user
 * turns) and the validation messages pointing at the turn.
 *
 * @param index            index into the trace's turns
 * @param role             who spoke
 * @param text             the turn's text, tool-call block removed
 * @param call             the tool call of an assistant turn, when it has one
 * @param observationPaths image paths of a user turn, as written in the file
 * @param flags            messages of the ERROR and WARNING findings located at this turn
 */
public record TurnItem(int index, Role role, String text, Optional<CallChip> call, List<String> observationPaths,
                       List<String> flags) {

    public TurnItem {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative, got " + index);
        }
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(call, "call");
        observationPaths = List.copyOf(observationPaths);
        flags = List.copyOf(flags);
    }

    /** True for a turn holding a tool call. */
    public boolean isToolCall() {
        return call.isPresent();
    }

    /** True when the turn is shown collapsed by default: the system prompt is long and rarely read. */
    public boolean collapsible() {
        return role == Role.SYSTEM;
    }

    /** True when something about the turn is wrong: a finding, or a call flagged in red. */
    public boolean flagged() {
        return !flags.isEmpty() || call.map(CallChip::flagged).orElse(false);
    }

    /** The first non-blank line of the text, for the collapsed form. */
    public String firstLine() {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    }
}
