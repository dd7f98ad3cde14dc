package io.pixelstudio.trace.format.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.FormatException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StudioTraceCodecTest {

    private final StudioTraceCodec codec = new StudioTraceCodec();
    private final ObjectMapper mapper = StudioJson.newMapper();

    @Test
    void everyTraceFieldSurvivesEncodeThenDecode() throws Exception {
        Trace trace = SampleTraces.everyField();
        ObjectNode encoded = codec.encode(trace);
        Trace decoded = codec.decode(mapper.readTree(mapper.writeValueAsString(encoded)), 0, "ignored");
        assertThat(decoded).isEqualTo(trace);
        assertThat(decoded.media().get(1)).isEqualTo(trace.media().get(1));
    }

    @Test
    void recordCarriesSchemaAndExplicitFields() {
        ObjectNode encoded = codec.encode(SampleTraces.everyField());
        assertThat(encoded.get("schema").intValue()).isEqualTo(1);
        JsonNode video = encoded.get("media").get(1);
        assertThat(video.get("type").textValue()).isEqualTo("video");
        assertThat(video.get("file").textValue()).isEqualTo("clips/v1.mp4");
        assertThat(video.get("fps").doubleValue()).isEqualTo(29.97);
        assertThat(video.get("frameCount").intValue()).isEqualTo(300);
        assertThat(video.get("sampledIndices").toString()).isEqualTo("[0,299]");
        assertThat(encoded.get("evidence").get(1).get("box").get("convention").textValue())
                .isEqualTo("original_pixels");
        assertThat(encoded.get("review").get("status").textValue()).isEqualTo("needs_fix");
        assertThat(encoded.get("turns").get(1).get("content").get(0).get("extras").get("type").textValue())
                .isEqualTo("text");
    }

    @Test
    void goldenLinesEncodeBackToTheSameBytes() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/golden/project/traces.jsonl"),
                StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        for (int i = 0; i < lines.size(); i++) {
            Trace trace = codec.decode(mapper.readTree(lines.get(i)), i, "golden");
            assertThat(mapper.writeValueAsString(codec.encode(trace))).isEqualTo(lines.get(i));
        }
    }

    @Test
    void recordOfANewerSchemaIsRefusedWithBothSchemas() throws Exception {
        ObjectNode record = codec.encode(SampleTraces.everyField()).put("schema", 2);
        assertThatThrownBy(() -> codec.decode(record, 0, "s"))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("schema 2")
                .hasMessageContaining("reads schema 1")
                .hasMessageContaining("newer studio")
                .extracting(e -> ((FormatException) e).field()).isEqualTo("schema");
    }

    @Test
    void recordWithoutSchemaIsRefused() {
        ObjectNode record = codec.encode(SampleTraces.everyField());
        record.remove("schema");
        assertThatThrownBy(() -> codec.decode(record, 0, "s"))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("'schema' is missing");
    }

    @Test
    void typeTagOutsideTheAllowListIsRefusedWithItsFieldPath() {
        ObjectNode record = codec.encode(SampleTraces.everyField());
        ((ObjectNode) record.get("turns").get(1).get("content").get(1)).put("type", "java.lang.ProcessBuilder");
        assertThatThrownBy(() -> codec.decode(record, 0, "s"))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("not one of [image, text, video]")
                .extracting(e -> ((FormatException) e).field()).isEqualTo("turns[1].content[1].type");
    }

    @Test
    void unknownFieldsOfTraceTurnAndItemAreKeptAsExtras() throws Exception {
        ObjectNode record = codec.encode(SampleTraces.everyField());
        record.put("futureField", 7);
        ((ObjectNode) record.get("turns").get(0)).put("weight", 0.5);
        ((ObjectNode) record.get("turns").get(0).get("content").get(0)).put("lang", "en");

        Trace decoded = codec.decode(record, 0, "s");

        assertThat(decoded.extras().get("futureField")).hasValueSatisfying(v -> assertThat(v.intValue()).isEqualTo(7));
        assertThat(decoded.extras().get("qid")).isPresent();
        assertThat(decoded.turns().get(0).extras().get("weight")).isPresent();
        Content first = decoded.turns().get(0).content().get(0);
        assertThat(first.extras().get("lang")).hasValueSatisfying(v -> assertThat(v.textValue()).isEqualTo("en"));
        ObjectNode again = codec.encode(decoded);
        assertThat(again.get("extras").get("futureField").intValue()).isEqualTo(7);
    }

    @Test
    void unknownFieldThatCollidesWithAnExtraIsRefused() {
        ObjectNode record = codec.encode(SampleTraces.everyField());
        record.put("qid", "other");
        assertThatThrownBy(() -> codec.decode(record, 0, "s"))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("also appears inside 'extras'");
    }

    @Test
    void unknownFieldInMediaIsRefusedRatherThanDropped() {
        ObjectNode record = codec.encode(SampleTraces.everyField());
        ((ObjectNode) record.get("media").get(0)).put("width", 640);
        assertThatThrownBy(() -> codec.decode(record, 0, "s"))
                .isInstanceOf(FormatException.class)
                .extracting(e -> ((FormatException) e).field()).isEqualTo("media[0].width");
    }

    @Test
    void reversedFrameRangeIsALocatedError() {
        ObjectNode record = codec.encode(SampleTraces.everyField());
        ((ObjectNode) record.get("evidence").get(3)).put("first", 9);
        assertThatThrownBy(() -> codec.decode(record, 0, "s"))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("reversed")
                .extracting(e -> ((FormatException) e).field()).isEqualTo("evidence[3]");
    }

    @Test
    void unknownRoleNamesTheTurn() {
        ObjectNode record = codec.encode(SampleTraces.everyField());
        ((ObjectNode) record.get("turns").get(2)).put("role", "tool");
        assertThatThrownBy(() -> codec.decode(record, 0, "s"))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("unknown role 'tool'")
                .extracting(e -> ((FormatException) e).field()).isEqualTo("turns[2].role");
    }
}
