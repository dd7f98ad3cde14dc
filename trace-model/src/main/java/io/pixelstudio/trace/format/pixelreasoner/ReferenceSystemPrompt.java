package io.pixelstudio.trace.format.pixelreasoner;

import java.util.List;

/**
 * The system prompt of the Pixel Reasoner reference, rebuilt from its sources: the base prompt
 * {@code "You are a helpful assistant."} to which qwen-agent's {@code NousFnCallPrompt} appends,
 * as a second text item starting with {@code "\n\n"}, its function-calling block listing the two
 * tools as {@code json.dumps({"type": "function", "function": spec})} lines (crop first, then
 * select_frames, the order of {@code experience_maker.py}). Codecs never regenerate it — every
 * trace keeps the system turn it was read with; this is for creating new traces and for checks.
 */
public final class ReferenceSystemPrompt {

    /** The base system prompt the reference starts every conversation with. */
    public static final String BASE = "You are a helpful assistant.";

    /** Tool spec line of {@code crop_image_normalized}. */
    public static final String CROP_IMAGE_SPEC = "{\"type\": \"function\", \"function\": {\"name\": \"crop_image_normalized\","
            + " \"description\": \"Zoom in on the image based on the bounding box coordinates. It is useful when the"
            + " object or text in the image is too small to be seen.\", \"parameters\": {\"type\": \"object\","
            + " \"properties\": {\"bbox_2d\": {\"type\": \"array\", \"description\": \"coordinates for bounding box of"
            + " the area you want to zoom in. Values should be within [0.0,1.0].\", \"items\": {\"type\": \"number\"}},"
            + " \"target_image\": {\"type\": \"number\", \"description\": \"The index of the image to crop. Index from 1"
            + " to the number of images. Choose 1 to operate on original image.\"}}, \"required\": [\"bbox_2d\","
            + " \"target_image\"]}}}";

    /** Tool spec line of {@code select_frames}. */
    public static final String SELECT_FRAMES_SPEC = "{\"type\": \"function\", \"function\": {\"name\": \"select_frames\","
            + " \"description\": \"Select frames from a video.\", \"parameters\": {\"type\": \"object\", \"properties\":"
            + " {\"target_frames\": {\"type\": \"array\", \"description\": \"List of frame indices to select from the"
            + " video (no more than 8 frames in total).\", \"items\": {\"type\": \"integer\", \"description\": \"Frame"
            + " index from 1 to 16.\"}}}, \"required\": [\"target_frames\"]}}}";

    /** qwen-agent's function-calling block ({@code FN_CALL_TEMPLATE}) with both tools. */
    public static final String TOOLS_BLOCK = "# Tools\n\nYou may call one or more functions to assist with the user query.\n\n"
            + "You are provided with function signatures within <tools></tools> XML tags:\n<tools>\n"
            + CROP_IMAGE_SPEC + "\n" + SELECT_FRAMES_SPEC + "\n</tools>\n\n"
            + "For each function call, return a json object with function name and arguments within"
            + " <tool_call></tool_call> XML tags:\n<tool_call>\n{\"name\": <function-name>, \"arguments\":"
            + " <args-json-object>}\n</tool_call>";

    /** The text items of the system message, as qwen-agent builds them. */
    public static final List<String> ITEMS = List.of(BASE, "\n\n" + TOOLS_BLOCK);

    /** The whole system prompt as the model sees it (the items concatenated). */
    public static final String TEXT = BASE + "\n\n" + TOOLS_BLOCK;

    private ReferenceSystemPrompt() {
    }
}
