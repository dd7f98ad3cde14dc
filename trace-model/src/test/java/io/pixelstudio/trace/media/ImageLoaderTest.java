package io.pixelstudio.trace.media;

import static io.pixelstudio.trace.media.ImageLoaderGoldenTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageLoaderTest {

    @TempDir
    Path dir;

    private final ImageLoader loader = new ImageLoader();

    @Test
    void aResolvingLoaderReadsTracePathsAndNamesWhatGoesWrong() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("data"));
        BufferedImage red = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(red, "png", folder.resolve("red.png").toFile());
        Files.writeString(folder.resolve("broken.png"), "not a png");
        var images = loader.resolving(new MediaResolver(folder));

        assertThat(images.apply("red.png").getWidth()).isEqualTo(4);
        assertThatThrownBy(() -> images.apply("../outside.png")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> images.apply("broken.png")).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("broken.png");
    }

    @Test
    void refusesDecompressionBombFromHeaderAlone() throws Exception {
        Path bomb = writePngHeaderOnly(dir.resolve("bomb.png"), 100_000, 100_000);

        assertThat(Files.size(bomb)).isLessThan(100);
        assertThatThrownBy(() -> loader.load(bomb))
                .isInstanceOf(ImageTooLargeException.class)
                .hasMessageContaining(bomb.toString())
                .hasMessageContaining("100000x100000")
                .hasMessageContaining("10,000,000,000 pixels")
                .hasMessageContaining("178,956,970")
                .satisfies(e -> assertThat(((ImageTooLargeException) e).size()).isEqualTo(new ImageSize(100_000, 100_000)));
    }

    @Test
    void readsSizeFromHeaderWithoutDecoding() throws Exception {
        Path bomb = writePngHeaderOnly(dir.resolve("bomb.png"), 100_000, 70_000);
        assertThat(loader.readSize(bomb)).isEqualTo(new ImageSize(100_000, 70_000));
        assertThat(loader.readSize(fixture("rgb.tif"))).isEqualTo(new ImageSize(64, 48));
        assertThat(loader.readSize(fixture("lossy.webp"))).isEqualTo(new ImageSize(64, 48));
    }

    @Test
    void honoursConfiguredPixelLimit() throws Exception {
        ImageLoader strict = ImageLoader.builder().optMaxPixels(64 * 48 - 1).build();
        assertThatThrownBy(() -> strict.load(fixture("rgb.bmp"))).isInstanceOf(ImageTooLargeException.class);
        assertThat(ImageLoader.builder().optMaxPixels(64 * 48).build().load(fixture("rgb.bmp")).getWidth()).isEqualTo(64);
    }

    @Test
    void keepsStoredOrientationByDefaultLikeThePipeline() throws Exception {
        BufferedImage stored = loader.load(fixture("exif-orientation-6.jpg"));
        assertThat(stored.getWidth()).isEqualTo(60);
        assertThat(stored.getHeight()).isEqualTo(40);
        assertThat(isRed(stored.getRGB(2, 2))).isTrue();
        assertThat(loader.readSize(fixture("exif-orientation-6.jpg"))).isEqualTo(new ImageSize(60, 40));
    }

    @Test
    void appliesExifOrientationWhenAskedForDisplay() throws Exception {
        ImageLoader upright = ImageLoader.builder().optOrientationMode(OrientationMode.APPLY_EXIF).build();
        BufferedImage image = upright.load(fixture("exif-orientation-6.jpg"));
        assertThat(image.getWidth()).isEqualTo(40);
        assertThat(image.getHeight()).isEqualTo(60);
        assertThat(isRed(image.getRGB(37, 2))).as("stored top-left is top-right after 90 degrees clockwise").isTrue();
        assertThat(isRed(image.getRGB(2, 2))).isFalse();
    }

    @Test
    void alphaCanBeDroppedInsteadOfComposited() throws Exception {
        BufferedImage dropped = ImageLoader.builder().optAlphaMode(AlphaMode.DROP).build().load(fixture("rgba8.png"));
        BufferedImage raw = ImageIO.read(fixture("rgba8.png").toFile());
        for (int x = 0; x < 64; x += 7) {
            assertThat(dropped.getRGB(x, 20) & 0xFFFFFF).isEqualTo(raw.getRGB(x, 20) & 0xFFFFFF);
        }
        int clearest = 0;
        for (int x = 0; x < 64; x++) {
            if ((raw.getRGB(x, 20) >>> 24) < (raw.getRGB(clearest, 20) >>> 24)) {
                clearest = x;
            }
        }
        assertThat(raw.getRGB(clearest, 20) >>> 24).as("fixture has see-through pixels").isLessThan(100);
        BufferedImage composited = loader.load(fixture("rgba8.png"));
        assertThat(composited.getRGB(clearest, 20)).isNotEqualTo(dropped.getRGB(clearest, 20));
    }

    @Test
    void sixteenBitSamplesFollowPilRules() throws Exception {
        Path rgb16 = writeSixteenBit(dir.resolve("rgb16.png"), 3, new int[] {0x1234, 0x80FF, 0xFFFF});
        Path gray16 = writeSixteenBit(dir.resolve("gray16.png"), 1, new int[] {200, 256, 40000});

        BufferedImage rgb = loader.load(rgb16);
        assertThat(rgb.getRGB(0, 0) & 0xFFFFFF).as("high byte of each sample").isEqualTo(0x1280FF);
        BufferedImage gray = loader.load(gray16);
        assertThat(gray.getRGB(0, 0) & 0xFF).as("16-bit grey clips").isEqualTo(200);
        assertThat(gray.getRGB(1, 0) & 0xFF).isEqualTo(255);
        assertThat(gray.getRGB(2, 0) & 0xFF).isEqualTo(255);
    }

    @Test
    void truncatedJpegIsAnErrorNamingTheFile() throws Exception {
        Path file = fixture("truncated.jpg");
        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(MediaDecodeException.class)
                .hasMessageStartingWith(file.toString()).hasMessageContaining("truncated");
    }

    @Test
    void truncatedPngIsAnErrorNamingTheFile() throws Exception {
        Path file = fixture("truncated.png");
        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(MediaDecodeException.class)
                .hasMessageStartingWith(file.toString()).hasMessageContaining("PNG");
    }

    @Test
    void unsupportedFileIsAnErrorNamingTheFile() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.jpg"), "this is not an image");
        assertThatThrownBy(() -> loader.load(text)).isInstanceOf(MediaDecodeException.class)
                .hasMessageContaining(text.toString()).hasMessageContaining("not a supported image format");
        assertThatThrownBy(() -> loader.readSize(text)).isInstanceOf(MediaDecodeException.class);
    }

    @Test
    void missingFileAndFolderAreErrors() {
        Path missing = dir.resolve("gone.png");
        assertThatThrownBy(() -> loader.load(missing)).isInstanceOf(MediaDecodeException.class)
                .hasMessage(missing + ": file not found");
        assertThatThrownBy(() -> loader.load(dir)).isInstanceOf(MediaDecodeException.class)
                .hasMessageContaining("not a regular file");
    }

    private static boolean isRed(int rgb) {
        return ((rgb >> 16) & 0xFF) > 200 && ((rgb >> 8) & 0xFF) < 60 && (rgb & 0xFF) < 60;
    }

    /** A PNG with a valid IHDR for the given size and no image data at all. */
    static Path writePngHeaderOnly(Path file, int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        writeChunk(out, "IHDR", ihdr.array());
        writeChunk(out, "IEND", new byte[0]);
        return Files.write(file, out.toByteArray());
    }

    private static void writeChunk(ByteArrayOutputStream out, String type, byte[] data) throws Exception {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        out.write(typeBytes);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** A one-row 16-bit PNG (grey when bands is 1, RGB when 3) written by the JDK's PNG writer. */
    private static Path writeSixteenBit(Path file, int bands, int[] samples) throws Exception {
        ColorSpace cs = ColorSpace.getInstance(bands == 1 ? ColorSpace.CS_GRAY : ColorSpace.CS_sRGB);
        ComponentColorModel cm = new ComponentColorModel(cs, false, false, Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
        int width = samples.length / bands;
        WritableRaster raster = cm.createCompatibleWritableRaster(width, 1);
        raster.setPixels(0, 0, width, 1, samples);
        assertThat(ImageIO.write(new BufferedImage(cm, raster, false, null), "png", file.toFile())).isTrue();
        return file;
    }
}
