package io.pixelstudio.trace.format;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonRecordsWriterTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonRecordsWriter writer = new JsonRecordsWriter(mapper);

    @TempDir
    Path dir;

    private ObjectNode record() throws IOException {
        return (ObjectNode) mapper.readTree("{\"b\": [], \"a\": {}, \"t\": \"caf\u00e9 \\\"q\\\"\\n\", \"n\": [1, 2.5, true, null]}");
    }

    @Test
    void listLayoutMatchesPythonJsonDumpsWithIndentTwo() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        writer.write(List.of(record()), JsonRecordLayout.LIST, out);

        // json.dumps([r], indent=2, ensure_ascii=False) + "\n"
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("[\n  {\n    \"b\": [],\n    \"a\": {},\n"
                + "    \"t\": \"caf\u00e9 \\\"q\\\"\\n\",\n    \"n\": [\n      1,\n      2.5,\n      true,\n      null\n"
                + "    ]\n  }\n]\n");
    }

    @Test
    void linesLayoutMatchesPythonJsonDumpsDefaults() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        writer.write(List.of(record(), record()), JsonRecordLayout.LINES, out);

        String line = "{\"b\": [], \"a\": {}, \"t\": \"caf\u00e9 \\\"q\\\"\\n\", \"n\": [1, 2.5, true, null]}\n";
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(line + line);
    }

    @Test
    void anEmptyListIsWrittenAsBrackets() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        writer.write(List.of(), JsonRecordLayout.LIST, out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("[]\n");
    }

    @Test
    void writeFileChoosesTheLayoutFromTheExtensionAndSniffFindsItAgain() throws IOException {
        Path list = dir.resolve("a.json");
        Path lines = dir.resolve("a.jsonl");

        writer.writeFile(List.of(record()), list);
        writer.writeFile(List.of(record()), lines);

        assertThat(Files.readString(list)).startsWith("[\n");
        assertThat(JsonRecordLayout.sniff(list)).contains(JsonRecordLayout.LIST);
        assertThat(JsonRecordLayout.sniff(lines)).contains(JsonRecordLayout.LINES);
        Files.writeString(dir.resolve("b.json"), "  \n hello");
        assertThat(JsonRecordLayout.sniff(dir.resolve("b.json"))).isEmpty();
    }
}
