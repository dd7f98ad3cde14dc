package io.pixelstudio.trace.format.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.format.TraceFormat;
import io.pixelstudio.trace.format.TraceFormats;
import io.pixelstudio.trace.progress.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.pixelstudio.trace.format.export.ExportOptions.MediaPathMode.ABSOLUTE;
import static io.pixelstudio.trace.format.export.ExportOptions.MediaPathMode.AS_WRITTEN;
import static io.pixelstudio.trace.format.export.ExportOptions.VideoMode.FRAMES_AS_IMAGES;
import static io.pixelstudio.trace.format.export.ExportOptions.VideoMode.VIDEO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShareGptExportFormatTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void goldenTracesExportToTheHandCheckedFile() throws IOException {
        Path out = tmp.resolve("train.json");
        new ShareGptExportFormat(new ExportOptions(AS_WRITTEN, VIDEO))
                .write(ExportFixtures.goldenTraces(), out, ExportFixtures.PROJECT, ProgressListener.NONE);
        assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(ExportFixtures.EXPORTS.resolve("sharegpt.json")));
    }

    @Test
    void everyImagePlaceholderHasOnePathInOrder() throws IOException {
        JsonNode records = export(new ExportOptions(AS_WRITTEN, VIDEO));
        for (JsonNode record : records) {
            int placeholders = 0;
            for (JsonNode message : record.get("messages")) {
                placeholders += count(message.get("content").textValue(), "<image>");
            }
            assertThat(placeholders).isEqualTo(record.get("images").size());
        }
        JsonNode zoom = records.get(0);
        assertThat(zoom.get("messages").get(3).get("content").textValue())
                .isEqualTo("\nHere is the cropped image (Image Size: 280x196):<image>");
        assertThat(zoom.get("images").get(1).textValue()).isEqualTo("media/crops/vstar-0001-crop1.png");
    }

    @Test
    void videoBecomesOneVideoPlaceholderWithItsFrameList() throws IOException {
        JsonNode video = export(new ExportOptions(AS_WRITTEN, VIDEO)).get(1);
        assertThat(video.get("messages").get(1).get("content").textValue()).endsWith("<video>");
        assertThat(video.get("videos")).hasSize(1);
        assertThat(video.get("videos").get(0)).hasSize(4);
        assertThat(video.get("images")).hasSize(2);
    }

    @Test
    void framesAsImagesGivesOneImagePlaceholderPerFrame() throws IOException {
        JsonNode video = export(new ExportOptions(AS_WRITTEN, FRAMES_AS_IMAGES)).get(1);
        assertThat(video.get("messages").get(1).get("content").textValue()).endsWith("<image><image><image><image>");
        assertThat(video.has("videos")).isFalse();
        assertThat(video.get("images")).hasSize(6);
        assertThat(video.get("images").get(4).textValue()).isEqualTo("media/mvbench/clip42/frame_02.png");
    }

    @Test
    void failedCallIsExportedAsItsUserTurnWithoutImages() throws IOException {
        JsonNode failed = export(new ExportOptions(AS_WRITTEN, VIDEO)).get(2);
        assertThat(failed.get("messages")).extracting(m -> m.get("role").textValue())
                .containsExactly("system", "user", "assistant", "user", "assistant");
        assertThat(failed.get("messages").get(3).get("content").textValue())
                .isEqualTo("\nExecution error:\nCropped image is too small: 12x9\n");
        assertThat(failed.get("images")).hasSize(1);
    }

    @Test
    void absoluteModeResolvesPathsAgainstTheMediaBase() throws IOException {
        Path base = tmp.resolve("data");
        Path out = tmp.resolve("abs.json");
        new ShareGptExportFormat().write(ExportFixtures.goldenTraces(), out, base, ProgressListener.NONE);
        JsonNode first = mapper.readTree(out.toFile()).get(0);
        assertThat(first.get("images").get(0).textValue())
                .isEqualTo(base.toAbsolutePath().resolve("media/vstar/sa_4690.png").toString());
    }

    @Test
    void literalPlaceholderInTextIsRefusedAndNothingIsWritten() {
        Trace trace = new Trace("bad-1", "t", "q", List.of(), List.of(), List.of(),
                List.of(new Turn(Role.USER, List.of(new Content.Text("what is <image> here?")))),
                io.pixelstudio.trace.Review.none(), io.pixelstudio.trace.Extras.empty());
        Path out = tmp.resolve("bad.json");
        assertThatThrownBy(() -> new ShareGptExportFormat(new ExportOptions(AS_WRITTEN, VIDEO))
                .write(List.of(trace), out, tmp, ProgressListener.NONE))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("trace bad-1")
                .hasMessageContaining("turn 0")
                .hasMessageContaining("<image>");
        assertThat(out).doesNotExist();
    }

    @Test
    void traceWithoutTurnsIsRefused() {
        Trace prompt = new Trace("rl-1", "t", "q", List.of(), List.of(), List.of(), List.of(),
                io.pixelstudio.trace.Review.none(), io.pixelstudio.trace.Extras.empty());
        assertThatThrownBy(() -> new ShareGptExportFormat().write(List.of(prompt), tmp.resolve("x.json"), tmp,
                ProgressListener.NONE)).isInstanceOf(ExportException.class).hasMessageContaining("no turns");
    }

    @Test
    void isDiscoveredAsWriteOnly() {
        TraceFormat format = TraceFormats.discover().require(ShareGptExportFormat.ID);
        assertThat(format.canRead(ExportFixtures.EXPORTS.resolve("sharegpt.json"))).isFalse();
        assertThat(format.codec()).isNull();
        assertThatThrownBy(() -> format.read(ExportFixtures.EXPORTS.resolve("sharegpt.json"), ProgressListener.NONE))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("export-only");
    }

    private JsonNode export(ExportOptions options) throws IOException {
        Path out = tmp.resolve("out-" + options.video() + ".json");
        new ShareGptExportFormat(options).write(ExportFixtures.goldenTraces(), out, ExportFixtures.PROJECT,
                ProgressListener.NONE);
        return mapper.readTree(out.toFile());
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
