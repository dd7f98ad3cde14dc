package io.pixelstudio.trace.ops;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;

class RgbConversionTest {

    @Test
    void compositesAlphaOverWhiteWithPillowsRounding() {
        // golden from Pillow: paste((200,100,50,a)) onto white for a = 0, 128, 255 and (10,250,0,77)
        BufferedImage rgba = new BufferedImage(4, 1, BufferedImage.TYPE_INT_ARGB);
        rgba.setRGB(0, 0, 0x00c86432);
        rgba.setRGB(1, 0, 0x80c86432);
        rgba.setRGB(2, 0, 0xffc86432);
        rgba.setRGB(3, 0, 0x4d0afa00);
        BufferedImage rgb = RgbConversion.toRgb(rgba);
        assertThat(rgb.getRGB(0, 0) & 0xffffff).isEqualTo(0xffffff);
        assertThat(rgb.getRGB(1, 0) & 0xffffff).isEqualTo(227 << 16 | 177 << 8 | 152);
        assertThat(rgb.getRGB(2, 0) & 0xffffff).isEqualTo(200 << 16 | 100 << 8 | 50);
        assertThat(rgb.getRGB(3, 0) & 0xffffff).isEqualTo(181 << 16 | 253 << 8 | 178);
    }

    @Test
    void grayKeepsItsSampleValues() {
        BufferedImage gray = new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_GRAY);
        gray.getRaster().setSample(0, 0, 0, 100);
        gray.getRaster().setSample(1, 0, 0, 7);
        BufferedImage rgb = RgbConversion.toRgb(gray);
        assertThat(rgb.getRGB(0, 0) & 0xffffff).isEqualTo(0x646464);
        assertThat(rgb.getRGB(1, 0) & 0xffffff).isEqualTo(0x070707);
    }
}
