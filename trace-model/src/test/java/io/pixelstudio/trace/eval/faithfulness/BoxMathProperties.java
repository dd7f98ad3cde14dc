package io.pixelstudio.trace.eval.faithfulness;

import io.pixelstudio.trace.Box;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BoxMathProperties {

    @Provide
    Arbitrary<Box> boxes() {
        Arbitrary<Double> c = Arbitraries.doubles().between(0, 1).ofScale(3);
        return Combinators.combine(c, c, c, c).as(Box::normalized);
    }

    @Property
    void coverageIsAShare(@ForAll("boxes") Box target, @ForAll @Size(max = 5) List<@From("boxes") Box> cover) {
        double share = BoxMath.coverage(target, cover);

        assertThat(share).isBetween(0.0, 1.0);
    }

    @Property
    void iouIsSymmetricAndAShare(@ForAll("boxes") Box a, @ForAll("boxes") Box b) {
        assertThat(BoxMath.iou(a, b)).isEqualTo(BoxMath.iou(b, a)).isBetween(0.0, 1.0);
    }

    @Property
    void aCoverContainingTheTargetCoversAllOfIt(@ForAll("boxes") Box target, @ForAll("boxes") Box other) {
        Box around = Box.normalized(BoxMath.minX(target) - 0.01, BoxMath.minY(target) - 0.01,
                BoxMath.maxX(target) + 0.01, BoxMath.maxY(target) + 0.01);

        assertThat(BoxMath.coverage(target, List.of(other, around))).isCloseTo(1.0, within(1e-9));
    }

    @Property
    void addingACoverNeverLowersCoverage(@ForAll("boxes") Box target, @ForAll @Size(max = 4) List<@From("boxes") Box> cover,
                                         @ForAll("boxes") Box extra) {
        List<Box> more = new ArrayList<>(cover);
        more.add(extra);

        assertThat(BoxMath.coverage(target, more)).isGreaterThanOrEqualTo(BoxMath.coverage(target, cover) - 1e-12);
    }

    @Property
    void unionCoverageNeverExceedsTheSumOfSingleCoverages(@ForAll("boxes") Box target, @ForAll("boxes") Box a,
                                                          @ForAll("boxes") Box b) {
        double sum = BoxMath.coverage(target, List.of(a)) + BoxMath.coverage(target, List.of(b));

        assertThat(BoxMath.coverage(target, List.of(a, b))).isLessThanOrEqualTo(sum + 1e-12);
    }
}
