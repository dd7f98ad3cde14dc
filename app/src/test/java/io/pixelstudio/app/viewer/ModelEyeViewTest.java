package io.pixelstudio.app.viewer;

import io.pixelstudio.app.testing.SampleData;
import io.pixelstudio.trace.media.ImageSize;
import io.pixelstudio.trace.ops.ObservedReplay;
import io.pixelstudio.trace.ops.SmartResize;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ModelEyeViewTest {

    private static SampleData sample;

    @BeforeAll
    static void loadSample() throws Exception {
        sample = new SampleData();
    }

    @Test
    void givesTheInputAsResizedForTheModelWithItsTokenCountAndGrid() throws Exception {
        ObservedReplay.Result result = sample.replay("street-bakery-hours");
        BufferedImage original = ImageIO.read(SampleData.media().resolve("street.jpg").toFile());
        ModelEyeView eye = new ModelEyeView(result.replay(), 0);

        ImageSize expected = SmartResize.fit(original.getWidth(), original.getHeight(), result.settings().inputBounds());
        assertThat(eye.inputSize()).isEqualTo(expected);
        assertThat(eye.input().getWidth() % 28).isZero();
        assertThat(eye.input().getHeight() % 28).isZero();
        assertThat(eye.originalSize()).isEqualTo(new ImageSize(original.getWidth(), original.getHeight()));
        assertThat(eye.visualTokens()).isEqualTo((long) (expected.width() / 28) * (expected.height() / 28));
        assertThat(eye.originalGrid().cellWidth()).isCloseTo(28.0 * original.getWidth() / expected.width(), within(1e-9));
        assertThat(eye.originalGrid().tokens()).isEqualTo(eye.visualTokens());
        assertThat(eye.inputGrid().cellWidth()).isEqualTo(28.0);
        assertThat(eye.caption(ViewerText.load())).isEqualTo("model input " + expected.width() + "\u00d7" + expected.height()
                + " px (original " + original.getWidth() + "\u00d7" + original.getHeight() + ") \u00b7 "
                + eye.visualTokens() + " visual tokens \u00b7 28-px grid");
    }

    @Test
    void aVideoQuestionsInputsAreItsFrames() {
        ObservedReplay.Result result = sample.replay("traffic-light-change");
        int frames = ModelEyeView.inputCount(result.replay());
        assertThat(frames).isEqualTo(result.replay().initial().videoFrames().size()).isPositive();
        ModelEyeView last = new ModelEyeView(result.replay(), frames - 1);
        assertThat(last.input()).isSameAs(result.replay().initial().videoFrames().get(frames - 1));
    }

    @Test
    void rejectsAnInputTheReplayDoesNotHave() {
        ObservedReplay.Result result = sample.replay("street-bakery-hours");
        assertThatThrownBy(() -> new ModelEyeView(result.replay(), 5)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
