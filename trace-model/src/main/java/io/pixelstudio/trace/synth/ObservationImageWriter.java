package io.pixelstudio.trace.synth;

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
 * Writes observation images under {@code folder} of a media base folder as the smaller of PNG and
 * JPEG (quality 0.9), and answers with the path relative to the base (forward slashes), which is
 * how the traces reference them. Why both encoders: flat synthetic crops stay lossless and small as
 * PNG, photographic crops are far smaller as JPEG, and the data set stays compact either way.
 */
public final class ObservationImageWriter implements ObservationSink {

    private static final float JPEG_QUALITY = 0.9f;

    private final Path mediaBase;
    private final String folder;

    /**
     * @param mediaBase the folder the traces' relative media paths are resolved against
     * @param folder    sub-folder of {@code mediaBase} for the images, written with {@code /}
     */
    public ObservationImageWriter(Path mediaBase, String folder) {
        this.mediaBase = Objects.requireNonNull(mediaBase, "mediaBase");
        this.folder = Objects.requireNonNull(folder, "folder");
        if (folder.isBlank() || Path.of(folder).isAbsolute() || folder.contains("..")) {
            throw new IllegalArgumentException("observation folder must be a plain relative folder: '" + folder + "'");
        }
    }

    /** Saves {@code image} as {@code <folder>/<name>.png|.jpg} and returns that relative path. */
    @Override
    public String save(BufferedImage image, String name) {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(name, "name");
        try {
            byte[] png = encode(image, "png");
            byte[] jpeg = jpeg(image);
            boolean usePng = png.length <= jpeg.length;
            String relative = folder + "/" + name + (usePng ? ".png" : ".jpg");
            Path file = mediaBase.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, usePng ? png : jpeg);
            return relative;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write observation image " + name + " under " + mediaBase, e);
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
