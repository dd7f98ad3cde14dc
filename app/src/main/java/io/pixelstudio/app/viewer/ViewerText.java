package io.pixelstudio.app.viewer;

import io.pixelstudio.trace.Box;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The viewer's user-visible strings, from the studio's resource bundle (keys {@code viewer.*}).
 * Normalized coordinates are written in full (the model wrote them so); computed pixel values with
 * at most two decimals, without grouping, so they can be compared with the file.
 */
public final class ViewerText {

    /** The studio's resource bundle base name. */
    public static final String BUNDLE = "io.pixelstudio.app.messages";

    private final ResourceBundle bundle;

    public ViewerText(ResourceBundle bundle) {
        this.bundle = Objects.requireNonNull(bundle, "bundle");
    }

    /** The strings of the studio bundle for the default locale. */
    public static ViewerText load() {
        return new ViewerText(ResourceBundle.getBundle(BUNDLE));
    }

    /** A message by its key without the {@code viewer.} prefix, arguments filled in. */
    public String get(String key, Object... arguments) {
        String pattern = bundle.getString("viewer." + key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }

    /** {@code 640×480 px · 391 visual tokens}, tokens as (W/28)·(H/28). */
    public String caption(int width, int height, long tokens) {
        return get("crop.caption", String.valueOf(width), String.valueOf(height), String.valueOf(tokens));
    }

    /** {@code [0.41, 0.52, 0.47, 0.57]} with every digit given. */
    static String exact(Box box) {
        return "[" + exact(box.x1()) + ", " + exact(box.y1()) + ", " + exact(box.x2()) + ", " + exact(box.y2()) + "]";
    }

    /** {@code [812.5, 1040, 940.13, 1140]}: at most two decimals. */
    static String pixels(Box box) {
        return "[" + pixels(box.x1()) + ", " + pixels(box.y1()) + ", " + pixels(box.x2()) + ", " + pixels(box.y2()) + "]";
    }

    private static String exact(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String pixels(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
