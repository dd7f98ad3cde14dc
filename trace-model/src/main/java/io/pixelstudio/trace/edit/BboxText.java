package io.pixelstudio.trace.edit;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.ImageGeometry;
import io.pixelstudio.trace.ops.PythonText;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Turns a box the user drew into the {@code bbox_2d} values a trace writes: in the convention the
 * call already uses (normalized, or pixels of the resized model input), with its precision
 * (normalized values at least 2 decimals; pixels as integers when the call wrote integers). A
 * normalized value is kept below 1 — the largest value at that precision — because the reference
 * reads a box with any value of 1 or more as pixels; after its 0.1 padding that clamps to the same
 * edge, so the cut is unchanged.
 */
final class BboxText {

    /** The values to write, in the call's convention, and their array literal. */
    record Written(Box box, String arrayText) {
    }

    private BboxText() {
    }

    /**
     * @param newBox     the box as drawn, NORMALIZED or MODEL_INPUT_PIXELS of the target image
     * @param convention the convention the call uses
     * @param oldArray   the call's current array literal, for precision and spacing
     * @param targetSize the target image as the model received it ({width, height}), if known
     */
    static Written write(int turnIndex, Box newBox, BoxConvention convention, Optional<String> oldArray,
                         Optional<int[]> targetSize) throws EditException {
        String where = "turn " + turnIndex + ", bbox_2d";
        if (newBox.convention() == BoxConvention.ORIGINAL_PIXELS) {
            throw new EditException(where + ": give the box in NORMALIZED or MODEL_INPUT_PIXELS units of the image"
                    + " the call crops, not in pixels of the original file");
        }
        if (newBox.x2() <= newBox.x1() || newBox.y2() <= newBox.y1()) {
            throw new EditException(where + ": the box must have x1 < x2 and y1 < y2, got [" + newBox.x1() + ", "
                    + newBox.y1() + ", " + newBox.x2() + ", " + newBox.y2() + "]");
        }
        Box normalized = newBox;
        Box converted = newBox;
        if (newBox.convention() != BoxConvention.NORMALIZED || convention != BoxConvention.NORMALIZED) {
            if (targetSize.isEmpty()) {
                throw new EditException(where + ": the image the call crops does not exist, so a box in "
                        + newBox.convention() + " cannot be written in " + convention);
            }
            int[] size = targetSize.get();
            ImageGeometry geometry = new ImageGeometry(size[0], size[1], size[0], size[1]);
            normalized = newBox.to(BoxConvention.NORMALIZED, geometry);
            converted = newBox.to(convention, geometry);
        }
        requireInside(where, "x1", normalized.x1());
        requireInside(where, "y1", normalized.y1());
        requireInside(where, "x2", normalized.x2());
        requireInside(where, "y2", normalized.y2());
        int decimals = oldArray.map(ArgumentText::decimals).orElse(0);
        String separator = ArgumentText.separator(oldArray);
        double[] values = {converted.x1(), converted.y1(), converted.x2(), converted.y2()};
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < 4; i++) {
            values[i] = convention == BoxConvention.NORMALIZED
                    ? normalizedValue(values[i], Math.max(2, decimals))
                    : round(values[i], decimals);
            text.append(i == 0 ? "" : separator).append(format(values[i], convention, decimals));
        }
        if (values[2] <= values[0] || values[3] <= values[1]) {
            throw new EditException(where + ": the box is narrower than the precision the call is written in ("
                    + text.append(']') + ")");
        }
        Box written = new Box(values[0], values[1], values[2], values[3], convention);
        return new Written(written, text.append(']').toString());
    }

    private static void requireInside(String where, String name, double value) throws EditException {
        if (value < 0 || value > 1) {
            throw new EditException(where + ": " + name + " lies outside the image (" + value
                    + " of its size; allowed 0 to 1)");
        }
    }

    private static double normalizedValue(double v, int decimals) {
        double largest = 1 - Math.pow(10, -decimals);
        return Math.min(round(v, decimals), BigDecimal.valueOf(largest).setScale(decimals, RoundingMode.HALF_UP).doubleValue());
    }

    private static double round(double v, int decimals) {
        return new BigDecimal(Double.toString(v)).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    private static String format(double v, BoxConvention convention, int decimals) {
        if (convention == BoxConvention.MODEL_INPUT_PIXELS && decimals == 0) {
            return Long.toString((long) v);
        }
        return PythonText.floatRepr(v);
    }
}
