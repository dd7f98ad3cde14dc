package io.pixelstudio.bridge.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns one line of a trainer's standard output into a {@link RunEvent}. A line that does not start
 * with <code>{</code> is ordinary output; a JSON object with an {@code event} field is an event; anything
 * else that starts with a brace is {@link RunEvent.Malformed} with the reason — never an exception, so
 * one bad line cannot stop a run's supervision.
 */
public final class RunEventParser {

    /** Python's {@code json.dumps} writes {@code NaN} and {@code Infinity} bare; a diverged loss must still parse. */
    private final ObjectMapper mapper = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    /** The event on line {@code lineNumber} (1-based). */
    public RunEvent parse(long lineNumber, String line) {
        String text = line.strip();
        if (!text.startsWith("{")) {
            return new RunEvent.Output(lineNumber, line);
        }
        JsonNode node;
        try {
            node = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            return new RunEvent.Malformed(lineNumber, line, "not JSON: " + e.getOriginalMessage());
        }
        if (!node.isObject()) {
            return new RunEvent.Malformed(lineNumber, line, "not a JSON object");
        }
        JsonNode kind = node.get("event");
        if (kind == null || !kind.isTextual()) {
            return new RunEvent.Malformed(lineNumber, line, "no \"event\" field");
        }
        try {
            return event(lineNumber, kind.asText(), node);
        } catch (IllegalArgumentException e) {
            return new RunEvent.Malformed(lineNumber, line, e.getMessage());
        }
    }

    private static RunEvent event(long line, String kind, JsonNode node) {
        switch (kind) {
            case "start":
                return new RunEvent.Started(line, text(node, "kind", ""), integer(node, "total_steps", 0));
            case "metrics":
                return new RunEvent.Metrics(line, integer(node, "step", -1), values(node));
            case "checkpoint":
                return new RunEvent.Checkpoint(line, integer(node, "step", -1), required(node, "path"));
            case "rollouts":
                return new RunEvent.Rollouts(line, integer(node, "step", -1), required(node, "path"),
                        integer(node, "count", 0));
            case "predictions":
                return new RunEvent.Predictions(line, required(node, "path"), text(node, "benchmark", ""));
            case "log":
                return new RunEvent.Log(line, text(node, "level", "info"), required(node, "message"));
            case "error":
                return new RunEvent.Error(line, required(node, "message"), text(node, "traceback", ""));
            case "end":
                return new RunEvent.Ended(line, text(node, "status", "succeeded"));
            default:
                throw new IllegalArgumentException("unknown event \"" + kind + "\"");
        }
    }

    private static Map<String, Double> values(JsonNode node) {
        JsonNode values = node.get("values");
        if (values == null || !values.isObject()) {
            throw new IllegalArgumentException("metrics need a \"values\" object");
        }
        Map<String, Double> out = new LinkedHashMap<>();
        values.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            if (value.isNumber()) {
                out.put(field.getKey(), value.asDouble());
            } else {
                throw new IllegalArgumentException("metric \"" + field.getKey() + "\" is not a number: " + value);
            }
        });
        return out;
    }

    private static String required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a string");
        }
        return value.asText();
    }

    private static String text(JsonNode node, String field, String absent) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? absent : value.asText();
    }

    private static long integer(JsonNode node, String field, long absent) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return absent;
        }
        if (!value.canConvertToExactIntegral()) {
            throw new IllegalArgumentException("\"" + field + "\" must be an integer: " + value);
        }
        return value.asLong();
    }
}
