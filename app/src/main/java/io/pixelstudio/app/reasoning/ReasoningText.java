package io.pixelstudio.app.reasoning;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.Role;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
        String numbers = Stream.of(box.x1(), box.y1(), box.x2(), box.y2())
                .map(ReasoningText::exact).collect(Collectors.joining(", ", "[", "]"));
        return get("chip.zoom", String.valueOf(step), String.valueOf(targetImage), numbers, convention(box.convention()));
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

    /** The shortest exact decimal form: {@code 0.41}, {@code 120}, {@code 1.0E-7} becomes {@code 0.0000001}. */
    static String exact(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
    }
}
