package io.pixelstudio.trace.media;

import static io.pixelstudio.trace.media.VideoFrameDecoderTest.clip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Expected figures are ffprobe's ({@code -count_packets}) for the clips made by make-clips.sh. */
class VideoProbeTest {

    private final VideoProbe probe = new VideoProbe();

    @Test
    void probesConstantRateMp4() throws Exception {
        VideoInfo info = probe.probe(clip("bars-h264.mp4"));
        assertThat(info.width()).isEqualTo(320);
        assertThat(info.height()).isEqualTo(240);
        assertThat(info.frameCount()).isEqualTo(75);
        assertThat(info.containerFrameCount()).isEqualTo(75);
        assertThat(info.averageFps()).isCloseTo(25.0, offset(1e-9));
        assertThat(info.durationSeconds()).isCloseTo(3.0, offset(1e-9));
        assertThat(info.variableFrameRate()).isFalse();
        assertThat(info.rotationDegrees()).isZero();
        assertThat(info.codec()).isEqualTo("h264");
    }

    @Test
    void countsFramesOfWebmWhichStoresNoCount() throws Exception {
        VideoInfo info = probe.probe(clip("bars-vp9.webm"));
        assertThat(info.containerFrameCount()).isZero();
        assertThat(info.frameCount()).isEqualTo(50);
        assertThat(info.averageFps()).isCloseTo(25.0, offset(1e-6));
        assertThat(info.codec()).isEqualTo("vp9");
    }

    @Test
    void detectsVariableFrameRate() throws Exception {
        VideoInfo info = probe.probe(clip("bars-vfr.mp4"));
        assertThat(info.frameCount()).isEqualTo(40);
        assertThat(info.variableFrameRate()).isTrue();
        assertThat(info.durationSeconds()).isCloseTo(3.72, offset(0.05));
    }

    @Test
    void reportsRotationAndDisplaySize() throws Exception {
        VideoInfo info = probe.probe(clip("bars-rotated.mp4"));
        assertThat(info.rotationDegrees()).isEqualTo(270);
        assertThat(info.displayWidth()).isEqualTo(240);
        assertThat(info.displayHeight()).isEqualTo(320);
    }

    @Test
    void truncatedFileIsAnErrorNamingTheFile() throws Exception {
        Path file = clip("truncated.mp4");
        assertThatThrownBy(() -> probe.probe(file)).isInstanceOf(MediaDecodeException.class)
                .hasMessageStartingWith(file.toString());
    }

    @Test
    void missingFileIsAnError(@org.junit.jupiter.api.io.TempDir Path dir) {
        Path file = dir.resolve("nope.mp4");
        assertThatThrownBy(() -> probe.probe(file)).isInstanceOf(MediaDecodeException.class)
                .hasMessage(file + ": file not found");
    }
}
