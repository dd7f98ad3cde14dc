package io.pixelstudio.app.studio.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes a large Pixel Reasoner SFT file (one JSON list) by repeating the bundled sample's 12
 * records with unique ids and absolute media paths, so every trace of the big file still opens
 * with its real images and replays like the sample.
 */
final class SampleTraceMultiplier {

    private SampleTraceMultiplier() {
    }

    static void write(Path sampleSft, Path out, int count) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode sample = mapper.readTree(sampleSft.toFile());
        Path mediaBase = sampleSft.toAbsolutePath().getParent();
        ArrayNode records = mapper.createArrayNode();
        for (JsonNode record : sample) {
            JsonNode copy = record.deepCopy();
            absolutise(copy, mediaBase);
            records.add(copy);
        }
        try (JsonGenerator gen = mapper.getFactory().createGenerator(out.toFile(), JsonEncoding.UTF8)) {
            gen.writeStartArray();
            for (int i = 0; i < count; i++) {
                ObjectNode record = (ObjectNode) records.get(i % records.size()).deepCopy();
                record.put("qid", String.format("%s-%06d", record.get("qid").asText(), i));
                mapper.writeTree(gen, record);
            }
            gen.writeEndArray();
        }
    }

    private static void absolutise(JsonNode node, Path base) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                JsonNode value = field.getValue();
                if (field.getKey().equals("image") && value.isTextual()) {
                    object.set("image", TextNode.valueOf(base.resolve(value.asText()).toString()));
                } else if (field.getKey().equals("video") && value.isArray()) {
                    ArrayNode frames = (ArrayNode) value;
                    for (int i = 0; i < frames.size(); i++) {
                        frames.set(i, TextNode.valueOf(base.resolve(frames.get(i).asText()).toString()));
                    }
                } else {
                    absolutise(value, base);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> absolutise(child, base));
        }
    }
}
