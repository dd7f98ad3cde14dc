package io.pixelstudio.bridge.agent;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Turn;

import java.util.List;
import java.util.Map;

/**
 * Turns a conversation into OpenAI chat messages: system and assistant turns as text, user turns
 * as content parts in the trace's order — each image item as an {@code image_url} data URL of the
 * image <em>as the model receives it</em> (resized input, or the observation the operation returned),
 * a video as its frames, one {@code image_url} each — and text items as {@code text} parts.
 */
final class ConversationEncoder {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ConversationEncoder() {
    }

    /**
     * @param turns     the conversation
     * @param dataUrls  per user-turn index, the data URLs of its images in order (all frames for a video)
     */
    static ArrayNode encode(List<Turn> turns, Map<Integer, List<String>> dataUrls) {
        ArrayNode messages = NODES.arrayNode();
        for (int t = 0; t < turns.size(); t++) {
            Turn turn = turns.get(t);
            ObjectNode message = messages.addObject();
            message.put("role", turn.role().wireName());
            if (turn.role() != Role.USER) {
                message.put("content", turn.text());
                continue;
            }
            List<String> urls = dataUrls.getOrDefault(t, List.of());
            ArrayNode parts = message.putArray("content");
            int next = 0;
            boolean anyVisual = turn.content().stream().anyMatch(c -> !(c instanceof Content.Text));
            if (!anyVisual) {
                for (String url : urls) {
                    image(parts, url);
                }
                next = urls.size();
            }
            for (Content c : turn.content()) {
                if (c instanceof Content.Text text) {
                    parts.addObject().put("type", "text").put("text", text.text());
                } else if (c instanceof Content.Image && next < urls.size()) {
                    image(parts, urls.get(next++));
                } else if (c instanceof Content.Video) {
                    while (next < urls.size()) {
                        image(parts, urls.get(next++));
                    }
                }
            }
        }
        return messages;
    }

    private static void image(ArrayNode parts, String url) {
        ObjectNode part = parts.addObject();
        part.put("type", "image_url");
        part.putObject("image_url").put("url", url);
    }
}
