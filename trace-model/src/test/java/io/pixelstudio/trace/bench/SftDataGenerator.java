package io.pixelstudio.trace.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Writes synthetic Pixel Reasoner SFT records shaped like the released data: a ~1.5 KB system
 * prompt with the tool block, a user question with the guidelines suffix and an image, one to
 * three assistant turns with {@code crop_image_normalized} calls answered by observation turns,
 * and a final {@code \boxed{}} answer. Deterministic for a seed, so runs are comparable.
 */
final class SftDataGenerator {

    private static final String SYSTEM_PROMPT = "You are a helpful assistant.\n\n# Tools\n\nYou may call one or more"
            + " functions to assist with the user query.\n\nYou are provided with function signatures within"
            + " <tools></tools> XML tags:\n<tools>\n{\"type\": \"function\", \"function\": {\"name\":"
            + " \"crop_image_normalized\", \"description\": \"Zoom in on the image based on the bounding box"
            + " coordinates. It is useful when the object or text in the image is too small to be seen.\","
            + " \"parameters\": {\"type\": \"object\", \"properties\": {\"bbox_2d\": {\"type\": \"array\","
            + " \"description\": \"coordinates for bounding box of the area you want to zoom in. Values should be"
            + " within [0.0,1.0].\", \"items\": {\"type\": \"number\"}}, \"target_image\": {\"type\": \"number\","
            + " \"description\": \"The index of the image to crop. Index from 1 to the number of images. Choose 1"
            + " to operate on original image.\"}}, \"required\": [\"bbox_2d\", \"target_image\"]}}}\n"
            + "{\"type\": \"function\", \"function\": {\"name\": \"select_frames\", \"description\": \"Select"
            + " frames from a video.\", \"parameters\": {\"type\": \"object\", \"properties\": {\"target_frames\":"
            + " {\"type\": \"array\", \"description\": \"List of frame indices to select from the video (no more"
            + " than 8 frames in total).\", \"items\": {\"type\": \"integer\", \"description\": \"Frame index from"
            + " 1 to 16.\"}}}, \"required\": [\"target_frames\"]}}}\n</tools>\n\nFor each function call, return a"
            + " json object with function name and arguments within <tool_call></tool_call> XML tags:\n"
            + "<tool_call>\n{\"name\": <function-name>, \"arguments\": <args-json-object>}\n</tool_call>";
    private static final String GUIDELINES = "\n\n\n\nGuidelines: Understand the given visual information and the"
            + " user query. Determine if it is beneficial to employ the given visual operations (tools). For a"
            + " video, we can look closer by `select_frames`. For an image, we can look closer by `crop_image`."
            + " Reason with the visual information step by step, and put your final answer within \\boxed{}.";
    private static final String[] WORDS = {"the", "sign", "left", "corner", "small", "text", "red", "building",
        "animal", "shop", "window", "number", "zoom", "detail", "top", "right", "image", "看板", "café", "🔍"};

    private final Random random;

    SftDataGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** Writes {@code count} records as one JSON list, or as JSON lines when {@code jsonLines}. */
    void write(Path out, int count, boolean jsonLines) throws IOException {
        JsonFactory factory = new JsonFactory();
        try (JsonGenerator gen = factory.createGenerator(out.toFile(), JsonEncoding.UTF8)) {
            gen.setRootValueSeparator(null);
            if (!jsonLines) {
                gen.writeStartArray();
            }
            for (int i = 0; i < count; i++) {
                writeRecord(gen, i);
                if (jsonLines) {
                    gen.writeRaw('\n');
                }
            }
            if (!jsonLines) {
                gen.writeEndArray();
            }
        }
    }

    private void writeRecord(JsonGenerator gen, int index) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("qid", String.format(Locale.ROOT, "vstar-%06d", index));
        gen.writeArrayFieldStart("message_list");
        textTurn(gen, "system", SYSTEM_PROMPT);
        gen.writeStartObject();
        gen.writeStringField("role", "user");
        gen.writeArrayFieldStart("content");
        gen.writeStartObject();
        gen.writeStringField("text", "What is written on the " + words(12) + "?" + GUIDELINES);
        gen.writeEndObject();
        gen.writeStartObject();
        gen.writeStringField("image", String.format(Locale.ROOT, "images/sa_%07d.jpg", index));
        gen.writeEndObject();
        gen.writeEndArray();
        gen.writeEndObject();
        int calls = 1 + random.nextInt(3);
        for (int c = 0; c < calls; c++) {
            double x = random.nextDouble() * 0.6;
            double y = random.nextDouble() * 0.6;
            textTurn(gen, "assistant", words(40) + "\n\n<tool_call>\n{\"name\": \"crop_image_normalized\","
                    + " \"arguments\": {\"bbox_2d\": [" + round(x) + ", " + round(y) + ", " + round(x + 0.3) + ", "
                    + round(y + 0.3) + "], \"target_image\": 1}}\n</tool_call>");
            gen.writeStartObject();
            gen.writeStringField("role", "user");
            gen.writeArrayFieldStart("content");
            gen.writeStartObject();
            gen.writeStringField("text", "\nHere is the cropped image (Image Size: 392x280):");
            gen.writeEndObject();
            gen.writeStartObject();
            gen.writeStringField("image", String.format(Locale.ROOT, "crops/sa_%07d_%d.jpg", index, c));
            gen.writeEndObject();
            gen.writeEndArray();
            gen.writeEndObject();
        }
        textTurn(gen, "assistant", words(30) + " The answer is \\boxed{" + WORDS[random.nextInt(WORDS.length)] + "}.");
        gen.writeEndArray();
        gen.writeEndObject();
    }

    private void textTurn(JsonGenerator gen, String role, String text) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("role", role);
        gen.writeArrayFieldStart("content");
        gen.writeStartObject();
        gen.writeStringField("text", text);
        gen.writeEndObject();
        gen.writeEndArray();
        gen.writeEndObject();
    }

    private String words(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    private static String round(double v) {
        return String.format(Locale.ROOT, "%.2f", Math.min(v, 0.99));
    }
}
