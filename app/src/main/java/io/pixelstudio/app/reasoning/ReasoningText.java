package io.pixelstudio.app.reasoning;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.app.i18n.NumberForms;
import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.Role;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The pane's user-visible strings, from the studio's resource bundle (keys {@code reasoning.*}).
 * Numbers from the trace are written exactly as the model wrote them (no rounding, no grouping),
 * because researchers compare them with the file.
 */
public final class ReasoningText {

    private final Messages messages;

    /** The {@code reasoning.*} keys of {@code messages}, arguments formatted without locale. */
    public ReasoningText(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages").under("reasoning.", Locale.ROOT);
    }

    /** The strings of the studio bundle for the default locale. */
    public static ReasoningText load() {
        return new ReasoningText(Messages.load());
    }

    /** A message by its key without the {@code reasoning.} prefix, arguments filled in. */
    public String get(String key, Object... arguments) {
        return messages.get(key, arguments);
    }

    /** The role's badge text. */
    public String role(Role role) {
        return get("role." + role.wireName());
    }

    /** {@code zoom-in #1 · image 1 · [0.41, 0.52, 0.47, 0.57] normalized}. */
    public String zoomChip(int step, int targetImage, Box box) {
        return get("chip.zoom", String.valueOf(step), String.valueOf(targetImage), NumberForms.exact(box),
                convention(box.convention()));
    }

    /** {@code select-frames #2 · 8, 9, 10}. */
    public String selectChip(int step, List<Integer> frames) {
        String list = frames.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return get("chip.select", String.valueOf(step), list);
    }

    /** The chip of a call the parser rejects. */
    public String invalidChip(int step, String message) {
        return get("chip.invalid", String.valueOf(step), message);
    }

    private String convention(BoxConvention convention) {
        return get("convention." + convention.name().toLowerCase(Locale.ROOT));
    }
}
