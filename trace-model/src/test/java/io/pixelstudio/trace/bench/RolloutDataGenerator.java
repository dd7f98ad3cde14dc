package io.pixelstudio.trace.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.pixelstudio.trace.rollout.importer.StudioRolloutsFormat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a studio rollouts file ({@code docs/rollouts-format.md}) that looks like a GRPO run of
 * the Pixel Reasoner recipe: {@code questions} questions (one in ten about a video) sampled
 * {@code groupSize} times at every step, with RaPR drifting from about 0.65 down to 0.3 and
 * accuracy rising, each tool-using response holding one to three {@code crop_image_normalized} /
 * {@code select_frames} calls with the environment's observation turns (one call in twenty fails
 * with the reference's "Execution error" text), and the trace in the studio schema. Deterministic
 * for a seed, streamed (constant memory), so a million rollouts cost only disk.
 */
final class RolloutDataGenerator {

    private static final String[] OBJECTS = {"umbrella", "traffic sign", "bottle label", "price tag", "license plate",
            "clock", "book cover", "shop sign", "jersey number", "flag"};
    private static final String[] PLACES = {"on the left of the street", "behind the counter", "near the window",
            "in the top-right corner", "on the second shelf", "next to the bicycle", "above the door"};
    private static final String[] CHOICES = {"A", "B", "C", "D"};

    private final Random random;
    private final JsonFactory factory = new JsonFactory();

    RolloutDataGenerator(long seed) {
        random = new Random(seed);
    }

    /** Writes {@code total} rollouts, step by step, every question once per step, {@code groupSize} per group. */
    void write(Path file, int total, int questions, int groupSize) throws IOException {
        int perStep = questions * groupSize;
        int steps = (total + perStep - 1) / perStep;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20);
             JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("format", StudioRolloutsFormat.FORMAT);
            json.writeNumberField("version", StudioRolloutsFormat.VERSION);
            json.writeEndObject();
            json.writeRaw('\n');
            int written = 0;
            for (int step = 0; step < steps && written < total; step++) {
                double progress = steps == 1 ? 0 : step / (double) (steps - 1);
                double toolRate = 0.65 - 0.35 * progress;
                double accuracy = 0.45 + 0.25 * progress;
                for (int q = 0; q < questions && written < total; q++) {
                    for (int s = 0; s < groupSize && written < total; s++) {
                        rollout(json, q, step, s, toolRate, accuracy);
                        json.writeRaw('\n');
                        written++;
                    }
                }
            }
        }
    }

    private void rollout(JsonGenerator json, int q, int step, int sample, double toolRate, double accuracy)
            throws IOException {
        boolean video = q % 10 == 0;
        String qid = (video ? "mvbench-" : "vstar-") + q;
        String object = OBJECTS[q % OBJECTS.length];
        String question = video ? "What does the person do with the " + object + " after turning around?"
                : "What is the colour of the " + object + " " + PLACES[q % PLACES.length] + "?";
        String truth = CHOICES[q % CHOICES.length];
        String media = video ? "videos/" + qid + ".mp4" : "images/" + qid + ".jpg";
        int calls = 0;
        if (random.nextDouble() < toolRate) {
            double r = random.nextDouble();
            calls = r < 0.7 ? 1 : r < 0.95 ? 2 : 3;
        }
        boolean correct = random.nextDouble() < accuracy;
        boolean unparsable = !correct && random.nextDouble() < 0.05;
        String answer = correct ? truth : CHOICES[(q + 1 + random.nextInt(3)) % CHOICES.length];
        String[] assistant = new String[calls + 1];
        String[] observations = new String[calls];
        int failures = 0;
        for (int c = 0; c < calls; c++) {
            assistant[c] = thought(object, c) + "\n<tool_call>" + call(video, c) + "</tool_call>";
            if (random.nextDouble() < 0.05) {
                failures++;
                observations[c] = "Execution error: the bounding box is outside the image. Please check the "
                        + "coordinates and try again.";
            } else {
                observations[c] = video ? "<tool_response>Here are the selected frames (Frame Size: 448x252):\n"
                        : "<tool_response>Here is the cropped image (Image Size: " + (224 + 28 * c) + "x"
                        + (168 + 28 * c) + "):\n";
            }
        }
        assistant[calls] = "<think>" + conclusion(object) + "</think>\n"
                + (unparsable ? "I am not sure which option fits." : "The answer is \\boxed{" + answer + "}");

        json.writeStartObject();
        json.writeStringField("qid", qid);
        json.writeNumberField("step", step);
        json.writeNumberField("sample", sample);
        json.writeStringField("question", question);
        json.writeBooleanField("video", video);
        json.writeArrayFieldStart("groundTruths");
        json.writeString(truth);
        json.writeEndArray();
        json.writeStringField("response", response(assistant, observations));
        json.writeNumberField("correctness", unparsable ? -1.0 : correct ? 1.0 : 0.0);
        json.writeNumberField("toolCalls", calls);
        json.writeNumberField("toolFailures", failures);
        json.writeObjectFieldStart("recorded");
        json.writeNumberField("validity", 1.0);
        json.writeEndObject();
        trace(json, qid + "/" + step + "/" + sample, question, video, media, truth, assistant, observations);
        json.writeEndObject();
    }

    private static String response(String[] assistant, String[] observations) {
        StringBuilder text = new StringBuilder(assistant[0]);
        for (int c = 0; c < observations.length; c++) {
            text.append("<|im_end|>\n<|im_start|>user\n").append(observations[c]);
            if (observations[c].startsWith("<tool_response>")) {
                text.append("<image></tool_response>");
            }
            text.append("<|im_end|>\n<|im_start|>assistant\n").append(assistant[c + 1]);
        }
        return text.append("<|im_end|>").toString();
    }

    private void trace(JsonGenerator json, String id, String question, boolean video, String media, String truth,
                       String[] assistant, String[] observations) throws IOException {
        json.writeObjectFieldStart("trace");
        json.writeNumberField("schema", 1);
        json.writeStringField("id", id);
        json.writeStringField("source", "bridge");
        json.writeStringField("question", question);
        json.writeArrayFieldStart("media");
        if (video) {
            json.writeStartObject();
            json.writeStringField("type", "video");
            json.writeStringField("file", media);
            frames(json, media);
            json.writeNumberField("fps", 30.0);
            json.writeNumberField("frameCount", 480);
            json.writeArrayFieldStart("sampledIndices");
            for (int f = 0; f < 16; f++) {
                json.writeNumber(f * 32);
            }
            json.writeEndArray();
            json.writeEndObject();
        } else {
            mediaItem(json, "image", media);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("answers");
        json.writeString(truth);
        json.writeEndArray();
        json.writeArrayFieldStart("evidence");
        json.writeEndArray();
        json.writeArrayFieldStart("turns");
        turnStart(json, "user");
        if (video) {
            json.writeStartObject();
            json.writeStringField("type", "video");
            frames(json, media);
            json.writeEndObject();
        } else {
            mediaItem(json, "image", media);
        }
        textItem(json, question);
        turnEnd(json);
        for (int c = 0; c < assistant.length; c++) {
            turnStart(json, "assistant");
            textItem(json, assistant[c]);
            turnEnd(json);
            if (c < observations.length) {
                turnStart(json, "user");
                if (observations[c].startsWith("<tool_response>")) {
                    textItem(json, observations[c]);
                    mediaItem(json, "image", "crops/" + id.replace('/', '_') + "_" + (c + 1) + ".jpg");
                    textItem(json, "</tool_response>");
                } else {
                    textItem(json, observations[c]);
                }
                turnEnd(json);
            }
        }
        json.writeEndArray();
        json.writeObjectFieldStart("review");
        json.writeStringField("status", "unreviewed");
        json.writeArrayFieldStart("tags");
        json.writeEndArray();
        json.writeStringField("note", "");
        json.writeEndObject();
        json.writeObjectFieldStart("extras");
        json.writeEndObject();
        json.writeEndObject();
    }

    /** The 16 sampled frame images of a video, as the Pixel Reasoner data stores videos. */
    private static void frames(JsonGenerator json, String video) throws IOException {
        json.writeArrayFieldStart("frames");
        for (int f = 1; f <= 16; f++) {
            json.writeString(video.replace(".mp4", "/frame_" + f + ".jpg"));
        }
        json.writeEndArray();
    }

    private static void turnStart(JsonGenerator json, String role) throws IOException {
        json.writeStartObject();
        json.writeStringField("role", role);
        json.writeArrayFieldStart("content");
    }

    private static void turnEnd(JsonGenerator json) throws IOException {
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void mediaItem(JsonGenerator json, String type, String path) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", type);
        json.writeStringField("path", path);
        json.writeEndObject();
    }

    private static void textItem(JsonGenerator json, String text) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "text");
        json.writeStringField("text", text);
        json.writeEndObject();
    }

    private String thought(String object, int call) {
        return "<think>" + (call == 0 ? "The " + object + " is small in the image and I cannot read it at this "
                + "resolution. I should zoom in on the region where it appears before answering."
                : "The crop is still not clear enough; the " + object + " is partly cut off at the edge, so I will "
                + "look at a slightly larger region.") + "</think>";
    }

    private String call(boolean video, int c) {
        if (video) {
            int first = 1 + random.nextInt(10);
            return "{\"name\": \"select_frames\", \"arguments\": {\"target_frames\": [" + first + ", " + (first + 2)
                    + ", " + (first + 4) + "]}}";
        }
        double x = random.nextDouble() * 0.6;
        double y = random.nextDouble() * 0.6;
        return String.format(Locale.ROOT, "{\"name\": \"crop_image_normalized\", \"arguments\": {\"bbox_2d\": "
                + "[%.2f, %.2f, %.2f, %.2f], \"target_image\": %d}}", x, y, x + 0.2 + 0.1 * c, y + 0.2, 1);
    }

    private static String conclusion(String object) {
        return "Now the " + object + " is visible. Comparing it with the options, the best match is clear from "
                + "its shape and colour.";
    }
}
