package io.pixelstudio.trace.ops;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How a JSON value behaves once Python's {@code json.loads} has turned it into a Python object:
 * its type name and the exception texts the reference code's operations on it raise. The
 * reference reports a failed tool call as {@code str(e)} of whatever was raised, so the studio
 * needs these texts to say exactly what the model was told. Wording follows CPython 3.10.
 */
final class PythonValues {

    private PythonValues() {
    }

    /** Python type name of the decoded value: int, float, str, list, dict, bool, NoneType. */
    static String typeName(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "NoneType";
        }
        if (node.isBoolean()) {
            return "bool";
        }
        if (node.isIntegralNumber()) {
            return "int";
        }
        if (node.isNumber()) {
            return "float";
        }
        if (node.isTextual()) {
            return "str";
        }
        if (node.isArray()) {
            return "list";
        }
        return "dict";
    }

    /** True for values Python treats as numbers (bool is an int subclass). */
    static boolean isNumber(JsonNode node) {
        return node != null && (node.isNumber() || node.isBoolean());
    }

    /** True for values usable as a list index: int or bool. */
    static boolean isInteger(JsonNode node) {
        return node != null && (node.isIntegralNumber() || node.isBoolean());
    }

    /** The numeric value (bool: 1 or 0). */
    static double number(JsonNode node) {
        return node.isBoolean() ? (node.booleanValue() ? 1 : 0) : node.doubleValue();
    }

    /** The text of {@code str(e)} when {@code value[key]} is evaluated with a string key. */
    static String subscriptWithStringError(JsonNode value, String key) {
        return switch (typeName(value)) {
            case "dict" -> PythonText.stringRepr(key);
            case "list" -> "list indices must be integers or slices, not str";
            case "str" -> "string indices must be integers";
            default -> "'" + typeName(value) + "' object is not subscriptable";
        };
    }

    /** Python {@code repr(value)} for a scalar used as a dict key (KeyError text). */
    static String keyRepr(JsonNode value) {
        return switch (typeName(value)) {
            case "str" -> PythonText.stringRepr(value.textValue());
            case "NoneType" -> "None";
            case "bool" -> value.booleanValue() ? "True" : "False";
            case "float" -> PythonText.floatRepr(value.doubleValue());
            default -> value.asText();
        };
    }

    /** True when {@code value} is a valid Python dict key (lists and dicts are unhashable). */
    static boolean isHashable(JsonNode value) {
        return !(value.isArray() || value.isObject());
    }

    /** The text of the TypeError raised by {@code a < b} or {@code a > b} with an int right side. */
    static String comparisonError(String operator, JsonNode left) {
        return "'" + operator + "' not supported between instances of '" + typeName(left) + "' and 'int'";
    }

    /** The text of the TypeError raised by {@code float(value)} for a non-number, non-string. */
    static String floatConversionError(JsonNode value) {
        return "float() argument must be a string or a real number, not '" + typeName(value) + "'";
    }

    /**
     * Python {@code float(text)}: optional surrounding whitespace, decimal or exponent notation,
     * {@code inf}/{@code nan}, digit-separating underscores. Null when Python would raise.
     */
    static Double parseFloat(String text) {
        String t = text.strip();
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        double sign = lower.startsWith("-") ? -1 : 1;
        if (unsigned.equals("inf") || unsigned.equals("infinity")) {
            return sign * Double.POSITIVE_INFINITY;
        }
        if (unsigned.equals("nan")) {
            return Double.NaN;
        }
        if (!t.matches("[+-]?((\\d(_?\\d)*)?\\.?\\d(_?\\d)*|\\d(_?\\d)*\\.)([eE][+-]?\\d(_?\\d)*)?")) {
            return null;
        }
        return Double.parseDouble(t.replace("_", ""));
    }
}
