package io.pixelstudio.trace.format.cross;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.format.ReadResult;
import io.pixelstudio.trace.format.TraceFormat;
import io.pixelstudio.trace.format.TraceFormats;
import io.pixelstudio.trace.format.export.ExportOptions;
import io.pixelstudio.trace.format.export.OpenAiMessagesExportFormat;
import io.pixelstudio.trace.format.export.ShareGptExportFormat;
import io.pixelstudio.trace.progress.ProgressListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Pixel Reasoner SFT golden exported for LLaMA-Factory and TRL: the exports carry only their
 * own format's fields, never the codec's reserved {@code pixelreasoner:layout} entry or any other
 * extras (unknown record fields such as {@code meta}, content fields such as {@code max_pixels}),
 * and pair every image of a turn with exactly one placeholder or image part.
 */
class PixelReasonerToExportsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> RECORD_KEYS = List.of("messages", "images", "videos");
    private static final List<String> MESSAGE_KEYS = List.of("role", "content");
    private static final List<String> PART_KEYS = List.of("type", "text", "image", "video");
    private static final ExportOptions FRAMES_AS_IMAGES =
            new ExportOptions(ExportOptions.MediaPathMode.ABSOLUTE, ExportOptions.VideoMode.FRAMES_AS_IMAGES);

    @TempDir
    Path tmp;

    private Path dataset;
    private List<Trace> traces;
    private String goldenText;

    @BeforeEach
    void readGolden() throws IOException {
        dataset = Files.createDirectories(tmp.resolve("dataset"));
        Path input = dataset.resolve("sft.json");
        Files.write(input, PixelReasonerThroughProjectRoundTripTest.goldenBytes("sft.json"));
        goldenText = Files.readString(input);
        TraceFormat sft = TraceFormats.discover().require("pixelreasoner-sft");
        ReadResult read = sft.read(input, ProgressListener.NONE);
        assertThat(read.findings()).isEmpty();
        traces = read.traces();
    }

    @Test
    void goldenReallyCarriesLayoutHintsAndExtrasThatExportsMustDrop() {
        assertThat(goldenText).contains("\"meta\"", "\"max_pixels\"");
        assertThat(traces).anySatisfy(t -> assertThat(t.extras().get("pixelreasoner:layout")).isPresent());
    }

    @Test
    void shareGptHasOnlyItsOwnFieldsAndOneImagePlaceholderPerImage() throws IOException {
        JsonNode records = export(new ShareGptExportFormat(), "sharegpt.json");

        assertThat(records).hasSameSizeAs(traces);
        for (int i = 0; i < traces.size(); i++) {
            JsonNode record = records.get(i);
            assertOnlyKeys(record, RECORD_KEYS);
            List<Turn> turns = traces.get(i).turns();
            int images = 0;
            int videos = 0;
            for (int t = 0; t < turns.size(); t++) {
                JsonNode message = record.get("messages").get(t);
                assertOnlyKeys(message, MESSAGE_KEYS);
                String content = message.get("content").asText();
                assertThat(count(content, "<image>")).as("trace %d turn %d", i, t).isEqualTo(imagesOf(turns.get(t)));
                assertThat(count(content, "<video>")).as("trace %d turn %d", i, t).isEqualTo(videosOf(turns.get(t)));
                images += imagesOf(turns.get(t));
                videos += videosOf(turns.get(t));
            }
            assertThat(record.get("images")).hasSize(images);
            assertThat(record.has("videos") ? record.get("videos").size() : 0).isEqualTo(videos);
        }
    }

    @Test
    void shareGptWithFramesAsImagesHasOnePlaceholderPerImageAndFrame() throws IOException {
        JsonNode records = export(new ShareGptExportFormat(FRAMES_AS_IMAGES), "frames.json");

        for (int i = 0; i < traces.size(); i++) {
            int expected = 0;
            StringBuilder all = new StringBuilder();
            for (Turn turn : traces.get(i).turns()) {
                expected += imagesOf(turn) + framesOf(turn);
            }
            records.get(i).get("messages").forEach(m -> all.append(m.get("content").asText()));
            assertThat(count(all.toString(), "<image>")).as("trace %d", i).isEqualTo(expected);
            assertThat(records.get(i).get("images")).hasSize(expected);
            assertThat(records.get(i).has("videos")).isFalse();
        }
    }

    @Test
    void openAiMessagesHaveOnlyTheirOwnFieldsAndOneImagePartPerImage() throws IOException {
        JsonNode records = export(new OpenAiMessagesExportFormat(), "messages.jsonl");

        assertThat(records).hasSameSizeAs(traces);
        for (int i = 0; i < traces.size(); i++) {
            JsonNode record = records.get(i);
            assertOnlyKeys(record, RECORD_KEYS);
            List<Turn> turns = traces.get(i).turns();
            int images = 0;
            for (int t = 0; t < turns.size(); t++) {
                JsonNode message = record.get("messages").get(t);
                assertOnlyKeys(message, MESSAGE_KEYS);
                int imageParts = 0;
                for (JsonNode part : message.get("content")) {
                    assertOnlyKeys(part, PART_KEYS);
                    imageParts += part.get("type").asText().equals("image") ? 1 : 0;
                }
                assertThat(imageParts).as("trace %d turn %d", i, t).isEqualTo(imagesOf(turns.get(t)));
                images += imagesOf(turns.get(t));
            }
            assertThat(record.get("images")).hasSize(images);
        }
    }

    private JsonNode export(TraceFormat format, String name) throws IOException {
        Path out = tmp.resolve("exports").resolve(name);
        format.write(traces, out, dataset, ProgressListener.NONE);
        String text = Files.readString(out);
        assertThat(text).doesNotContain("pixelreasoner:", "max_pixels", "\"meta\"", "\"qid\"");
        if (name.endsWith(".jsonl")) {
            List<JsonNode> lines = new ArrayList<>();
            for (String line : text.split("\n")) {
                lines.add(MAPPER.readTree(line));
            }
            return MAPPER.valueToTree(lines);
        }
        return MAPPER.readTree(text);
    }

    private static void assertOnlyKeys(JsonNode node, List<String> allowed) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        assertThat(allowed).as("keys of %s", node).containsAll(keys);
    }

    private static int imagesOf(Turn turn) {
        return (int) turn.content().stream().filter(Content.Image.class::isInstance).count();
    }

    private static int videosOf(Turn turn) {
        return (int) turn.content().stream().filter(Content.Video.class::isInstance).count();
    }

    private static int framesOf(Turn turn) {
        return turn.content().stream().filter(Content.Video.class::isInstance)
                .mapToInt(c -> ((Content.Video) c).framePaths().size()).sum();
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
            n++;
        }
        return n;
    }
}
