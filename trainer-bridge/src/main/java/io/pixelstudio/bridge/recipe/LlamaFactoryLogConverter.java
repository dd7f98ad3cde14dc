package io.pixelstudio.bridge.recipe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.pixelstudio.bridge.events.RunEvent;
import io.pixelstudio.bridge.process.LineConverter;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads LLaMA-Factory's {@code trainer_log.jsonl} (written by its {@code LogCallback.on_log}: one
 * object per logging step with {@code current_steps}, {@code total_steps}, {@code loss}, {@code lr},
 * {@code epoch}, {@code eval_loss}, {@code reward}, {@code accuracy}, {@code percentage},
 * {@code throughput} … and the times as text) into metrics events: every numeric field but the step
 * counters, {@code lr} named as the studio's runner names it.
 */
public final class LlamaFactoryLogConverter implements LineConverter {

    private final ObjectMapper mapper = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    @Override
    public Optional<RunEvent> convert(long line, String text) {
        JsonNode node;
        try {
            node = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            return Optional.of(new RunEvent.Malformed(line, text, "trainer_log.jsonl: not JSON: " + e.getOriginalMessage()));
        }
        if (node == null || !node.isObject() || !node.has("current_steps")) {
            return Optional.empty();
        }
        Map<String, Double> values = new LinkedHashMap<>();
        node.fields().forEachRemaining(field -> {
            String name = field.getKey();
            if (field.getValue().isNumber() && !name.equals("current_steps") && !name.equals("total_steps")) {
                values.put(name, field.getValue().asDouble());
            }
        });
        if (values.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RunEvent.Metrics(line, node.get("current_steps").asLong(), values));
    }
}
