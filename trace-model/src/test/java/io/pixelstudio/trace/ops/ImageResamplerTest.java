package io.pixelstudio.trace.ops;

import io.pixelstudio.trace.testing.PixelDifference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;

class ImageResamplerTest {

    @ParameterizedTest(name = "{0}: {1}x{2} -> {3}x{4}")
    @CsvSource(delimiter = ' ', value = {
        "down 37 23 17 11 1", "up 13 9 40 29 2", "vertical 64 48 64 20 3", "mixed 50 31 28 56 4", "bigdown 120 90 28 28 5",
    })
    void matchesPillowBicubicExactly(String name, int w, int h, int outW, int outH, int seed) {
        BufferedImage ours = ImageResampler.resize(TestImages.pattern(w, h, seed), outW, outH);
        BufferedImage pillow = TestImages.golden(name + ".png");
        assertThat(PixelDifference.max(ours, pillow)).isZero();
    }

    @Test
    void constantImageStaysConstant() {
        BufferedImage out = ImageResampler.resize(TestImages.constant(31, 17, 0x7f20e0), 90, 11);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                assertThat(out.getRGB(x, y) & 0xffffff).isEqualTo(0x7f20e0);
            }
        }
    }

    @Test
    void halvingACheckerboardAveragesToMidGray() {
        BufferedImage board = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                board.setRGB(x, y, ((x + y) & 1) == 0 ? 0xffffff : 0);
            }
        }
        BufferedImage out = ImageResampler.resize(board, 32, 32);
        int center = out.getRGB(16, 16) & 0xff;
        assertThat(center).isBetween(126, 129);
    }

    @Test
    void mirroredInputGivesMirroredOutput() {
        BufferedImage src = TestImages.pattern(40, 20, 9);
        BufferedImage mirrored = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 40; x++) {
                mirrored.setRGB(39 - x, y, src.getRGB(x, y));
            }
        }
        BufferedImage a = ImageResampler.resize(src, 16, 20);
        BufferedImage b = ImageResampler.resize(mirrored, 16, 20);
        for (int x = 0; x < 16; x++) {
            assertThat(a.getRGB(x, 7)).isEqualTo(b.getRGB(15 - x, 7));
        }
    }

    @Test
    void sameSizeIsAnExactCopy() {
        BufferedImage src = TestImages.pattern(30, 20, 3);
        assertThat(PixelDifference.max(ImageResampler.resize(src, 30, 20), src)).isZero();
    }

    @Test
    void cubicKernelHasPillowsShape() {
        assertThat(ImageResampler.cubic(0)).isEqualTo(1.0);
        assertThat(ImageResampler.cubic(1)).isEqualTo(0.0);
        assertThat(ImageResampler.cubic(0.5)).isEqualTo(0.5625);
        assertThat(ImageResampler.cubic(-1.5)).isEqualTo(-0.0625);
        assertThat(ImageResampler.cubic(2)).isEqualTo(0.0);
    }
}
