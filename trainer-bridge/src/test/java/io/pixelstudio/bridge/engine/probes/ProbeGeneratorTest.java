package io.pixelstudio.bridge.engine.probes;

import io.pixelstudio.trace.Box;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;

class ProbeGeneratorTest {

    @Test
    void theSameSeedAndIndexGiveTheSameImageAndItem() {
        for (int i = 0; i < 10; i++) {
            ProbeGenerator.Probe a = new ProbeGenerator(7).generate(i);
            ProbeGenerator.Probe b = new ProbeGenerator(7).generate(i);
            assertThat(a.item()).isEqualTo(b.item());
            assertThat(pixels(a.image())).isEqualTo(pixels(b.image()));
        }
    }

    @Test
    void anotherSeedGivesOtherImages() {
        assertThat(pixels(new ProbeGenerator(1).generate(0).image()))
                .isNotEqualTo(pixels(new ProbeGenerator(2).generate(0).image()));
    }

    @Test
    void smallEvidenceLiesWhollyInsideItsGridCell() {
        int cellSize = ProbeGenerator.SIZE / ProbeGenerator.GRID;
        for (int i = 0; i < 200; i++) {
            ProbeItem item = new ProbeGenerator(3).generate(i).item();
            if (!item.kind().needsZoom()) {
                continue;
            }
            Box b = item.evidence();
            int col = item.cell() % ProbeGenerator.GRID;
            int row = item.cell() / ProbeGenerator.GRID;
            assertThat(b.x1()).isGreaterThanOrEqualTo(col * cellSize);
            assertThat(b.x2()).isLessThanOrEqualTo((col + 1) * cellSize);
            assertThat(b.y1()).isGreaterThanOrEqualTo(row * cellSize);
            assertThat(b.y2()).isLessThanOrEqualTo((row + 1) * cellSize);
        }
    }

    @Test
    void glyphsAreDrawnInsideTheirBoxAndColourSquaresHaveTheirColour() {
        int glyphs = 0;
        int squares = 0;
        for (int i = 0; i < 100; i++) {
            ProbeGenerator.Probe p = new ProbeGenerator(5).generate(i);
            ProbeItem item = p.item();
            Box b = item.evidence();
            if (item.kind() == ProbeKind.DIGIT || item.kind() == ProbeKind.LETTER) {
                glyphs++;
                int inside = 0;
                for (int y = (int) b.y1() + 2; y < b.y2() - 2; y++) {
                    for (int x = (int) b.x1() + 2; x < b.x2() - 2; x++) {
                        inside += (p.image().getRGB(x, y) & 0xFFFFFF) == 0 ? 1 : 0;
                    }
                }
                assertThat(inside).as("black glyph pixels inside the box of %s", item.id()).isGreaterThan(20);
                assertThat(p.image().getRGB((int) b.x1() + 1, (int) b.y1() + 1) & 0xFFFFFF).isEqualTo(0xFFFFFF);
            } else if (item.kind() == ProbeKind.COLOUR) {
                squares++;
                int centre = p.image().getRGB((int) (b.x1() + b.x2()) / 2, (int) (b.y1() + b.y2()) / 2);
                int outside = p.image().getRGB((int) b.x1() - 2, (int) b.y1() - 2);
                assertThat(saturation(centre)).as(item.answer()).isGreaterThan(0.7);
                assertThat(saturation(outside)).isLessThan(0.2);
            }
        }
        assertThat(glyphs).isPositive();
        assertThat(squares).isPositive();
    }

    @Test
    void everyFifthItemIsHeldOut() {
        assertThat(new ProbeGenerator(0).generate(4).item().split()).isEqualTo(ProbeSplit.TEST);
        assertThat(new ProbeGenerator(0).generate(3).item().split()).isEqualTo(ProbeSplit.TRAIN);
    }

    private static double saturation(int rgb) {
        float[] hsb = java.awt.Color.RGBtoHSB(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF, null);
        return hsb[1];
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
