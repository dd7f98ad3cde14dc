package io.pixelstudio.app.i18n;

import io.pixelstudio.trace.Box;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Numbers from a trace written exactly as the model wrote them: no rounding, no grouping, no
 * exponent, whatever the locale, because researchers compare what the studio shows with the file.
 * One form for the reasoning pane's call chips and the crop panel's box lines.
 */
public final class NumberForms {

    private NumberForms() {
    }

    /** The shortest exact decimal form: {@code 0.41}, {@code 120}, {@code 1.0E-7} becomes {@code 0.0000001}. */
    public static String exact(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** {@code [0.41, 0.52, 0.47, 0.57]}: the box's corners x1, y1, x2, y2, each {@link #exact(double) exact}. */
    public static String exact(Box box) {
        Objects.requireNonNull(box, "box");
        return "[" + exact(box.x1()) + ", " + exact(box.y1()) + ", " + exact(box.x2()) + ", " + exact(box.y2()) + "]";
    }
}
