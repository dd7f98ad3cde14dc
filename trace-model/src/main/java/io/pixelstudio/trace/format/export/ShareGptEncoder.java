package io.pixelstudio.trace.format.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;

import java.util.Objects;

/**
 * One trace as a LLaMA-Factory multimodal record in the OpenAI-style ShareGPT layout:
 * {@code {"messages": [{"role", "content"}], "images": [...], "videos": [[frames]]}}. Each image
 * item of a turn (original, crops, selected frames) becomes one {@code <image>} placeholder at its
 * place in the text, and its path goes to {@code images} in the same order, which is how
 * LLaMA-Factory pairs them. Roles stay {@code system}/{@code user}/{@code assistant}: tool results
 * are user turns, as in the Pixel Reasoner data (see docs/exports.md for why not
 * {@code observation}).
 */
final class ShareGptEncoder {

    static final String IMAGE_PLACEHOLDER = "<image>";
    static final String VIDEO_PLACEHOLDER = "<video>";

    private final ExportOptions options;

    ShareGptEncoder(ExportOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    ObjectNode encode(Trace trace) throws ExportException {
        ChatRecord record = ChatRecord.of(trace);
        for (int t = 0; t < trace.turns().size(); t++) {
            Turn turn = trace.turns().get(t);
            StringBuilder text = new StringBuilder();
            for (Content item : turn.content()) {
                if (item instanceof Content.Text piece) {
                    checkNoPlaceholder(trace, t, piece.text());
                    text.append(piece.text());
                } else if (item instanceof Content.Image image) {
                    text.append(IMAGE_PLACEHOLDER);
                    record.addImage(image.path());
                } else {
                    appendVideo((Content.Video) item, text, record);
                }
            }
            ObjectNode message = record.addMessage();
            message.put("role", turn.role().wireName());
            message.put("content", text.toString());
        }
        return record.finish();
    }

    private void appendVideo(Content.Video video, StringBuilder text, ChatRecord record) {
        if (options.video() == ExportOptions.VideoMode.FRAMES_AS_IMAGES) {
            for (String frame : video.framePaths()) {
                text.append(IMAGE_PLACEHOLDER);
                record.addImage(frame);
            }
        } else {
            text.append(VIDEO_PLACEHOLDER);
            ArrayNode frames = record.addVideo();
            video.framePaths().forEach(frames::add);
        }
    }

    private static void checkNoPlaceholder(Trace trace, int turn, String text) throws ExportException {
        for (String placeholder : new String[] {IMAGE_PLACEHOLDER, VIDEO_PLACEHOLDER}) {
            if (text.contains(placeholder)) {
                throw new ExportException(trace.id(), "turn " + turn + " text already contains '" + placeholder
                        + "', which LLaMA-Factory would count as a media placeholder and pair with the wrong file");
            }
        }
    }
}
