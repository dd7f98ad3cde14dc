package io.pixelstudio.trace.synth;

import static org.assertj.core.api.Assertions.assertThat;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.media.ImageSize;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceFramingTest {

    @Test
    void theZoomBoxPadsTheEvidenceByATenthAndRoundsOutwardToThreeDecimals() {
        Box evidence = new Box(1000, 800, 1100, 900, BoxConvention.ORIGINAL_PIXELS);
        Box zoom = EvidenceFraming.zoomBox(evidence, 2000, 1000, new ImageSize(1400, 700));
        assertThat(zoom).isEqualTo(Box.normalized(0.495, 0.79, 0.555, 0.91));
    }

    @Test
    void theZoomBoxIsClampedBelowOneSoTheReferenceReadsItAsNormalized() {
        Box evidence = new Box(1900, 950, 2000, 1000, BoxConvention.ORIGINAL_PIXELS);
        Box zoom = EvidenceFraming.zoomBox(evidence, 2000, 1000, new ImageSize(1400, 700));
        assertThat(zoom.x2()).isEqualTo(0.999);
        assertThat(zoom.y2()).isEqualTo(0.999);
    }

    @Test
    void aTinyImageGrowsTheBoxUntilTheToolWouldNotRefuseTheCut() {
        Box evidence = new Box(10, 10, 12, 12, BoxConvention.ORIGINAL_PIXELS);
        ImageSize input = new ImageSize(56, 56);
        Box zoom = EvidenceFraming.zoomBox(evidence, 56, 56, input);
        assertThat(EvidenceFraming.cutLargeEnough(zoom, input)).isTrue();
        assertThat(zoom.x1()).isLessThanOrEqualTo(10 / 56.0);
        assertThat(zoom.x2()).isGreaterThanOrEqualTo(12 / 56.0);
    }

    @Test
    void framesAroundAddOneNeighbourEachSideWithinTheVideo() {
        assertThat(EvidenceFraming.framesAround(16, List.of(9, 10))).containsExactly(8, 9, 10, 11);
        assertThat(EvidenceFraming.framesAround(16, List.of(1))).containsExactly(1, 2);
        assertThat(EvidenceFraming.framesAround(16, List.of(16))).containsExactly(15, 16);
    }

    @Test
    void moreThanEightFramesAreThinnedEvenlyKeepingTheFirstAndLastEvidenceFrame() {
        List<Integer> frames = EvidenceFraming.framesAround(16, List.of(2, 15));
        assertThat(frames).hasSize(8).startsWith(2).endsWith(15).isSorted().doesNotHaveDuplicates();
    }
}
