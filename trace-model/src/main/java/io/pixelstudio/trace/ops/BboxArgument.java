package io.pixelstudio.trace.ops;

import com.fasterxml.jackson.databind.JsonNode;
import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;

/**
 * Reads the {@code bbox_2d} argument the way the reference {@code crop_image_normalized} does:
 * "normalized" only when each of the first four values is below 1 (tested left to right, stopping
 * at the first that is not), then {@code float()} of each of the first four, so extra values are
 * ignored and, after a failed test, even numeric strings are accepted. Failures carry Python's
 * exception text because that is what the model is shown.
 */
final class BboxArgument {

    /** The box read, or null when the reference would raise {@link #error}. */
    final Box box;
    /** Python's {@code str(e)} for the raised exception, or null. */
    final String error;
    /** A clear explanation of {@link #error}, or null. */
    final String explanation;

    private BboxArgument(Box box, String error, String explanation) {
        this.box = box;
        this.error = error;
        this.explanation = explanation;
    }

    static BboxArgument read(JsonNode bbox) {
        String type = PythonValues.typeName(bbox);
        if (!type.equals("list")) {
            return failure(nonListError(bbox), "bbox_2d must be a list of four numbers, got " + type);
        }
        boolean normalized = true;
        for (int i = 0; i < 4 && normalized; i++) {
            if (i >= bbox.size()) {
                return tooShort(bbox);
            }
            JsonNode v = bbox.get(i);
            if (!PythonValues.isNumber(v)) {
                return failure(PythonValues.comparisonError("<", v),
                        "bbox_2d[" + i + "] must be a number, got " + PythonValues.typeName(v));
            }
            normalized = PythonValues.number(v) < 1;
        }
        double[] values = new double[4];
        for (int i = 0; i < 4; i++) {
            if (i >= bbox.size()) {
                return tooShort(bbox);
            }
            JsonNode v = bbox.get(i);
            if (PythonValues.isNumber(v)) {
                values[i] = PythonValues.number(v);
            } else if (v.isTextual()) {
                Double parsed = PythonValues.parseFloat(v.textValue());
                if (parsed == null) {
                    return failure("could not convert string to float: " + PythonText.stringRepr(v.textValue()),
                            "bbox_2d[" + i + "] is not a number: " + v);
                }
                values[i] = parsed;
            } else {
                return failure(PythonValues.floatConversionError(v),
                        "bbox_2d[" + i + "] must be a number, got " + PythonValues.typeName(v));
            }
            if (!Double.isFinite(values[i])) {
                return new BboxArgument(null, null, "bbox_2d[" + i + "] is not finite: " + v);
            }
        }
        BoxConvention convention = normalized ? BoxConvention.NORMALIZED : BoxConvention.MODEL_INPUT_PIXELS;
        return new BboxArgument(new Box(values[0], values[1], values[2], values[3], convention), null, null);
    }

    private static String nonListError(JsonNode bbox) {
        return switch (PythonValues.typeName(bbox)) {
            case "dict" -> "0";
            case "str" -> bbox.textValue().isEmpty()
                    ? "string index out of range"
                    : "'<' not supported between instances of 'str' and 'int'";
            default -> "'" + PythonValues.typeName(bbox) + "' object is not subscriptable";
        };
    }

    private static BboxArgument tooShort(JsonNode bbox) {
        return failure("list index out of range", "bbox_2d must have four values, got " + bbox.size());
    }

    private static BboxArgument failure(String error, String explanation) {
        return new BboxArgument(null, error, explanation);
    }
}
