package io.pixelstudio.trace.format.pixelreasoner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.FormatException;
import io.pixelstudio.trace.format.JsonRecordLayout;
import io.pixelstudio.trace.format.JsonRecordsWriter;
import io.pixelstudio.trace.format.RecordCodec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads golden files from the test class path and runs records through codecs. */
final class Golden {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Golden() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Golden.class.getResourceAsStream("/golden/pixelreasoner/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing golden file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The records of a golden file, JSON list or JSON lines. */
    static List<ObjectNode> records(String name) {
        String text = new String(bytes(name), StandardCharsets.UTF_8);
        List<ObjectNode> records = new ArrayList<>();
        try {
            if (name.endsWith(".jsonl")) {
                for (String line : text.split("\n")) {
                    if (!line.isBlank()) {
                        records.add((ObjectNode) MAPPER.readTree(line));
                    }
                }
            } else {
                for (JsonNode record : MAPPER.readTree(text)) {
                    records.add((ObjectNode) record);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }

    static List<Trace> decodeAll(RecordCodec codec, List<ObjectNode> records, String source) throws FormatException {
        List<Trace> traces = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            traces.add(codec.decode(records.get(i), i, source));
        }
        return traces;
    }

    static List<ObjectNode> encodeAll(RecordCodec codec, List<Trace> traces) {
        return traces.stream().map(codec::encode).toList();
    }

    static byte[] write(List<ObjectNode> records, JsonRecordLayout layout) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonRecordsWriter(MAPPER).write(records, layout, out);
        return out.toByteArray();
    }

    static ObjectNode parse(String json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
