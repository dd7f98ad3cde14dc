package io.pixelstudio.bridge.probe;

import org.junit.jupiter.api.Test;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class CounterfactualsTest {

    /** A 200x100 image whose pixel (x, y) encodes x and y. */
    private static BufferedImage gradient() {
        BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 100; y++) {
            for (int x = 0; x < 200; x++) {
                image.setRGB(x, y, (x << 16) | (y << 8) | 7);
            }
        }
        return image;
    }

    private static final Rectangle REGION = new Rectangle(20, 30, 40, 20);

    @Test
    void maskPaintsOnlyTheRegionBlack() {
        BufferedImage out = Counterfactuals.apply(gradient(), REGION, ProbeKind.MASK, 1).orElseThrow();

        assertThat(out.getRGB(20, 30) & 0xFFFFFF).isZero();
        assertThat(out.getRGB(59, 49) & 0xFFFFFF).isZero();
        assertThat(out.getRGB(60, 49) & 0xFFFFFF).isEqualTo((60 << 16) | (49 << 8) | 7);
        assertThat(out.getRGB(19, 30) & 0xFFFFFF).isEqualTo((19 << 16) | (30 << 8) | 7);
    }

    @Test
    void shiftCopiesTheRegionOneBoxWidthToTheRightAndGoesLeftAtTheEdge() {
        BufferedImage out = Counterfactuals.apply(gradient(), REGION, ProbeKind.SHIFT, 1).orElseThrow();
        assertThat(out.getRGB(20, 30) & 0xFFFFFF).isEqualTo((60 << 16) | (30 << 8) | 7);

        Rectangle atRightEdge = new Rectangle(170, 10, 30, 10);
        BufferedImage left = Counterfactuals.apply(gradient(), atRightEdge, ProbeKind.SHIFT, 1).orElseThrow();
        assertThat(left.getRGB(170, 10) & 0xFFFFFF).isEqualTo((140 << 16) | (10 << 8) | 7);
        assertThat(Counterfactuals.shifted(new Rectangle(0, 0, 200, 10), 200)).isEmpty();
    }

    @Test
    void randomRegionsAreSeededSameSizedInsideAndNeverOverlap() {
        for (long seed = 0; seed < 200; seed++) {
            Rectangle a = Counterfactuals.random(REGION, 200, 100, new Random(seed)).orElseThrow();
            Rectangle b = Counterfactuals.random(REGION, 200, 100, new Random(seed)).orElseThrow();
            assertThat(a).isEqualTo(b);
            assertThat(a.intersects(REGION)).isFalse();
            assertThat(new Rectangle(0, 0, 200, 100).contains(a)).isTrue();
            assertThat(a.getSize()).isEqualTo(REGION.getSize());
        }
        assertThat(Counterfactuals.apply(gradient(), new Rectangle(0, 0, 150, 80), ProbeKind.RANDOM, 3)).isEmpty();
    }

    @Test
    void fullScalesTheWholeImageIntoTheRegion() {
        BufferedImage out = Counterfactuals.apply(gradient(), REGION, ProbeKind.FULL, 1).orElseThrow();

        int topLeft = out.getRGB(20, 30);
        int bottomRight = out.getRGB(59, 49);
        assertThat((topLeft >> 16) & 0xFF).isLessThan(5);
        assertThat((bottomRight >> 16) & 0xFF).isGreaterThan(190);
        assertThat((bottomRight >> 8) & 0xFF).isGreaterThan(90);
    }
}
