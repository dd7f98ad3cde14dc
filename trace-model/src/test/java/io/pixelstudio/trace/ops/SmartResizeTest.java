package io.pixelstudio.trace.ops;

import io.pixelstudio.trace.media.ImageSize;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmartResizeTest {

    @Test
    void roundsEachSideToTheNearestMultipleOf28WhenWithinBounds() {
        // 800/28 = 28.57 -> 29*28 = 812; 1000/28 = 35.71 -> 36*28 = 1008
        assertThat(SmartResize.fit(1000, 800, PixelBounds.EVAL_INPUT)).isEqualTo(new ImageSize(1008, 812));
    }

    @Test
    void shrinksAndFloorsWhenAboveMax() {
        // beta = sqrt(12e6 / 1568000) = 2.76642; 3000/beta = 1084.4 -> 1064; 4000/beta = 1445.9 -> 1428
        assertThat(SmartResize.fit(4000, 3000, PixelBounds.TRAINING_INPUT)).isEqualTo(new ImageSize(1428, 1064));
    }

    @Test
    void growsAndCeilsWhenBelowMin() {
        // beta = sqrt(200704 / 5000) = 6.33568; 50*beta = 316.8 -> 336; 100*beta = 633.6 -> 644
        assertThat(SmartResize.fit(100, 50, PixelBounds.EVAL_CROP)).isEqualTo(new ImageSize(644, 336));
    }

    @Test
    void roundsHalvesToEvenLikePython() {
        // 70/28 = 2.5 rounds to 2 (not 3); 42/28 = 1.5 rounds to 2
        assertThat(SmartResize.fit(70, 70, PixelBounds.QWEN_DEFAULT)).isEqualTo(new ImageSize(56, 56));
        assertThat(SmartResize.fit(42, 42, PixelBounds.QWEN_DEFAULT)).isEqualTo(new ImageSize(56, 56));
    }

    @Test
    void refusesAspectRatiosAbove200WithPythonsMessage() {
        assertThatThrownBy(() -> SmartResize.fit(201, 1, PixelBounds.QWEN_DEFAULT))
                .hasMessage("absolute aspect ratio must be smaller than 200, got 201.0");
        assertThatThrownBy(() -> SmartResize.fit(1401, 7, PixelBounds.QWEN_DEFAULT))
                .hasMessage("absolute aspect ratio must be smaller than 200, got 200.14285714285714");
        assertThat(SmartResize.fit(200, 1, PixelBounds.QWEN_DEFAULT).width()).isEqualTo(196);
    }

    @Test
    void countsVisualTokensAsPatchesOf28() {
        assertThat(SmartResize.visualTokens(new ImageSize(1008, 812))).isEqualTo(36 * 29);
    }

    @Test
    void namedBoundsHaveTheReferenceValues() {
        assertThat(PixelBounds.EVAL_INPUT).isEqualTo(new PixelBounds(200_704, 6_272_000));
        assertThat(PixelBounds.TRAINING_INPUT).isEqualTo(new PixelBounds(3_136, 1_568_000));
        assertThat(PixelBounds.EVAL_CROP).isEqualTo(new PixelBounds(200_704, 4_014_080));
        assertThat(PixelBounds.TRAINING_CROP).isEqualTo(new PixelBounds(3_136, 784_000));
        assertThat(PixelBounds.TRAINING_FRAMES).isEqualTo(new PixelBounds(3_136, 313_600));
        assertThat(PixelBounds.README_EVAL).isEqualTo(new PixelBounds(401_408, 4_014_080));
    }
}
