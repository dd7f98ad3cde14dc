package io.pixelstudio.trace.ops;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.ImageGeometry;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BoxConventionPropertiesTest {

    @Provide
    Arbitrary<ImageGeometry> geometries() {
        Arbitrary<Integer> side = Arbitraries.integers().between(1, 8000);
        return Combinators.combine(side, side, side, side).as(ImageGeometry::new);
    }

    @Property
    void convertingThereAndBackIsIdentity(@ForAll("geometries") ImageGeometry g,
                                          @ForAll BoxConvention from, @ForAll BoxConvention to,
                                          @ForAll @DoubleRange(min = -0.5, max = 1.5) double x1,
                                          @ForAll @DoubleRange(min = -0.5, max = 1.5) double y1,
                                          @ForAll @DoubleRange(min = -0.5, max = 1.5) double x2,
                                          @ForAll @DoubleRange(min = -0.5, max = 1.5) double y2) {
        Box box = new Box(x1 * g.width(from), y1 * g.height(from), x2 * g.width(from), y2 * g.height(from), from);
        Box back = box.to(to, g).to(from, g);
        double tol = 1e-9 * Math.max(g.width(from), g.height(from));
        assertThat(back.convention()).isEqualTo(from);
        assertThat(back.x1()).isCloseTo(box.x1(), within(tol));
        assertThat(back.y1()).isCloseTo(box.y1(), within(tol));
        assertThat(back.x2()).isCloseTo(box.x2(), within(tol));
        assertThat(back.y2()).isCloseTo(box.y2(), within(tol));
    }

    @Property
    void conversionsCompose(@ForAll("geometries") ImageGeometry g, @ForAll BoxConvention a,
                            @ForAll BoxConvention b, @ForAll BoxConvention c,
                            @ForAll @DoubleRange(min = 0, max = 1) double x1, @ForAll @DoubleRange(min = 0, max = 1) double y1) {
        Box box = new Box(x1 * g.width(a), y1 * g.height(a), g.width(a), g.height(a), a);
        Box viaB = box.to(b, g).to(c, g);
        Box direct = box.to(c, g);
        double tol = 1e-9 * Math.max(g.width(c), g.height(c));
        assertThat(viaB.x1()).isCloseTo(direct.x1(), within(tol));
        assertThat(viaB.y1()).isCloseTo(direct.y1(), within(tol));
        assertThat(viaB.x2()).isCloseTo(direct.x2(), within(tol));
        assertThat(viaB.y2()).isCloseTo(direct.y2(), within(tol));
    }

    @Property
    void originOfAWholeImageMapsNormalizedToOriginalPixelsLikeTheGeometry(
            @ForAll("geometries") ImageGeometry g, @ForAll @DoubleRange(min = 0, max = 1) double x, @ForAll @IntRange(min = 0, max = 3) int source) {
        ImageOrigin origin = ImageOrigin.whole(source, g.originalWidth(), g.originalHeight());
        Box n = Box.normalized(x, x / 2, 1 - x / 3, 1);
        Box viaOrigin = origin.toOriginalPixels(n);
        Box viaGeometry = n.to(BoxConvention.ORIGINAL_PIXELS, g);
        assertThat(viaOrigin.x1()).isCloseTo(viaGeometry.x1(), within(1e-6));
        assertThat(viaOrigin.x2()).isCloseTo(viaGeometry.x2(), within(1e-6));
        assertThat(viaOrigin.y1()).isCloseTo(viaGeometry.y1(), within(1e-6));
    }
}
