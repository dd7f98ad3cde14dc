package io.pixelstudio.trace.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.pixelstudio.trace.testing.PixelDifference;
import java.awt.image.BufferedImage;
import java.net.URISyntaxException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every fixture decodes to the pixels PIL (Pillow 9.4 + qwen_vl_utils' to_rgb) produced for it,
 * stored next to it as {@code <name>.pil.png} by {@code make-fixtures.sh}. Lossless formats must
 * match exactly; JPEG within 1 level (libjpeg-turbo vs the JDK's libjpeg); lossy WebP differs
 * more, because TwelveMonkeys' VP8 decoder upsamples chroma differently from libwebp, so it is
 * bounded by a larger maximum and a small mean difference.
 */
class ImageLoaderGoldenTest {

    private final ImageLoader loader = new ImageLoader();

    @ParameterizedTest(name = "{0} matches PIL within max {1}, mean {2}")
    @CsvSource({
        "gray16.png, 0, 0.0",
        "rgb16.png, 0, 0.0",
        "rgba16.png, 0, 0.0",
        "rgba8.png, 0, 0.0",
        "gray-alpha.png, 0, 0.0",
        "gray2.png, 0, 0.0",
        "palette-trns.png, 0, 0.0",
        "rgb.bmp, 0, 0.0",
        "rgb.tif, 0, 0.0",
        "alpha-lossless.webp, 0, 0.0",
        "lossy.webp, 24, 3.0",
        "cmyk-ycck.jpg, 1, 0.5",
        "exif-orientation-6.jpg, 1, 0.5",
    })
    void decodesLikeThePipelineTheModelWasTrainedWith(String name, int maxDifference, double meanDifference) throws Exception {
        BufferedImage actual = loader.load(fixture(name));
        BufferedImage golden = ImageIO.read(fixture(name + ".pil.png").toFile());

        assertThat(actual.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(actual.getWidth()).isEqualTo(golden.getWidth());
        assertThat(actual.getHeight()).isEqualTo(golden.getHeight());
        assertThat(PixelDifference.max(actual, golden)).isLessThanOrEqualTo(maxDifference);
        assertThat(PixelDifference.mean(actual, golden)).isLessThanOrEqualTo(meanDifference);
    }

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(ImageLoaderGoldenTest.class.getResource("/media/" + name).toURI());
    }
}
