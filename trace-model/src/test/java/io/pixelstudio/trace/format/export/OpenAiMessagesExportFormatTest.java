package io.pixelstudio.trace.format.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pixelstudio.trace.format.TraceFormat;
import io.pixelstudio.trace.format.TraceFormats;
import io.pixelstudio.trace.progress.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.pixelstudio.trace.format.export.ExportOptions.MediaPathMode.AS_WRITTEN;
import static io.pixelstudio.trace.format.export.ExportOptions.VideoMode.FRAMES_AS_IMAGES;
import static io.pixelstudio.trace.format.export.ExportOptions.VideoMode.VIDEO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenAiMessagesExportFormatTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void goldenTracesExportToTheHandCheckedFile() throws IOException {
        Path out = tmp.resolve("train.jsonl");
        new OpenAiMessagesExportFormat(new ExportOptions(AS_WRITTEN, VIDEO))
                .write(ExportFixtures.goldenTraces(), out, ExportFixtures.PROJECT, ProgressListener.NONE);
        assertThat(Files.readAllBytes(out))
                .isEqualTo(Files.readAllBytes(ExportFixtures.EXPORTS.resolve("openai-messages.jsonl")));
    }

    @Test
    void imagePartsMatchTheImagesColumnInOrder() throws IOException {
        for (JsonNode record : export(new ExportOptions(AS_WRITTEN, VIDEO))) {
            List<String> fromParts = new ArrayList<>();
            for (JsonNode message : record.get("messages")) {
                for (JsonNode part : message.get("content")) {
                    if (part.get("type").textValue().equals("image")) {
                        fromParts.add(part.get("image").textValue());
                    }
                }
            }
            List<String> column = new ArrayList<>();
            record.get("images").forEach(n -> column.add(n.textValue()));
            assertThat(fromParts).isEqualTo(column);
        }
    }

    @Test
    void zoomTraceKeepsTextThenImageOrderOfEachTurn() throws IOException {
        JsonNode user = export(new ExportOptions(AS_WRITTEN, VIDEO)).get(0).get("messages").get(1);
        assertThat(user.get("role").textValue()).isEqualTo("user");
        assertThat(user.get("content")).extracting(p -> p.get("type").textValue()).containsExactly("text", "image");
    }

    @Test
    void videoIsOneVideoPartOrOneImagePartPerFrame() throws IOException {
        JsonNode asVideo = export(new ExportOptions(AS_WRITTEN, VIDEO)).get(1);
        JsonNode part = asVideo.get("messages").get(1).get("content").get(1);
        assertThat(part.get("type").textValue()).isEqualTo("video");
        assertThat(part.get("video")).hasSize(4);
        assertThat(asVideo.get("videos").get(0)).isEqualTo(part.get("video"));

        JsonNode asFrames = export(new ExportOptions(AS_WRITTEN, FRAMES_AS_IMAGES)).get(1);
        assertThat(asFrames.get("messages").get(1).get("content")).hasSize(5);
        assertThat(asFrames.has("videos")).isFalse();
        assertThat(asFrames.get("images")).hasSize(6);
    }

    @Test
    void absoluteModeIsTheDefault() throws IOException {
        Path out = tmp.resolve("abs.jsonl");
        Path base = tmp.resolve("base");
        new OpenAiMessagesExportFormat().write(ExportFixtures.goldenTraces(), out, base, ProgressListener.NONE);
        JsonNode first = mapper.readTree(Files.readAllLines(out, StandardCharsets.UTF_8).get(0));
        assertThat(first.get("images").get(0).textValue())
                .isEqualTo(base.toAbsolutePath().resolve("media/vstar/sa_4690.png").toString());
    }

    @Test
    void isDiscoveredAsWriteOnly() {
        TraceFormat format = TraceFormats.discover().require(OpenAiMessagesExportFormat.ID);
        assertThat(format.canRead(ExportFixtures.EXPORTS.resolve("openai-messages.jsonl"))).isFalse();
        assertThatThrownBy(() -> format.read(tmp, ProgressListener.NONE))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("openai-messages");
    }

    private List<JsonNode> export(ExportOptions options) throws IOException {
        Path out = tmp.resolve("out-" + options.video() + ".jsonl");
        new OpenAiMessagesExportFormat(options).write(ExportFixtures.goldenTraces(), out, ExportFixtures.PROJECT,
                ProgressListener.NONE);
        List<JsonNode> records = new ArrayList<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            records.add(mapper.readTree(line));
        }
        return records;
    }
}
