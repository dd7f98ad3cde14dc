package io.pixelstudio.trace.media.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pixelstudio.trace.media.FrameSampler;
import io.pixelstudio.trace.media.ImageLoader;
import io.pixelstudio.trace.media.ImageSize;
import io.pixelstudio.trace.media.VideoInfo;
import io.pixelstudio.trace.media.VideoProbe;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The committed sample media still match what assets/sample/media/README.md says about them. */
class SampleAssetsTest {

    private static final Path MEDIA = Path.of("..", "assets", "sample", "media");

    private final ImageLoader loader = new ImageLoader();

    @Test
    void imagesHaveTheDocumentedSizes() throws Exception {
        assertThat(loader.readSize(MEDIA.resolve("street.jpg"))).isEqualTo(new ImageSize(2400, 1600));
        assertThat(loader.readSize(MEDIA.resolve("shelf.jpg"))).isEqualTo(new ImageSize(2000, 1500));
        assertThat(loader.readSize(MEDIA.resolve("chart.jpg"))).isEqualTo(new ImageSize(1800, 1200));
        for (String name : List.of("street.jpg", "shelf.jpg", "chart.jpg")) {
            assertThat(Files.size(MEDIA.resolve(name))).isLessThan(600 * 1024);
        }
    }

    @Test
    void videoHasTheDocumentedFrames() throws Exception {
        VideoInfo info = new VideoProbe().probe(MEDIA.resolve("traffic.mp4"));
        assertThat(info.width()).isEqualTo(640);
        assertThat(info.height()).isEqualTo(360);
        assertThat(info.frameCount()).isEqualTo(TrafficClip.FRAMES);
        assertThat(info.averageFps()).isEqualTo(25.0);
        assertThat(Files.size(MEDIA.resolve("traffic.mp4"))).isLessThan(500 * 1024);
    }

    @Test
    void sampledFramesShowTheLightTurningGreenBetweenNineAndTen() throws Exception {
        JsonNode manifest = new ObjectMapper().readTree(MEDIA.resolve("traffic_frames/traffic.frames.json").toFile());
        List<Integer> indices = new ArrayList<>();
        for (JsonNode frame : manifest.get("frames")) {
            indices.add(frame.get("sourceIndex").asInt());
            BufferedImage image = loader.load(MEDIA.resolve("traffic_frames").resolve(frame.get("file").asText()));
            boolean green = frame.get("number").asInt() >= 10;
            assertThat(isLit(image.getRGB(89, 53), 16)).as("red lamp in #%s", frame.get("number")).isEqualTo(!green);
            assertThat(isLit(image.getRGB(89, 83), 8)).as("green lamp in #%s", frame.get("number")).isEqualTo(green);
        }
        assertThat(indices).isEqualTo(FrameSampler.evenlySpaced(TrafficClip.FRAMES, 16));
    }

    private static boolean isLit(int rgb, int channelShift) {
        return ((rgb >> channelShift) & 0xFF) > 180;
    }
}
