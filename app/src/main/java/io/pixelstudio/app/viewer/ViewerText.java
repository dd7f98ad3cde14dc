package io.pixelstudio.app.viewer;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.trace.Box;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;

/**
 * The viewer's user-visible strings, from the studio's resource bundle (keys {@code viewer.*}).
 * Normalized coordinates are written in full (the model wrote them so); computed pixel values with
 * at most two decimals, without grouping, so they can be compared with the file.
 */
public final class ViewerText {

    private final Messages messages;

    /** The {@code viewer.*} keys of {@code messages}, arguments formatted without locale. */
    public ViewerText(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages").under("viewer.", Locale.ROOT);
    }

    /** The strings of the studio bundle for the default locale. */
    public static ViewerText load() {
        return new ViewerText(Messages.load());
    }

    /** A message by its key without the {@code viewer.} prefix, arguments filled in. */
    public String get(String key, Object... arguments) {
        return messages.get(key, arguments);
    }

    /** {@code 640×480 px · 391 visual tokens}, tokens as (W/28)·(H/28). */
    public String caption(int width, int height, long tokens) {
        return get("crop.caption", String.valueOf(width), String.valueOf(height), String.valueOf(tokens));
    }

    /** {@code [812.5, 1040, 940.13, 1140]}: at most two decimals. */
    static String pixels(Box box) {
        return "[" + pixels(box.x1()) + ", " + pixels(box.y1()) + ", " + pixels(box.x2()) + ", " + pixels(box.y2()) + "]";
    }

    private static String pixels(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
