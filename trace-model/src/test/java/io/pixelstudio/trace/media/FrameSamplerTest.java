package io.pixelstudio.trace.media;

import static io.pixelstudio.trace.media.VideoFrameDecoderTest.clip;
import static io.pixelstudio.trace.media.VideoFrameDecoderTest.frameNumberShownIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrameSamplerTest {

    /** Expected lists printed by NumPy 1.24: {@code np.linspace(0, n-1, 16).round()}. */
    @ParameterizedTest(name = "n={0}")
    @CsvSource(delimiter = ';', value = {
        "1;  0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
        "5;  0 0 1 1 1 1 2 2 2 2 3 3 3 3 4 4",
        "16; 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15",
        "17; 0 1 2 3 4 5 6 7 9 10 11 12 13 14 15 16",
        "31; 0 2 4 6 8 10 12 14 16 18 20 22 24 26 28 30",
        "75; 0 5 10 15 20 25 30 35 39 44 49 54 59 64 69 74",
        "241; 0 16 32 48 64 80 96 112 128 144 160 176 192 208 224 240",
        "1000; 0 67 133 200 266 333 400 466 533 599 666 733 799 866 932 999",
    })
    void matchesNumpyLinspaceRounded(int frameCount, String expected) {
        List<Integer> want = Arrays.stream(expected.trim().split("\\s+")).map(Integer::valueOf).toList();
        assertThat(FrameSampler.evenlySpaced(frameCount, 16)).isEqualTo(want);
    }

    @Property
    void indicesAreSortedInRangeAndSpanTheVideo(@ForAll @IntRange(min = 1, max = 100_000) int frameCount,
            @ForAll @IntRange(min = 2, max = 64) int samples) {
        List<Integer> indices = FrameSampler.evenlySpaced(frameCount, samples);
        assertThat(indices).hasSize(samples).isSorted();
        assertThat(indices.get(0)).isZero();
        assertThat(indices.get(samples - 1)).isEqualTo(frameCount - 1);
        double step = (double) (frameCount - 1) / (samples - 1);
        for (int i = 0; i < samples; i++) {
            assertThat(Math.abs(indices.get(i) - i * step)).isLessThanOrEqualTo(0.5 + 1e-9);
        }
    }

    @Test
    void refusesNonPositiveCounts() {
        assertThatThrownBy(() -> FrameSampler.evenlySpaced(0, 16)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FrameSampler.evenlySpaced(10, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesSixteenFramesShowingTheSampledIndices(@TempDir Path out) throws Exception {
        SampledFrames sampled = new FrameSampler().sample(clip("bars-h264.mp4"), out, 16);

        assertThat(sampled.frameIndices()).containsExactly(0, 5, 10, 15, 20, 25, 30, 35, 39, 44, 49, 54, 59, 64, 69, 74);
        assertThat(sampled.files()).hasSize(16);
        assertThat(sampled.files().get(8).getFileName().toString()).isEqualTo("bars-h264_09_f000039.jpg");
        ImageLoader loader = new ImageLoader();
        for (int k = 0; k < 16; k++) {
            assertThat(frameNumberShownIn(loader.load(sampled.files().get(k)))).isEqualTo(sampled.frameIndices().get(k));
        }
        JsonNode manifest = new ObjectMapper().readTree(Files.readString(sampled.manifest()));
        assertThat(manifest.get("frameCount").asInt()).isEqualTo(75);
        assertThat(manifest.get("frames")).hasSize(16);
        assertThat(manifest.get("frames").get(8).get("number").asInt()).isEqualTo(9);
        assertThat(manifest.get("frames").get(8).get("sourceIndex").asInt()).isEqualTo(39);
        assertThat(manifest.get("frames").get(8).get("timeSeconds").asDouble()).isEqualTo(1.56);
        assertThat(manifest.get("frames").get(8).get("file").asText()).isEqualTo("bars-h264_09_f000039.jpg");
    }

    @Test
    void truncatedVideoIsAnErrorNamingTheFile(@TempDir Path out) throws Exception {
        Path file = clip("truncated.mp4");
        assertThatThrownBy(() -> new FrameSampler().sample(file, out, 16)).isInstanceOf(MediaDecodeException.class)
                .hasMessageStartingWith(file.toString());
    }
}
