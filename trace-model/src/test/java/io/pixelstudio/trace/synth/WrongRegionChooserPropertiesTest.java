package io.pixelstudio.trace.synth;

import static org.assertj.core.api.Assertions.assertThat;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.media.ImageSize;
import io.pixelstudio.trace.ops.CropGeometry;
import io.pixelstudio.trace.ops.PixelBounds;
import io.pixelstudio.trace.ops.SmartResize;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;

/**
 * The wrong region of a self-correction, for random image sizes and evidence boxes: what the tool
 * would really cut for it never overlaps the evidence, the box stays inside the image and is a
 * valid normalized call, and small evidence always leaves room.
 */
class WrongRegionChooserPropertiesTest {

    private record Case(int width, int height, Box evidence, Box zoom, Optional<WrongRegion> wrong) {
    }

    private static Case choose(int width, int height, double x, double y, double w, double h, long seed) {
        double x1 = x * width;
        double y1 = y * height;
        Box evidencePx = new Box(x1, y1, Math.min(width, x1 + Math.max(1, w * width)),
                Math.min(height, y1 + Math.max(1, h * height)), BoxConvention.ORIGINAL_PIXELS);
        ImageSize input = SmartResize.fit(width, height, PixelBounds.TRAINING_INPUT);
        Box zoom = EvidenceFraming.zoomBox(evidencePx, width, height, input);
        Box evidence = EvidenceFraming.normalized(evidencePx, width, height);
        return new Case(width, height, evidence, zoom,
                WrongRegionChooser.choose(evidence, zoom, width, height, new Random(seed)));
    }

    @Property(tries = 2000)
    void theWrongCutNeverOverlapsTheEvidenceAndTheBoxStaysInsideTheImage(
            @ForAll @IntRange(min = 60, max = 6000) int width, @ForAll @IntRange(min = 60, max = 6000) int height,
            @ForAll @DoubleRange(min = 0, max = 0.99) double x, @ForAll @DoubleRange(min = 0, max = 0.99) double y,
            @ForAll @DoubleRange(min = 0, max = 1) double w, @ForAll @DoubleRange(min = 0, max = 1) double h,
            @ForAll long seed) {
        Assume.that(width / height < 50 && height / width < 50);
        Case c = choose(width, height, x, y, w, h, seed);
        c.wrong().ifPresent(wrong -> {
            Box box = wrong.box();
            assertThat(box.x1()).isBetween(0.0, 0.999);
            assertThat(box.y1()).isBetween(0.0, 0.999);
            assertThat(box.x2()).isBetween(box.x1(), 0.999).isGreaterThan(box.x1());
            assertThat(box.y2()).isBetween(box.y1(), 0.999).isGreaterThan(box.y1());
            assertThat(CropGeometry.readsAsNormalized(box)).isTrue();
            Box cut = CropGeometry.of(box, c.width(), c.height()).padded();
            assertThat(cut).isEqualTo(wrong.cut());
            assertThat(WrongRegionChooser.disjoint(cut, c.evidence())).as("cut %s evidence %s", cut, c.evidence()).isTrue();
            assertThat(WrongRegionChooser.disjoint(box, c.evidence())).isTrue();
            if (wrong.clear()) {
                assertThat(WrongRegionChooser.disjoint(cut, c.zoom())).isTrue();
            }
        });
    }

    @Property(tries = 1000)
    void evidenceUnderAFifthOfTheImageAlwaysLeavesAClearWrongRegion(
            @ForAll @IntRange(min = 200, max = 6000) int width, @ForAll @IntRange(min = 200, max = 6000) int height,
            @ForAll @DoubleRange(min = 0, max = 0.8) double x, @ForAll @DoubleRange(min = 0, max = 0.8) double y,
            @ForAll @DoubleRange(min = 0, max = 0.2) double w, @ForAll @DoubleRange(min = 0, max = 0.2) double h,
            @ForAll long seed) {
        Case c = choose(width, height, x, y, w, h, seed);
        assertThat(c.wrong()).isPresent();
        assertThat(c.wrong().get().clear()).isTrue();
    }

    @Property(tries = 500)
    void wrongFramesAreNeverEvidenceFramesAndAvoidTheirNeighboursWhenTheyCan(
            @ForAll @IntRange(min = 1, max = 32) int frameCount,
            @ForAll @Size(min = 1, max = 6) @UniqueElements List<@IntRange(min = 1, max = 32) Integer> evidence,
            @ForAll long seed) {
        List<Integer> sorted = evidence.stream().filter(n -> n <= frameCount).sorted().toList();
        Assume.that(!sorted.isEmpty());
        Optional<List<Integer>> wrong = WrongRegionChooser.chooseFrames(frameCount, sorted, new Random(seed));
        boolean someFar = java.util.stream.IntStream.rangeClosed(1, frameCount)
                .anyMatch(n -> !sorted.contains(n) && !sorted.contains(n - 1) && !sorted.contains(n + 1));
        if (sorted.size() == frameCount) {
            assertThat(wrong).isEmpty();
            return;
        }
        assertThat(wrong).isPresent();
        assertThat(wrong.get()).isNotEmpty().doesNotContainAnyElementsOf(sorted).isSorted().doesNotHaveDuplicates();
        if (someFar) {
            assertThat(wrong.get()).allSatisfy(n -> assertThat(sorted).doesNotContain(n - 1, n + 1));
        }
    }
}
