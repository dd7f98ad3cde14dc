package io.pixelstudio.trace.ops;

import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.ReadResult;
import io.pixelstudio.trace.format.TraceFormats;
import io.pixelstudio.trace.media.ImageLoader;
import io.pixelstudio.trace.media.MediaResolver;
import io.pixelstudio.trace.progress.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Uses the bundled sample, whose crops were made with the training bounds. */
class ObservedReplayTest {

    private static final Path SAMPLE = Path.of("..", "assets", "sample");
    private static Trace twoZooms;
    private static Function<String, BufferedImage> loader;

    @BeforeAll
    static void readSample() throws Exception {
        Path file = SAMPLE.resolve("sample-sft.json");
        ReadResult result = TraceFormats.discover().require("pixelreasoner-sft").read(file, ProgressListener.NONE);
        twoZooms = result.traces().stream().filter(t -> t.id().equals("street-last-bus-two-zooms")).findFirst()
                .orElseThrow();
        MediaResolver resolver = new MediaResolver(SAMPLE);
        ImageLoader images = new ImageLoader();
        loader = path -> {
            try {
                return images.load(resolver.resolve(path));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    @Test
    void picksTheSettingThatReproducesEveryStatedCropSize() {
        ObservedReplay.Result result = ObservedReplay.bestOf(twoZooms, loader, ObservedReplay.REFERENCE_SETTINGS);

        assertThat(result.name()).isEqualTo("training");
        assertThat(result.stated()).isEqualTo(2);
        assertThat(result.agrees()).isTrue();
    }

    @Test
    void reportsDisagreementWhenOnlyAWrongSettingIsOffered() {
        ObservedReplay.Result result = ObservedReplay.bestOf(twoZooms, loader, Map.of("eval", ReplaySettings.EVAL));

        assertThat(result.name()).isEqualTo("eval");
        assertThat(result.stated()).isEqualTo(2);
        assertThat(result.matched()).isLessThan(2);
        assertThat(result.agrees()).isFalse();
    }

    @Test
    void statedObservationIsReadFromTheTurnAfterTheCall() {
        ReplayStep first = ObservedReplay.replay(twoZooms, loader, "training", ReplaySettings.TRAINING).replay().steps().get(0);

        assertThat(ObservedReplay.statedObservation(twoZooms, first.turnIndex())).hasValueSatisfying(o ->
                assertThat(ObservedReplay.reproduces(first, o)).isTrue());
        assertThat(ObservedReplay.statedObservation(twoZooms, 0)).isEmpty();
    }
}
