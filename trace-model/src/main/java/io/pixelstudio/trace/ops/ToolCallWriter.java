package io.pixelstudio.trace.ops;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.VisualOperation;

import java.util.Objects;

/**
 * Formats a {@link VisualOperation} as the tool-call text the reference data uses, so an edited
 * call reads exactly like one the model wrote:
 * {@code <tool_call>\n{"name": ..., "arguments": {...}}\n</tool_call>} with Python
 * {@code json.dumps} spacing ({@code ", "} and {@code ": "}) and Python float text.
 *
 * <p>Box values in {@link BoxConvention#NORMALIZED} are written as floats ({@code 0.0}, {@code 0.25});
 * pixel values that are whole numbers are written as integers, as models write them. A box must be
 * NORMALIZED or MODEL_INPUT_PIXELS (the only conventions the tool understands); note that the
 * reference reads a normalized box with a value of 1.0 or more as pixels.
 */
public final class ToolCallWriter {

    private ToolCallWriter() {
    }

    /** The complete tool-call text, tags and newlines included. */
    public static String write(VisualOperation operation) {
        return ToolCallParser.START_TAG + "\n" + writeJson(operation) + "\n" + ToolCallParser.END_TAG;
    }

    /** The JSON payload alone, as {@code json.dumps} would write it. */
    public static String writeJson(VisualOperation operation) {
        Objects.requireNonNull(operation, "operation");
        String arguments;
        if (operation instanceof VisualOperation.ZoomIn zoom) {
            arguments = "{\"bbox_2d\": " + boxJson(zoom.box()) + ", \"target_image\": " + zoom.targetImage() + "}";
        } else if (operation instanceof VisualOperation.SelectFrames frames) {
            arguments = "{\"target_frames\": " + PythonText.intListRepr(frames.frames()) + "}";
        } else {
            throw new IllegalArgumentException("unknown operation " + operation);
        }
        return "{\"name\": \"" + operation.toolName() + "\", \"arguments\": " + arguments + "}";
    }

    private static String boxJson(Box box) {
        if (box.convention() == BoxConvention.ORIGINAL_PIXELS) {
            throw new IllegalArgumentException("the tool cannot take a box in ORIGINAL_PIXELS;"
                    + " convert it to NORMALIZED or MODEL_INPUT_PIXELS first");
        }
        boolean pixels = box.convention() == BoxConvention.MODEL_INPUT_PIXELS;
        return "[" + value(box.x1(), pixels) + ", " + value(box.y1(), pixels) + ", "
                + value(box.x2(), pixels) + ", " + value(box.y2(), pixels) + "]";
    }

    private static String value(double v, boolean pixels) {
        if (pixels && v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return PythonText.floatRepr(v);
    }
}
