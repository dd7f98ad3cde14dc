package io.pixelstudio.trace.format.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;

import java.util.Objects;

/**
 * One trace in TRL's conversational vision format: {@code {"messages": [{"role", "content":
 * [typed parts]}], "images": [...]}}. Content parts keep the trace's order:
 * {@code {"type": "text", "text"}}, {@code {"type": "image", "image": path}} (TRL reads the image
 * from the {@code images} column, in order; the {@code image} key lets Hugging Face processors'
 * chat templates load it directly), and for a video {@code {"type": "video", "video": [frames]}}
 * plus a {@code videos} column, or one image part per frame.
 */
final class OpenAiMessagesEncoder {

    private final ExportOptions options;

    OpenAiMessagesEncoder(ExportOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    ObjectNode encode(Trace trace) throws ExportException {
        ChatRecord record = ChatRecord.of(trace);
        for (Turn turn : trace.turns()) {
            ObjectNode message = record.addMessage();
            message.put("role", turn.role().wireName());
            ArrayNode parts = message.putArray("content");
            for (Content item : turn.content()) {
                if (item instanceof Content.Text text) {
                    parts.addObject().put("type", "text").put("text", text.text());
                } else if (item instanceof Content.Image image) {
                    addImage(parts, record, image.path());
                } else {
                    Content.Video video = (Content.Video) item;
                    if (options.video() == ExportOptions.VideoMode.FRAMES_AS_IMAGES) {
                        video.framePaths().forEach(f -> addImage(parts, record, f));
                    } else {
                        ObjectNode part = parts.addObject().put("type", "video");
                        ArrayNode frames = part.putArray("video");
                        video.framePaths().forEach(frames::add);
                        record.addVideo().addAll(frames);
                    }
                }
            }
        }
        return record.finish();
    }

    private static void addImage(ArrayNode parts, ChatRecord record, String path) {
        parts.addObject().put("type", "image").put("image", path);
        record.addImage(path);
    }
}
