package io.pixelstudio.trace.rollout.heatmap;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ZoomHeatmapTest {

    private static final double EPS = 1e-12;

    @Test
    void eachRegionSpreadsAUnitMassOverTheCellsItCovers() {
        ZoomHeatmap map = ZoomHeatmap.of(2, 2, List.of(Box.normalized(0, 0, 0.5, 0.5),
                Box.normalized(0.25, 0.25, 0.75, 0.75)));

        assertThat(map.mass(0, 0)).isCloseTo(1.25, within(EPS));
        assertThat(map.mass(1, 0)).isCloseTo(0.25, within(EPS));
        assertThat(map.mass(0, 1)).isCloseTo(0.25, within(EPS));
        assertThat(map.mass(1, 1)).isCloseTo(0.25, within(EPS));
        assertThat(map.maxMass()).isCloseTo(1.25, within(EPS));
        assertThat(map.regions()).hasSize(2);
    }

    @Test
    void aRegionIsClippedToTheImageAndItsCornersOrderedBeforeItIsSpread() {
        ZoomHeatmap map = ZoomHeatmap.of(2, 2, List.of(Box.normalized(0.5, 1, -0.5, 0)));

        assertThat(map.regions()).containsExactly(Box.normalized(0, 0, 0.5, 1));
        assertThat(map.mass(0, 0)).isCloseTo(0.5, within(EPS));
        assertThat(map.mass(0, 1)).isCloseTo(0.5, within(EPS));
        assertThat(map.mass(1, 0)).isZero();
        assertThat(map.mass(1, 1)).isZero();
    }

    @Test
    void aRegionWithoutAreaInsideTheImageCarriesNoMassAndIsCounted() {
        ZoomHeatmap map = ZoomHeatmap.of(4, 4, List.of(Box.normalized(0.2, 0.2, 0.2, 0.6),
                Box.normalized(1.2, 0.1, 1.5, 0.3)));

        assertThat(map.regions()).isEmpty();
        assertThat(map.skipped()).isEqualTo(2);
        assertThat(map.maxMass()).isZero();
        assertThat(map.shareInside(List.of(Box.normalized(0, 0, 1, 1)))).isEmpty();
    }

    @Test
    void unevenCellsGetTheFractionOfTheRegionTheyHold() {
        ZoomHeatmap map = ZoomHeatmap.of(4, 1, List.of(Box.normalized(0.1, 0, 0.6, 1)));

        assertThat(map.mass(0, 0)).isCloseTo(0.15 / 0.5, within(EPS));
        assertThat(map.mass(1, 0)).isCloseTo(0.25 / 0.5, within(EPS));
        assertThat(map.mass(2, 0)).isCloseTo(0.10 / 0.5, within(EPS));
        assertThat(map.mass(3, 0)).isZero();
    }

    @Test
    void theShareInsideTheEvidenceIsTheMeanCoveredFractionOfEachRegion() {
        ZoomHeatmap map = ZoomHeatmap.of(8, 8, List.of(Box.normalized(0, 0, 0.5, 0.5),
                Box.normalized(0.25, 0.25, 0.75, 0.75)));

        assertThat(map.shareInside(List.of(Box.normalized(0, 0, 0.5, 0.5))).getAsDouble())
                .isCloseTo((1.0 + 0.25) / 2, within(EPS));
    }

    @Test
    void overlappingEvidenceRegionsAreCountedOnce() {
        ZoomHeatmap map = ZoomHeatmap.of(3, 3, List.of(Box.normalized(0, 0, 1, 1)));

        double share = map.shareInside(List.of(Box.normalized(0, 0, 0.5, 0.5), Box.normalized(0.25, 0.25, 0.75, 0.75)))
                .getAsDouble();

        assertThat(share).isCloseTo(0.25 + 0.25 - 0.0625, within(EPS));
    }

    @Test
    void withoutEvidenceThereIsNoShare() {
        ZoomHeatmap map = ZoomHeatmap.of(3, 3, List.of(Box.normalized(0, 0, 1, 1)));

        assertThat(map.shareInside(List.of())).isEmpty();
    }

    @Test
    void onlyNormalizedBoxesAndAPositiveGridAreAccepted() {
        Box pixels = new Box(0, 0, 10, 10, BoxConvention.ORIGINAL_PIXELS);
        assertThatThrownBy(() -> ZoomHeatmap.of(2, 2, List.of(pixels))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NORMALIZED");
        assertThatThrownBy(() -> ZoomHeatmap.of(0, 2, List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
