package io.pixelstudio.trace.ops;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.VisualOperation;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CropGeometryPropertiesTest {

    @Property
    void paddedBoxIsClampedAndTheCutLiesInsideTheImage(
            @ForAll @IntRange(min = 1, max = 4000) int w, @ForAll @IntRange(min = 1, max = 4000) int h,
            @ForAll @DoubleRange(min = -2, max = 5000) double x1, @ForAll @DoubleRange(min = -2, max = 5000) double y1,
            @ForAll @DoubleRange(min = -2, max = 5000) double x2, @ForAll @DoubleRange(min = -2, max = 5000) double y2) {
        CropGeometry g = CropGeometry.of(new Box(x1, y1, x2, y2, BoxConvention.MODEL_INPUT_PIXELS), w, h);
        for (double v : new double[] {g.padded().x1(), g.padded().y1(), g.padded().x2(), g.padded().y2()}) {
            assertThat(v).isBetween(0.0, 1.0);
        }
        assertThat(g.left()).isBetween(0, w);
        assertThat(g.right()).isBetween(0, w);
        assertThat(g.top()).isBetween(0, h);
        assertThat(g.bottom()).isBetween(0, h);
        if (g.pillowError() == null) {
            assertThat(g.left() + g.width()).isLessThanOrEqualTo(w);
            assertThat(g.top() + g.height()).isLessThanOrEqualTo(h);
        }
    }

    @Property
    void paddingAddsATenthOnEverySideBeforeClamping(
            @ForAll @DoubleRange(min = 0, max = 0.99) double x1, @ForAll @DoubleRange(min = 0, max = 0.99) double y1,
            @ForAll @DoubleRange(min = 0, max = 0.99) double x2, @ForAll @DoubleRange(min = 0, max = 0.99) double y2) {
        CropGeometry g = CropGeometry.of(Box.normalized(x1, y1, x2, y2), 500, 300);
        assertThat(g.normalized()).isEqualTo(Box.normalized(x1, y1, x2, y2));
        assertThat(g.padded().x1()).isEqualTo(Math.max(0, x1 - 0.1));
        assertThat(g.padded().x2()).isEqualTo(Math.min(1, x2 + 0.1));
        assertThat(g.padded().y1()).isEqualTo(Math.max(0, y1 - 0.1));
        assertThat(g.padded().y2()).isEqualTo(Math.min(1, y2 + 0.1));
        if (x1 <= x2 && y1 <= y2) {
            assertThat(g.padded().x1()).isLessThanOrEqualTo(x1);
            assertThat(g.padded().x2()).isGreaterThanOrEqualTo(x2);
        }
    }

    @Property
    void anyValueOfOneOrMoreMakesTheWholeBoxPixels(@ForAll @DoubleRange(min = 1, max = 50) double big,
                                                   @ForAll @DoubleRange(min = 0, max = 0.99) double small) {
        Box box = Box.normalized(small, small, big, small);
        assertThat(CropGeometry.readsAsNormalized(box)).isFalse();
        assertThat(CropGeometry.of(box, 200, 100).normalized().x1()).isEqualTo(small / 200);
    }

    @Property(tries = 60)
    void cropFailsExactlyWhenASideIs28PixelsOrLess(
            @ForAll @IntRange(min = 0, max = 60) int left, @ForAll @IntRange(min = 0, max = 60) int top,
            @ForAll @IntRange(min = 20, max = 60) int width, @ForAll @IntRange(min = 20, max = 60) int height) {
        // a box whose padded edges land on whole pixels of a 200x200 image: pixels p -> p/200 - 0.1 etc.
        Box box = new Box(left + 20, top + 20, left + width - 20 + 20, top + height - 20 + 20, BoxConvention.MODEL_INPUT_PIXELS);
        CropExecutor.Outcome outcome = new CropExecutor(PixelBounds.TRAINING_CROP)
                .execute(VisualState.ofImages(List.of(TestImages.constant(200, 200, 0))), new VisualOperation.ZoomIn(1, box));
        CropGeometry g = outcome.geometry();
        boolean tooSmall = g.width() <= 28 || g.height() <= 28;
        assertThat(outcome.result() instanceof OperationResult.Failure).isEqualTo(tooSmall);
        if (tooSmall) {
            assertThat(outcome.result().observationText()).contains("Cropped image is too small: " + g.width() + "x" + g.height());
        } else {
            assertThat(((OperationResult.Success) outcome.result()).images().get(0).getWidth() % 28).isZero();
        }
    }
}
