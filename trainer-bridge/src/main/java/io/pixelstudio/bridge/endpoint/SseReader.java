package io.pixelstudio.bridge.endpoint;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Reads an OpenAI chat-completions event stream ({@code data: {chunk}} lines ending with
 * {@code data: [DONE]}), passing each text delta on and assembling the whole reply. Checks the
 * caller's stop/deadline hook between lines.
 */
final class SseReader {

    private static final String DATA = "data:";
    private final ReplyParser parser;
    private final String url;

    SseReader(ReplyParser parser, String url) {
        this.parser = parser;
        this.url = url;
    }

    ChatReply read(BufferedReader reader, Consumer<String> onDelta, Runnable check) throws IOException {
        StringBuilder text = new StringBuilder();
        String finish = "";
        int prompt = -1;
        int completion = -1;
        boolean done = false;
        String line;
        while (!done && (line = reader.readLine()) != null) {
            check.run();
            if (!line.startsWith(DATA)) {
                continue;
            }
            String data = line.substring(DATA.length()).strip();
            if (data.equals("[DONE]")) {
                done = true;
                continue;
            }
            JsonNode chunk = parser.readJson(url, 200, data);
            if (chunk.has("error")) {
                throw new EndpointException(EndpointException.Kind.SERVER_ERROR, url, 200,
                        "error in stream: " + parser.errorDetail(data));
            }
            JsonNode choice = chunk.path("choices").path(0);
            String delta = choice.path("delta").path("content").asText("");
            if (!delta.isEmpty()) {
                text.append(delta);
                onDelta.accept(delta);
            }
            if (choice.path("finish_reason").isTextual()) {
                finish = choice.path("finish_reason").textValue();
            }
            JsonNode usage = chunk.path("usage");
            if (usage.isObject()) {
                prompt = usage.path("prompt_tokens").asInt(prompt);
                completion = usage.path("completion_tokens").asInt(completion);
            }
        }
        if (!done && finish.isEmpty()) {
            throw new EndpointException(EndpointException.Kind.MALFORMED, url, 200,
                    "the stream ended without [DONE] or a finish_reason after " + text.length() + " characters");
        }
        return new ChatReply(text.toString(), finish, prompt, completion);
    }
}
