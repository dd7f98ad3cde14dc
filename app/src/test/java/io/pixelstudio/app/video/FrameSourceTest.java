package io.pixelstudio.app.video;

import io.pixelstudio.trace.media.ImageLoader;
import io.pixelstudio.trace.media.MediaDecodeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.pixelstudio.app.video.SampleFrames.LAST_RED;
import static io.pixelstudio.app.video.SampleFrames.light;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrameSourceTest {

    @Test
    void videoDecodesTheExactFramesEitherSideOfTheLightChangeInAnyOrder() throws Exception {
        try (FrameSource video = FrameSource.ofVideo(SampleFrames.VIDEO)) {
            assertThat(video.frameCount()).isEqualTo(75);
            assertThat(light(video.frame(LAST_RED + 1), 1)).isEqualTo("green");
            assertThat(light(video.frame(LAST_RED), 1)).isEqualTo("red");
            assertThat(light(video.frame(74), 1)).isEqualTo("green");
            assertThat(light(video.frame(LAST_RED + 1), 1)).isEqualTo("green");
            assertThat(light(video.frame(0), 1)).isEqualTo("red");
            assertThat(light(video.frame(LAST_RED), 1)).isEqualTo("red");
        }
    }

    @Test
    void videoLabelsShowTheZeroBasedFrameIndexAndItsTime() throws Exception {
        try (FrameSource video = FrameSource.ofVideo(SampleFrames.VIDEO)) {
            assertThat(video.label(0)).isEqualTo("frame 0 \u00b7 0.00 s");
            assertThat(video.label(40)).isEqualTo("frame 40 \u00b7 1.60 s");
            assertThat(video.label(74)).isEqualTo("frame 74 \u00b7 2.96 s");
        }
    }

    @Test
    void videoThumbnailKeepsTheAspectAndTheLight() throws Exception {
        try (FrameSource video = FrameSource.ofVideo(SampleFrames.VIDEO)) {
            BufferedImage thumb = video.thumbnail(LAST_RED, 128);
            assertThat(thumb.getWidth()).isEqualTo(128);
            assertThat(thumb.getHeight()).isEqualTo(72);
            assertThat(light(thumb, 0.2)).isEqualTo("red");
            assertThat(light(video.thumbnail(LAST_RED + 1, 128), 0.2)).isEqualTo("green");
        }
    }

    @Test
    void videoDecodesCorrectlyWhenManyThreadsAskAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (FrameSource video = FrameSource.ofVideo(SampleFrames.VIDEO)) {
            List<Future<String>> lights = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                int frame = i % 2 == 0 ? LAST_RED : LAST_RED + 1;
                lights.add(pool.submit(() -> light(video.frame(frame), 1)));
            }
            for (int i = 0; i < lights.size(); i++) {
                assertThat(lights.get(i).get()).as("request %d", i).isEqualTo(i % 2 == 0 ? "red" : "green");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void closedVideoRefusesFurtherFrames() throws Exception {
        FrameSource video = FrameSource.ofVideo(SampleFrames.VIDEO);
        video.close();
        video.close();
        assertThatThrownBy(() -> video.frame(0)).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void videoThatIsNotAVideoFailsNamingTheFile(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("broken.mp4"), "this is not a video");
        assertThatThrownBy(() -> FrameSource.ofVideo(bad))
                .isInstanceOf(MediaDecodeException.class).hasMessageContaining("broken.mp4");
        assertThatThrownBy(() -> FrameSource.ofVideo(dir.resolve("missing.mp4")))
                .isInstanceOf(MediaDecodeException.class).hasMessageContaining("missing.mp4");
    }

    @Test
    void frameImagesAreNumberedAsTheModelCountsThem() {
        FrameSource frames = FrameSource.ofImages(SampleFrames.frameFiles(), new ImageLoader());
        assertThat(frames.frameCount()).isEqualTo(16);
        assertThat(frames.label(0)).isEqualTo("#1");
        assertThat(frames.label(15)).isEqualTo("#16");
        assertThat(light(frames.frame(8), 1)).as("#9 is source frame 39").isEqualTo("red");
        assertThat(light(frames.frame(9), 1)).as("#10 is source frame 44").isEqualTo("green");
        assertThatThrownBy(() -> frames.frame(16)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void frameImagesShareCacheKeysAcrossSourcesOfTheSameFiles() {
        FrameSource a = FrameSource.ofImages(SampleFrames.frameFiles(), new ImageLoader());
        FrameSource b = FrameSource.ofImages(SampleFrames.frameFiles(), new ImageLoader());
        assertThat(a.frameKey(3)).isEqualTo(b.frameKey(3)).isNotEqualTo(a.frameKey(4));
    }

    @Test
    void missingFrameImageFailsWithTheFileNamed(@TempDir Path dir) {
        FrameSource frames = FrameSource.ofImages(List.of(dir.resolve("gone_01.jpg")), new ImageLoader());
        assertThatThrownBy(() -> frames.frame(0))
                .isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(MediaDecodeException.class)
                .hasMessageContaining("gone_01.jpg");
    }
}
