package io.pixelstudio.trace.media;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads images as the 8-bit RGB pixels the reference pipeline fed the model, with a pixel limit
 * checked from the header before anything is decoded.
 *
 * <p>Why: crops, sizes and boxes in traces only mean something on the model's pixel grid, so the
 * loader reproduces PIL's {@code Image.open(...).convert("RGB")} via qwen_vl_utils (no EXIF
 * rotation by default, PIL's 16-bit, palette, grey and CMYK rules; see {@link PilRgbConverter}).
 * Formats: whatever ImageIO readers are registered — with TwelveMonkeys on the class path that is
 * JPEG (incl. CMYK/YCCK), PNG, WebP, BMP, TIFF and GIF. The default limit
 * {@value #DEFAULT_MAX_PIXELS} pixels is where PIL raises {@code DecompressionBombError}
 * (2 × {@code MAX_IMAGE_PIXELS}), so anything the reference could open opens here too.
 */
public final class ImageLoader {

    /** PIL's hard limit: 2 × {@code Image.MAX_IMAGE_PIXELS} (89,478,485). */
    public static final long DEFAULT_MAX_PIXELS = 178_956_970L;

    private static final Logger LOG = LoggerFactory.getLogger(ImageLoader.class);

    private final long maxPixels;
    private final AlphaMode alphaMode;
    private final OrientationMode orientationMode;

    private ImageLoader(Builder builder) {
        this.maxPixels = builder.maxPixels;
        this.alphaMode = builder.alphaMode;
        this.orientationMode = builder.orientationMode;
    }

    /** A loader with the defaults: PIL's pixel limit, RGBA on white, pixels as stored. */
    public ImageLoader() {
        this(builder());
    }

    public static Builder builder() {
        return new Builder();
    }

    public long maxPixels() {
        return maxPixels;
    }

    /** Width and height as stored in the file, read from the header only (no pixel decoding). */
    public ImageSize readSize(Path file) throws MediaDecodeException {
        try (Opened opened = open(file)) {
            return opened.size();
        }
    }

    /**
     * Loads images by the paths a trace names, resolved against {@code resolver} — the form the
     * replay, the agent loop and the probes take (a function cannot throw checked exceptions): a path
     * that escapes the folder is an {@link IllegalArgumentException}, a file that cannot be decoded an
     * {@link java.io.UncheckedIOException}.
     */
    public Function<String, BufferedImage> resolving(MediaResolver resolver) {
        Objects.requireNonNull(resolver, "resolver");
        return path -> {
            try {
                return load(resolver.resolve(path));
            } catch (MediaPathException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            } catch (MediaDecodeException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /**
     * The image as packed 8-bit RGB ({@link BufferedImage#TYPE_INT_RGB}).
     *
     * @throws ImageTooLargeException when the header claims more than {@link #maxPixels()} pixels
     * @throws MediaDecodeException when the file is missing, unsupported, truncated or corrupt
     */
    public BufferedImage load(Path file) throws MediaDecodeException {
        try (Opened opened = open(file)) {
            ImageSize size = opened.size();
            if (size.pixels() > maxPixels) {
                throw new ImageTooLargeException(file, size, maxPixels);
            }
            BufferedImage rgb = decode(file, opened);
            if (orientationMode == OrientationMode.APPLY_EXIF && opened.isJpeg()) {
                rgb = ExifOrientation.apply(rgb, ExifOrientation.read(file));
            }
            return rgb;
        } catch (MediaDecodeException e) {
            throw e;
        } catch (IOException e) {
            throw new MediaDecodeException(file, "cannot read EXIF orientation: " + e.getMessage(), e);
        }
    }

    private BufferedImage decode(Path file, Opened opened) throws MediaDecodeException {
        ImageReader reader = opened.reader;
        List<String> warnings = new ArrayList<>();
        IIOReadWarningListener listener = (source, warning) -> warnings.add(warning);
        reader.addIIOReadWarningListener(listener);
        BufferedImage rgb;
        try {
            if (opened.isJpeg() && JpegCmykReader.isFourChannel(reader)) {
                rgb = JpegCmykReader.read(reader);
            } else {
                rgb = PilRgbConverter.toRgb(reader.read(0), alphaMode);
            }
        } catch (IOException | RuntimeException e) {
            throw new MediaDecodeException(file, "corrupt or truncated " + opened.format
                    + " image data (" + describe(e) + ")", e);
        }
        for (String warning : warnings) {
            if (warning.toLowerCase(Locale.ROOT).contains("premature end")) {
                throw new MediaDecodeException(file, "truncated " + opened.format + " image: " + warning);
            }
            LOG.warn("{}: {}", file, warning);
        }
        return rgb;
    }

    private static Opened open(Path file) throws MediaDecodeException {
        Objects.requireNonNull(file, "file");
        if (!Files.exists(file)) {
            throw new MediaDecodeException(file, "file not found");
        }
        if (!Files.isRegularFile(file)) {
            throw new MediaDecodeException(file, "not a regular file");
        }
        ImageInputStream stream = null;
        try {
            stream = ImageIO.createImageInputStream(file.toFile());
            if (stream == null) {
                throw new MediaDecodeException(file, "cannot open file for reading");
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
            if (!readers.hasNext()) {
                throw new MediaDecodeException(file, "not a supported image format "
                        + "(JPEG, PNG, WebP, BMP, TIFF and GIF are read)");
            }
            ImageReader reader = readers.next();
            reader.setInput(stream, true, false);
            Opened opened = new Opened(reader, stream, reader.getFormatName().toUpperCase(Locale.ROOT));
            stream = null;
            return opened.readHeader(file);
        } catch (MediaDecodeException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new MediaDecodeException(file, "cannot read image header (" + describe(e) + ")", e);
        } finally {
            closeQuietly(stream);
        }
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void closeQuietly(ImageInputStream stream) {
        if (stream == null) {
            return;
        }
        try {
            stream.close();
        } catch (IOException e) {
            LOG.debug("closing image stream failed", e);
        }
    }

    /** A reader positioned on image 0 of one file, with its header size; closes both. */
    private static final class Opened implements AutoCloseable {
        private final ImageReader reader;
        private final ImageInputStream stream;
        private final String format;
        private ImageSize size;

        Opened(ImageReader reader, ImageInputStream stream, String format) {
            this.reader = reader;
            this.stream = stream;
            this.format = format;
        }

        Opened readHeader(Path file) throws MediaDecodeException {
            try {
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w <= 0 || h <= 0) {
                    throw new MediaDecodeException(file, format + " header declares an empty image " + w + "x" + h);
                }
                size = new ImageSize(w, h);
                return this;
            } catch (MediaDecodeException e) {
                close();
                throw e;
            } catch (IOException | RuntimeException e) {
                close();
                throw new MediaDecodeException(file, "cannot read " + format + " header (" + describe(e) + ")", e);
            }
        }

        ImageSize size() {
            return size;
        }

        boolean isJpeg() {
            return "JPEG".equals(format) || "JPG".equals(format);
        }

        @Override
        public void close() {
            reader.dispose();
            closeQuietly(stream);
        }
    }

    /** Options for an {@link ImageLoader}; every option has a documented default. */
    public static final class Builder {
        private long maxPixels = DEFAULT_MAX_PIXELS;
        private AlphaMode alphaMode = AlphaMode.COMPOSITE_RGBA_ON_WHITE;
        private OrientationMode orientationMode = OrientationMode.AS_STORED;

        private Builder() {
        }

        /** Largest width×height decoded; default {@link #DEFAULT_MAX_PIXELS}. */
        public Builder optMaxPixels(long value) {
            if (value <= 0) {
                throw new IllegalArgumentException("maxPixels must be positive: " + value);
            }
            this.maxPixels = value;
            return this;
        }

        /** Default {@link AlphaMode#COMPOSITE_RGBA_ON_WHITE}. */
        public Builder optAlphaMode(AlphaMode value) {
            this.alphaMode = Objects.requireNonNull(value, "alphaMode");
            return this;
        }

        /** Default {@link OrientationMode#AS_STORED}. */
        public Builder optOrientationMode(OrientationMode value) {
            this.orientationMode = Objects.requireNonNull(value, "orientationMode");
            return this;
        }

        public ImageLoader build() {
            return new ImageLoader(this);
        }
    }
}
