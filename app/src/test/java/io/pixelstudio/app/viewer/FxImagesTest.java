package io.pixelstudio.app.viewer;

import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class FxImagesTest {

    @Start
    void start(Stage stage) {
        // the toolkit must be running for JavaFX images; no window is needed
    }

    @Test
    void anOpaqueImageRoundTripsExactlyWhateverItsAwtType() {
        for (int type : new int[]{BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB,
                BufferedImage.TYPE_INT_ARGB_PRE, BufferedImage.TYPE_4BYTE_ABGR, BufferedImage.TYPE_BYTE_GRAY}) {
            BufferedImage noise = noise(37, 23, type, 42 + type);
            WritableImage fx = FxImages.toFx(noise);
            assertThat(fx.getWidth()).isEqualTo(37);
            assertThat(fx.getHeight()).isEqualTo(23);
            PixelReader reader = fx.getPixelReader();
            assertThat(reader.getArgb(5, 7)).isEqualTo(noise.getRGB(5, 7));
            Pixels.assertSamePixels(FxImages.toAwt(fx), noise);
        }
    }

    @Test
    void aSubimageConvertsOnlyItsOwnPixels() {
        BufferedImage whole = noise(40, 30, BufferedImage.TYPE_INT_ARGB, 7);
        BufferedImage part = whole.getSubimage(10, 5, 12, 9);
        Pixels.assertSamePixels(FxImages.toAwt(FxImages.toFx(part)), part);
    }

    @Test
    void aSubimageOfAnRgbImageAsTheLoaderReturnsConvertsOnlyItsOwnPixels() {
        BufferedImage whole = noise(40, 30, BufferedImage.TYPE_INT_RGB, 11);
        BufferedImage part = whole.getSubimage(3, 17, 25, 11);
        Pixels.assertSamePixels(FxImages.toAwt(FxImages.toFx(part)), part);
    }

    @Test
    void anRgbImageIsOpaqueWhateverItsUnusedTopByteHolds() {
        BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        int[] data = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        data[0] = 0x00abcdef;
        data[1] = 0x12345678;
        PixelReader reader = FxImages.toFx(image).getPixelReader();
        assertThat(reader.getArgb(0, 0)).isEqualTo(0xffabcdef);
        assertThat(reader.getArgb(1, 0)).isEqualTo(0xff345678);
    }

    @Test
    void premultipliedPixelsArriveUnpremultiplied() {
        BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB_PRE);
        image.setRGB(0, 0, 0x80ff0000);
        int argb = FxImages.toFx(image).getPixelReader().getArgb(0, 0);
        assertThat(argb >>> 24).isEqualTo(0x80);
        assertThat((argb >> 16) & 0xff).isBetween(0xfd, 0xff);
        assertThat(argb & 0xffff).isZero();
    }

    @Test
    void fullyTransparentAndOpaquePixelsKeepTheirAlpha() {
        BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, 0xff123456);
        image.setRGB(1, 0, 0x00000000);
        BufferedImage back = FxImages.toAwt(FxImages.toFx(image));
        assertThat(back.getRGB(0, 0)).isEqualTo(0xff123456);
        assertThat(back.getRGB(1, 0) >>> 24).isZero();
    }

    private static BufferedImage noise(int w, int h, int type, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(w, h, type);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, 0xff000000 | random.nextInt(0x1000000));
            }
        }
        return image;
    }
}
