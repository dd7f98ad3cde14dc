package io.pixelstudio.trace.validate;

import io.pixelstudio.trace.media.ImageSize;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Reads image sizes from headers with {@code javax.imageio} readers (TwelveMonkeys plugins add
 * JPEG variants, WebP, TIFF and BMP), so validating 100,000 traces never decodes pixels.
 */
public final class ImageIoMediaInspector implements MediaInspector {

    @Override
    public boolean exists(Path file) {
        return Files.isRegularFile(file);
    }

    @Override
    public ImageSize imageSize(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new IOException("cannot open " + file);
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("not an image format the studio reads: " + file);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new ImageSize(reader.getWidth(0), reader.getHeight(0));
            } catch (IllegalArgumentException e) {
                throw new IOException("bad image header in " + file + ": " + e.getMessage(), e);
            } finally {
                reader.dispose();
            }
        }
    }
}
