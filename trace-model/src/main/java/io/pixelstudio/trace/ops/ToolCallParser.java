package io.pixelstudio.trace.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.pixelstudio.trace.VisualOperation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds and parses the tool call in an assistant turn's text, exactly as the reference code does.
 *
 * <p>The reference ({@code parse_last_tool} in {@code experience_maker.py}) takes the text after
 * the last {@code <tool_call>} up to the next {@code </tool_call>}, runs {@code json.loads} on it,
 * reads {@code ["name"]} and {@code ["arguments"]}, looks the name up among its two tools, and
 * reads the arguments while executing. Every way that can fail becomes an {@link ToolCall.Invalid}
 * carrying, where it can be reproduced, the exact Python error text the model was shown.
 * Failures that depend on the images (an out-of-range index, selecting frames of an image) are
 * the executors' business, not the parser's.
 */
public final class ToolCallParser {

    /** The opening tag. */
    public static final String START_TAG = "<tool_call>";
    /** The closing tag; the reference only executes a turn whose text ends with it. */
    public static final String END_TAG = "</tool_call>";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private ToolCallParser() {
    }

    /**
     * The tool call in {@code assistantText}, or empty when the text has no {@code <tool_call>} tag.
     */
    public static Optional<ToolCall> parse(String assistantText) {
        int start = assistantText.lastIndexOf(START_TAG);
        if (start < 0) {
            return Optional.empty();
        }
        int from = start + START_TAG.length();
        int end = assistantText.indexOf(END_TAG, from);
        if (end < 0) {
            String rest = assistantText.substring(from);
            return Optional.of(new ToolCall.Invalid(rest,
                    "unclosed " + START_TAG + ": no " + END_TAG + " follows the last " + START_TAG
                            + ", so the reference does not execute it"));
        }
        String json = assistantText.substring(from, end);
        return Optional.of(parseJson(json));
    }

    /**
     * True when the reference would execute this turn: its text, with {@code <|im_end|>} removed,
     * ends with {@code </tool_call>} (no trailing whitespace allowed).
     */
    public static boolean triggersExecution(String assistantText) {
        return assistantText.replace("<|im_end|>", "").endsWith(END_TAG);
    }

    /** Parses the JSON payload of a call (the text between the tags). */
    public static ToolCall parseJson(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return new ToolCall.Invalid(json, "tool call is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode()) {
            return new ToolCall.Invalid(json, "tool call is empty: expected a JSON object");
        }
        if (!root.isObject() || !root.has("name")) {
            return invalid(json, "tool call must be a JSON object with a \"name\"",
                    PythonValues.subscriptWithStringError(root, "name"));
        }
        if (!root.has("arguments")) {
            return invalid(json, "tool call has no \"arguments\"", PythonText.stringRepr("arguments"));
        }
        JsonNode name = root.get("name");
        JsonNode arguments = root.get("arguments");
        if (!PythonValues.isHashable(name)) {
            return invalid(json, "tool name must be a string, got " + PythonValues.typeName(name),
                    "unhashable type: '" + PythonValues.typeName(name) + "'");
        }
        if (name.isTextual() && name.textValue().equals("crop_image_normalized")) {
            return zoomIn(json, arguments);
        }
        if (name.isTextual() && name.textValue().equals("select_frames")) {
            return selectFrames(json, arguments);
        }
        return invalid(json, "unknown tool " + PythonValues.keyRepr(name)
                + "; the reference knows crop_image_normalized and select_frames", PythonValues.keyRepr(name));
    }

    private static ToolCall zoomIn(String json, JsonNode arguments) {
        if (!arguments.isObject() || !arguments.has("target_image")) {
            return invalid(json, "crop_image_normalized needs an object \"arguments\" with \"target_image\"",
                    PythonValues.subscriptWithStringError(arguments, "target_image"));
        }
        JsonNode target = arguments.get("target_image");
        if (!PythonValues.isNumber(target)) {
            return invalid(json, "target_image must be an integer, got " + PythonValues.typeName(target),
                    "unsupported operand type(s) for -: '" + PythonValues.typeName(target) + "' and 'int'");
        }
        if (!PythonValues.isInteger(target)) {
            return invalid(json, "target_image must be an integer, got " + target,
                    "list indices must be integers or slices, not float");
        }
        if (!target.isBoolean() && !target.canConvertToInt()) {
            return new ToolCall.Invalid(json, "target_image is out of range: " + target);
        }
        if (!arguments.has("bbox_2d")) {
            return invalid(json, "crop_image_normalized needs \"bbox_2d\"", PythonText.stringRepr("bbox_2d"));
        }
        BboxArgument bbox = BboxArgument.read(arguments.get("bbox_2d"));
        if (bbox.box == null) {
            return new ToolCall.Invalid(json, bbox.explanation, Optional.ofNullable(bbox.error));
        }
        int targetImage = (int) PythonValues.number(target);
        return new ToolCall.Valid(new VisualOperation.ZoomIn(targetImage, bbox.box), json);
    }

    private static ToolCall selectFrames(String json, JsonNode arguments) {
        if (!arguments.isObject() || !arguments.has("target_frames")) {
            return invalid(json, "select_frames needs an object \"arguments\" with \"target_frames\"",
                    PythonValues.subscriptWithStringError(arguments, "target_frames"));
        }
        JsonNode frames = arguments.get("target_frames");
        String type = PythonValues.typeName(frames);
        if (!type.equals("list") && !type.equals("str") && !type.equals("dict")) {
            return invalid(json, "target_frames must be a list of integers, got " + type,
                    "object of type '" + type + "' has no len()");
        }
        int length = frames.isTextual() ? frames.textValue().length() : frames.size();
        if (!frames.isArray()) {
            return new ToolCall.Invalid(json, "target_frames must be a list of integers, got " + type,
                    length > SelectFramesRules.MAX_FRAMES
                            ? Optional.of(SelectFramesRules.tooManyError(length)) : Optional.empty());
        }
        List<Integer> indices = new ArrayList<>();
        for (JsonNode frame : frames) {
            if (!PythonValues.isInteger(frame) || (!frame.isBoolean() && !frame.canConvertToInt())) {
                return new ToolCall.Invalid(json, "target_frames must hold integers, got " + frame,
                        length > SelectFramesRules.MAX_FRAMES
                                ? Optional.of(SelectFramesRules.tooManyError(length)) : Optional.empty());
            }
            indices.add((int) PythonValues.number(frame));
        }
        if (indices.isEmpty()) {
            return invalid(json, "target_frames is empty", "max() arg is an empty sequence");
        }
        return new ToolCall.Valid(new VisualOperation.SelectFrames(indices), json);
    }

    private static ToolCall.Invalid invalid(String json, String message, String referenceError) {
        return new ToolCall.Invalid(json, message, Optional.of(referenceError));
    }

    /** The tool name of a call's JSON when it parses to an object with a string name, else empty. */
    static Optional<String> toolNameOf(String json) {
        return objectOf(json).map(o -> o.get("name")).filter(JsonNode::isTextual).map(JsonNode::textValue);
    }

    /** The integer {@code arguments.target_image} of a call's JSON, when there is one. */
    static Optional<Integer> targetImageOf(String json) {
        return objectOf(json).map(o -> o.get("arguments")).filter(JsonNode::isObject)
                .map(a -> a.get("target_image")).filter(t -> t != null && t.isInt()).map(JsonNode::intValue);
    }

    private static Optional<JsonNode> objectOf(String json) {
        try {
            return Optional.ofNullable(JSON.readTree(json)).filter(JsonNode::isObject);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
