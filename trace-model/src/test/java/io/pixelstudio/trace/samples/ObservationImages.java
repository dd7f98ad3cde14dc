package io.pixelstudio.trace.samples;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Objects;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes the images a tool call returned (crops, selected frames) under {@code media/crops/} of
 * the sample folder, as the smaller of PNG and JPEG (quality 0.9), so the sample stays small while
 * flat synthetic crops stay lossless. Returns the path as the traces write it.
 */
final class ObservationImages {

    static final String FOLDER = "media/crops";
    private static final float JPEG_QUALITY = 0.9f;

    private final Path sampleDir;

    ObservationImages(Path sampleDir) {
        this.sampleDir = Objects.requireNonNull(sampleDir, "sampleDir");
    }

    /** Saves {@code image} as {@code media/crops/<name>.png|.jpg} and returns that relative path. */
    String save(BufferedImage image, String name) {
        try {
            byte[] png = encode(image, "png");
            byte[] jpeg = jpeg(image);
            boolean usePng = png.length <= jpeg.length;
            String relative = FOLDER + "/" + name + (usePng ? ".png" : ".jpg");
            Path file = sampleDir.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, usePng ? png : jpeg);
            return relative;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write observation image " + name, e);
        }
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(image, format, bytes)) {
            throw new IOException("no ImageIO writer for " + format);
        }
        return bytes.toByteArray();
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        if (!writers.hasNext()) {
            throw new IOException("no ImageIO writer for jpeg");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
