package io.pixelstudio.bridge.endpoint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pixelstudio.trace.ops.ToolCallParser;

/**
 * Reads chat-completion bodies (whole replies and SSE chunks). Servers started with a tool parser
 * (vLLM {@code --tool-call-parser hermes}) move the model's {@code <tool_call>} text into
 * {@code message.tool_calls}; the reply text is then rebuilt as the model wrote it, so the loop
 * parses every server's reply the same way the reference does.
 */
final class ReplyParser {

    private final ObjectMapper mapper;

    ReplyParser(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ChatReply parseCompletion(String url, int status, String body) {
        JsonNode root = readJson(url, status, body);
        JsonNode choice = root.path("choices").path(0);
        if (!choice.isObject()) {
            throw new EndpointException(EndpointException.Kind.MALFORMED, url, status,
                    "no choices[0] in the reply: " + excerpt(body));
        }
        JsonNode message = choice.path("message");
        JsonNode content = message.path("content");
        if (!content.isTextual() && !content.isNull() && !content.isMissingNode()) {
            throw new EndpointException(EndpointException.Kind.MALFORMED, url, status,
                    "choices[0].message.content is not text: " + excerpt(body));
        }
        String text = content.isTextual() ? content.textValue() : "";
        text = text + structuredToolCalls(message.path("tool_calls"), text);
        JsonNode usage = root.path("usage");
        return new ChatReply(text, choice.path("finish_reason").asText(""),
                usage.path("prompt_tokens").asInt(-1), usage.path("completion_tokens").asInt(-1));
    }

    JsonNode readJson(String url, int status, String body) {
        try {
            JsonNode root = mapper.readTree(body);
            if (root == null || !root.isObject()) {
                throw new EndpointException(EndpointException.Kind.MALFORMED, url, status,
                        "expected a JSON object, got: " + excerpt(body));
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new EndpointException(EndpointException.Kind.MALFORMED, url, status,
                    "not JSON (" + e.getOriginalMessage() + "): " + excerpt(body), e);
        }
    }

    private String structuredToolCalls(JsonNode calls, String text) {
        if (!calls.isArray() || calls.isEmpty() || text.contains(ToolCallParser.START_TAG)) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (JsonNode call : calls) {
            JsonNode function = call.path("function");
            String arguments = function.path("arguments").asText("{}");
            out.append(text.isEmpty() && out.length() == 0 ? "" : "\n").append(ToolCallParser.START_TAG).append('\n')
                    .append("{\"name\": ").append(mapper.getNodeFactory().textNode(function.path("name").asText()))
                    .append(", \"arguments\": ").append(arguments).append("}\n").append(ToolCallParser.END_TAG);
        }
        return out.toString();
    }

    /** The server's {@code error.message} when the body carries one, else the start of the body. */
    String errorDetail(String body) {
        try {
            JsonNode root = mapper.readTree(body);
            if (root != null) {
                JsonNode message = root.path("error").path("message");
                if (message.isTextual()) {
                    return message.textValue();
                }
                if (root.path("error").isTextual()) {
                    return root.path("error").textValue();
                }
                if (root.path("detail").isTextual()) {
                    return root.path("detail").textValue();
                }
            }
        } catch (JsonProcessingException e) {
            // not JSON: the body itself is the best detail there is
        }
        return excerpt(body);
    }

    static String excerpt(String body) {
        String flat = body.replace('\n', ' ').strip();
        return flat.length() <= 200 ? flat : flat.substring(0, 200) + "…";
    }
}
