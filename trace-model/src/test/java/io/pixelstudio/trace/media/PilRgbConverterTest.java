package io.pixelstudio.trace.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class PilRgbConverterTest {

    @Test
    void compositesAlphaOverWhiteWithPillowsRounding() {
        // golden from Pillow: paste((200,100,50,a)) onto white for a = 0, 128, 255 and (10,250,0,77)
        BufferedImage rgba = new BufferedImage(4, 1, BufferedImage.TYPE_INT_ARGB);
        rgba.setRGB(0, 0, 0x00c86432);
        rgba.setRGB(1, 0, 0x80c86432);
        rgba.setRGB(2, 0, 0xffc86432);
        rgba.setRGB(3, 0, 0x4d0afa00);
        BufferedImage rgb = PilRgbConverter.toRgb(rgba, AlphaMode.COMPOSITE_RGBA_ON_WHITE);
        assertThat(rgb.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(rgb.getRGB(0, 0) & 0xffffff).isEqualTo(0xffffff);
        assertThat(rgb.getRGB(1, 0) & 0xffffff).isEqualTo(227 << 16 | 177 << 8 | 152);
        assertThat(rgb.getRGB(2, 0) & 0xffffff).isEqualTo(200 << 16 | 100 << 8 | 50);
        assertThat(rgb.getRGB(3, 0) & 0xffffff).isEqualTo(181 << 16 | 253 << 8 | 178);
    }

    @Test
    void dropModeKeepsColourOfTransparentPixels() {
        BufferedImage rgba = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        rgba.setRGB(0, 0, 0x00c86432);
        assertThat(PilRgbConverter.toRgb(rgba, AlphaMode.DROP).getRGB(0, 0) & 0xffffff).isEqualTo(0xc86432);
    }

    @Test
    void premultipliedAlphaIsDividedOutBeforeCompositing() {
        BufferedImage pre = new BufferedImage(2, 1, BufferedImage.TYPE_INT_ARGB_PRE);
        pre.setRGB(0, 0, 0x80c86432);
        pre.setRGB(1, 0, 0xffc86432);
        BufferedImage straight = new BufferedImage(2, 1, BufferedImage.TYPE_INT_ARGB);
        straight.setRGB(0, 0, pre.getRGB(0, 0));
        straight.setRGB(1, 0, pre.getRGB(1, 0));

        BufferedImage fromPre = PilRgbConverter.toRgb(pre, AlphaMode.COMPOSITE_RGBA_ON_WHITE);
        BufferedImage fromStraight = PilRgbConverter.toRgb(straight, AlphaMode.COMPOSITE_RGBA_ON_WHITE);
        assertThat(fromPre.getRGB(0, 0)).isEqualTo(fromStraight.getRGB(0, 0));
        assertThat(fromPre.getRGB(1, 0) & 0xffffff).isEqualTo(0xc86432);
    }

    @Test
    void grayKeepsItsSampleValues() {
        BufferedImage gray = new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_GRAY);
        gray.getRaster().setSample(0, 0, 0, 100);
        gray.getRaster().setSample(1, 0, 0, 7);
        BufferedImage rgb = PilRgbConverter.toRgb(gray, AlphaMode.COMPOSITE_RGBA_ON_WHITE);
        assertThat(rgb.getRGB(0, 0) & 0xffffff).isEqualTo(0x646464);
        assertThat(rgb.getRGB(1, 0) & 0xffffff).isEqualTo(0x070707);
    }

    @Test
    void alreadyConvertedImageIsReturnedUncopied() {
        BufferedImage rgb = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        assertThat(PilRgbConverter.toRgb(rgb, AlphaMode.COMPOSITE_RGBA_ON_WHITE)).isSameAs(rgb);
    }
}
