package io.pixelstudio.trace.rollout.importer;

import com.fasterxml.jackson.databind.JsonNode;
import io.pixelstudio.trace.format.project.StudioTraceCodec;
import io.pixelstudio.trace.rollout.Rollout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StudioRolloutsFormatTest {

    private static final Path FILE = RolloutFixtures.path("studio_rollouts.jsonl");
    private final StudioRolloutsFormat format = new StudioRolloutsFormat();

    @Test
    void readsEveryFieldIncludingTheTrace() throws IOException {
        RolloutImport result = format.read(FILE);

        assertThat(result.findings()).isEmpty();
        assertThat(result.rollouts()).hasSize(3);
        Rollout first = result.rollouts().get(0);
        assertThat(first.step()).isEqualTo(40);
        assertThat(first.storedReward()).hasValue(1.05);
        assertThat(first.recorded()).containsEntry("curiosity", 0.05);
        assertThat(first.trace().orElseThrow().turns()).hasSize(4);
        Rollout video = result.rollouts().get(2);
        assertThat(video.video()).isTrue();
        assertThat(video.storedReward()).isEmpty();
        assertThat(video.correctness()).isEqualTo(-1.0);
        assertThat(video.toolFailures()).isEqualTo(1);
    }

    @Test
    void writingWhatWasReadGivesIdenticalBytes(@TempDir Path dir) throws IOException {
        Path copy = dir.resolve("copy.jsonl");
        format.write(copy, format.read(FILE).rollouts());

        assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(FILE));
    }

    @Test
    void importedDumpSurvivesAStudioRoundTrip(@TempDir Path dir) throws IOException {
        List<Rollout> dump = new PixelReasonerDumpImporter(8).read(RolloutFixtures.path("pixelreasoner/sample.jsonl"))
                .rollouts();
        Path file = dir.resolve("rollouts.jsonl");
        format.write(file, dump);

        assertThat(format.read(file).rollouts()).isEqualTo(dump);
    }

    @Test
    void anotherVersionIsRefusedWithAMessage(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("v2.jsonl");
        Files.writeString(file, "{\"format\":\"pixelstudio-rollouts\",\"version\":2}\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> format.read(file)).hasMessageContaining("version 2");
    }

    @Test
    void badLineIsLocatedByFieldAndLine(@TempDir Path dir) throws IOException {
        List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, lines.get(0) + "\n" + lines.get(1) + "\n"
                + lines.get(2).replace("\"correctness\":0.0", "\"correctness\":0.5") + "\n", StandardCharsets.UTF_8);

        RolloutImport result = format.read(file);

        assertThat(result.rollouts()).hasSize(1);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.location().line()).hasValue(3);
            assertThat(f.location().field()).hasValue("correctness");
        });
    }

    @ParameterizedTest
    @EnumSource(TraceStorage.class)
    void tracesAreHeldCompactlyAndDecodeToWhatAnEagerReadGives(TraceStorage storage, @TempDir Path dir)
            throws IOException {
        List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
        String failedLast = lines.get(1)
                .replace("\"text\":\"<tool_response>Here is the cropped image (Image Size: 448x336):\\n\"},"
                        + "{\"type\":\"image\",\"path\":\"crops/vstar_17_1.jpg\"},{\"type\":\"text\",\"text\":\"</tool_response>\"}",
                        "\"text\":\"Execution error: the box is outside the image.\"}");
        assertThat(failedLast).isNotEqualTo(lines.get(1)).contains("Execution error");
        Path file = dir.resolve("failed.jsonl");
        Files.writeString(file, lines.get(0) + "\n" + lines.get(1) + "\n" + failedLast + "\n", StandardCharsets.UTF_8);

        List<Rollout> read = new StudioRolloutsFormat(storage).read(file).rollouts();

        StudioTraceCodec codec = new StudioTraceCodec();
        for (int i = 0; i < 2; i++) {
            JsonNode traceNode = RolloutJson.MAPPER.readTree(i == 0 ? lines.get(1) : failedLast).get("trace");
            Rollout rollout = read.get(i);
            int json = RolloutJson.MAPPER.writeValueAsBytes(traceNode).length;
            if (storage == TraceStorage.DEFLATED) {
                assertThat(rollout.lazyTrace().encodedSize()).isPositive().isLessThan(json);
            } else {
                assertThat(rollout.lazyTrace().encodedSize()).isEqualTo(json);
            }
            assertThat(rollout.trace()).contains(decode(codec, traceNode, file));
        }
        assertThat(read.get(0).endedAfterFailedCall()).isFalse();
        assertThat(read.get(1).endedAfterFailedCall()).isTrue();
        assertThat(read.get(0).question()).isSameAs(read.get(1).question());
    }

    private static io.pixelstudio.trace.Trace decode(StudioTraceCodec codec, JsonNode node, Path file) {
        try {
            return codec.decode(node, 0, file.getFileName().toString());
        } catch (io.pixelstudio.trace.format.FormatException e) {
            throw new AssertionError(e);
        }
    }
}
