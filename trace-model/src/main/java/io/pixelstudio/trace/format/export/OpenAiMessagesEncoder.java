package io.pixelstudio.trace.format.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;

/**
 * One trace in TRL's conversational vision format: {@code {"messages": [{"role", "content":
 * [typed parts]}], "images": [...]}}. Content parts keep the trace's order:
 * {@code {"type": "text", "text"}}, {@code {"type": "image", "image": path}} (TRL reads the image
 * from the {@code images} column, in order; the {@code image} key lets Hugging Face processors'
 * chat templates load it directly), and for a video {@code {"type": "video", "video": [frames]}}
 * plus a {@code videos} column, or one image part per frame.
 */
final class OpenAiMessagesEncoder {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ExportOptions options;

    OpenAiMessagesEncoder(ExportOptions options) {
        this.options = options;
    }

    ObjectNode encode(Trace trace, ExportMedia media) throws ExportException {
        if (trace.turns().isEmpty()) {
            throw new ExportException(trace.id(), "has no turns; a chat export needs at least a user turn");
        }
        ObjectNode record = NODES.objectNode();
        ArrayNode messages = record.putArray("messages");
        ArrayNode images = NODES.arrayNode();
        ArrayNode videos = NODES.arrayNode();
        for (Turn turn : trace.turns()) {
            ObjectNode message = messages.addObject();
            message.put("role", turn.role().wireName());
            ArrayNode parts = message.putArray("content");
            for (Content item : turn.content()) {
                if (item instanceof Content.Text text) {
                    parts.addObject().put("type", "text").put("text", text.text());
                } else if (item instanceof Content.Image image) {
                    addImage(parts, images, media.path(image.path()));
                } else {
                    Content.Video video = (Content.Video) item;
                    if (options.video() == ExportOptions.VideoMode.FRAMES_AS_IMAGES) {
                        video.framePaths().forEach(f -> addImage(parts, images, media.path(f)));
                    } else {
                        ObjectNode part = parts.addObject().put("type", "video");
                        ArrayNode frames = part.putArray("video");
                        video.framePaths().forEach(f -> frames.add(media.path(f)));
                        videos.add(frames.deepCopy());
                    }
                }
            }
        }
        record.set("images", images);
        if (!videos.isEmpty()) {
            record.set("videos", videos);
        }
        return record;
    }

    private static void addImage(ArrayNode parts, ArrayNode images, String path) {
        parts.addObject().put("type", "image").put("image", path);
        images.add(path);
    }
}
