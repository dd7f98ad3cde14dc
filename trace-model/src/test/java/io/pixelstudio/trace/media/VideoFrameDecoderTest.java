package io.pixelstudio.trace.media;

import static io.pixelstudio.trace.media.ImageLoaderGoldenTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The clips in {@code media/video} show their frame number as 8 bars of 40 px (bit i white when
 * set), see {@code make-clips.sh}; {@link #frameNumberShownIn} reads it back.
 */
class VideoFrameDecoderTest {

    @ParameterizedTest(name = "{0}: frames 0, 1, 13 and last decode exactly")
    @CsvSource({"bars-h264.mp4, 75", "bars-vp9.webm, 50", "bars-vfr.mp4, 40"})
    void decodesTheRequestedFrame(String name, int frames) throws Exception {
        try (VideoFrameDecoder decoder = VideoFrameDecoder.open(clip(name))) {
            assertThat(decoder.info().frameCount()).isEqualTo(frames);
            for (int n : new int[] {0, 1, 13, frames - 1, 13, 0}) {
                assertThat(frameNumberShownIn(decoder.decode(n))).as("frame %d", n).isEqualTo(n);
            }
        }
    }

    @ParameterizedTest(name = "{0}: every frame in a shuffled order")
    @CsvSource({"bars-h264.mp4", "bars-vp9.webm", "bars-vfr.mp4"})
    void decodesEveryFrameInRandomOrder(String name) throws Exception {
        try (VideoFrameDecoder decoder = VideoFrameDecoder.open(clip(name))) {
            List<Integer> order = new ArrayList<>(IntStream.range(0, decoder.info().frameCount()).boxed().toList());
            Collections.shuffle(order, new Random(42));
            for (int n : order) {
                assertThat(frameNumberShownIn(decoder.decode(n))).as("frame %d", n).isEqualTo(n);
            }
        }
    }

    /** Expected values are ffprobe's packet pts_time for the clip (the encoder rounds to 1/25 s). */
    @Test
    void reportsTimestampsOfVariableFrameRateFrames() throws Exception {
        try (VideoFrameDecoder decoder = VideoFrameDecoder.open(clip("bars-vfr.mp4"))) {
            assertThat(decoder.timestampSeconds(19)).isCloseTo(0.76, org.assertj.core.data.Offset.offset(1e-3));
            assertThat(decoder.timestampSeconds(20)).isCloseTo(1.8, org.assertj.core.data.Offset.offset(1e-3));
            assertThat(decoder.timestampSeconds(39)).isCloseTo(3.68, org.assertj.core.data.Offset.offset(1e-3));
        }
    }

    @Test
    void appliesRotationMetadataUnlessAskedNotTo() throws Exception {
        try (VideoFrameDecoder upright = VideoFrameDecoder.open(clip("bars-rotated.mp4"));
                VideoFrameDecoder stored = VideoFrameDecoder.open(clip("bars-rotated.mp4"), RotationMode.AS_STORED)) {
            // ffprobe: display matrix rotation=90 (counter-clockwise), i.e. 270 clockwise; the ffmpeg
            // command line turns frames counter-clockwise, moving stored (20, 120) to (120, 299).
            assertThat(upright.info().rotationDegrees()).isEqualTo(270);
            BufferedImage turned = upright.decode(5);
            assertThat(turned.getWidth()).isEqualTo(240);
            assertThat(turned.getHeight()).isEqualTo(320);
            BufferedImage plain = stored.decode(5);
            assertThat(plain.getWidth()).isEqualTo(320);
            assertThat(frameNumberShownIn(plain)).isEqualTo(5);
            assertThat(turned.getRGB(120, 299)).as("stored (20, 120) after a counter-clockwise quarter turn")
                    .isEqualTo(plain.getRGB(20, 120));
        }
    }

    @Test
    void thumbnailKeepsAspectAndContent() throws Exception {
        try (VideoFrameDecoder decoder = VideoFrameDecoder.open(clip("bars-h264.mp4"))) {
            BufferedImage thumb = decoder.thumbnail(37, 160);
            assertThat(thumb.getWidth()).isEqualTo(160);
            assertThat(thumb.getHeight()).isEqualTo(120);
            BufferedImage full = decoder.decode(37);
            assertThat(gray(thumb.getRGB(10, 60)) > 128).isEqualTo(gray(full.getRGB(20, 120)) > 128);
            assertThat(decoder.thumbnail(37, 1000).getWidth()).as("never enlarged").isEqualTo(320);
        }
    }

    @Test
    void refusesOutOfRangeFrame() throws Exception {
        try (VideoFrameDecoder decoder = VideoFrameDecoder.open(clip("bars-h264.mp4"))) {
            assertThatThrownBy(() -> decoder.decode(75)).isInstanceOf(IndexOutOfBoundsException.class)
                    .hasMessageContaining("[0, 74]");
            assertThatThrownBy(() -> decoder.decode(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        }
    }

    @Test
    void truncatedFileIsAnErrorNamingTheFile() throws Exception {
        Path file = clip("truncated.mp4");
        assertThatThrownBy(() -> VideoFrameDecoder.open(file)).isInstanceOf(MediaDecodeException.class)
                .hasMessageStartingWith(file.toString()).hasMessageContaining("not a readable video");
    }

    @Test
    void textFileIsNotAVideo(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("clip.mp4"), "no video here, just text\n".repeat(50));
        assertThatThrownBy(() -> new VideoProbe().probe(file)).isInstanceOf(MediaDecodeException.class)
                .hasMessageStartingWith(file.toString());
    }

    static Path clip(String name) throws Exception {
        return fixture("video/" + name);
    }

    /** Reads the 8-bit frame number from the bars, sampling each bar's centre at mid-height. */
    static int frameNumberShownIn(BufferedImage frame) {
        int n = 0;
        for (int bit = 0; bit < 8; bit++) {
            int x = (bit * 40 + 20) * frame.getWidth() / 320;
            if (gray(frame.getRGB(x, frame.getHeight() / 2)) > 128) {
                n |= 1 << bit;
            }
        }
        return n;
    }

    private static int gray(int rgb) {
        return (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF)) / 3;
    }
}
