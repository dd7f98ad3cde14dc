package io.pixelstudio.trace.eval.faithfulness;

import io.pixelstudio.trace.Box;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BoxMathTest {

    @Test
    void iouOfTwoHalfOverlappingSquaresIsOneSeventh() {
        // overlap 0.25 x 0.25 = 0.0625; union 0.25 + 0.25 - 0.0625 = 0.4375
        assertThat(BoxMath.iou(Box.normalized(0, 0, 0.5, 0.5), Box.normalized(0.25, 0.25, 0.75, 0.75)))
                .isCloseTo(1.0 / 7, within(1e-12));
    }

    @Test
    void coverageCountsOverlappingCoversOnce() {
        // left half (0.5) plus [0.5,0.75]x[0,0.5] (0.125) of the unit square; [0.25,0.5]x[0,0.5] is in both
        double share = BoxMath.coverage(Box.normalized(0, 0, 1, 1),
                List.of(Box.normalized(0, 0, 0.5, 1), Box.normalized(0.25, 0, 0.75, 0.5)));

        assertThat(share).isCloseTo(0.625, within(1e-12));
    }

    @Test
    void reversedCornersAreReadAsTheSameBox() {
        Box reversed = Box.normalized(0.5, 0.5, 0, 0);

        assertThat(BoxMath.area(reversed)).isCloseTo(0.25, within(1e-12));
        assertThat(BoxMath.iou(reversed, Box.normalized(0, 0, 0.5, 0.5))).isCloseTo(1, within(1e-12));
    }

    @Test
    void aTargetWithoutAreaIsCoveredWhenItsCentreIsInsideACover() {
        Box point = Box.normalized(0.3, 0.3, 0.3, 0.3);

        assertThat(BoxMath.coverage(point, List.of(Box.normalized(0.2, 0.2, 0.4, 0.4)))).isEqualTo(1);
        assertThat(BoxMath.coverage(point, List.of(Box.normalized(0.5, 0.5, 0.6, 0.6)))).isEqualTo(0);
    }

    @Test
    void disjointBoxesNeitherOverlapNorCover() {
        Box a = Box.normalized(0, 0, 0.2, 0.2);
        Box b = Box.normalized(0.2, 0.2, 0.4, 0.4);

        assertThat(BoxMath.iou(a, b)).isZero();
        assertThat(BoxMath.coverage(a, List.of(b))).isZero();
        assertThat(BoxMath.coverage(a, List.of())).isZero();
    }
}
