package io.pixelstudio.trace.media;

import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the EXIF Orientation tag of a JPEG and applies it the way PIL's {@code exif_transpose}
 * does. Used only when the caller asks for {@link OrientationMode#APPLY_EXIF}: the model never
 * saw rotated pixels (see {@link OrientationMode}).
 *
 * <p>A tiny own parser (JPEG markers, then TIFF IFD0) instead of a metadata library: only one tag
 * is needed, and a broken EXIF block must never stop an image from loading.
 */
final class ExifOrientation {

    private static final int TAG_ORIENTATION = 0x0112;
    private static final int MAX_SEGMENTS = 64;

    private ExifOrientation() {
    }

    /** The EXIF orientation 1..8 of a JPEG file, 1 when absent, unreadable or not a JPEG. */
    static int read(Path jpeg) throws IOException {
        try (InputStream raw = Files.newInputStream(jpeg);
                DataInputStream in = new DataInputStream(new BufferedInputStream(raw))) {
            if (in.readUnsignedShort() != 0xFFD8) {
                return 1;
            }
            for (int i = 0; i < MAX_SEGMENTS; i++) {
                int marker = in.readUnsignedShort();
                if ((marker & 0xFF00) != 0xFF00 || marker == 0xFFDA || marker == 0xFFD9) {
                    return 1;
                }
                int length = in.readUnsignedShort() - 2;
                if (length < 0) {
                    return 1;
                }
                byte[] data = new byte[length];
                in.readFully(data);
                if (marker == 0xFFE1 && length > 14
                        && new String(data, 0, 6, StandardCharsets.ISO_8859_1).equals("Exif\0\0")) {
                    return orientationFromTiff(ByteBuffer.wrap(data, 6, length - 6).slice());
                }
            }
            return 1;
        } catch (EOFException e) {
            return 1;
        }
    }

    private static int orientationFromTiff(ByteBuffer tiff) {
        try {
            byte order = tiff.get(0);
            tiff.order(order == 'M' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
            int ifd = tiff.getInt(4);
            int entries = tiff.getShort(ifd) & 0xFFFF;
            for (int i = 0; i < entries; i++) {
                int entry = ifd + 2 + i * 12;
                if ((tiff.getShort(entry) & 0xFFFF) == TAG_ORIENTATION) {
                    int value = tiff.getShort(entry + 8) & 0xFFFF;
                    return value >= 1 && value <= 8 ? value : 1;
                }
            }
        } catch (IndexOutOfBoundsException e) {
            return 1;
        }
        return 1;
    }

    /** {@code image} turned upright for EXIF orientation {@code orientation} (a new image unless 1). */
    static BufferedImage apply(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                int sx;
                int sy;
                switch (orientation) {
                    case 2 -> { sx = w - 1 - x; sy = y; }
                    case 3 -> { sx = w - 1 - x; sy = h - 1 - y; }
                    case 4 -> { sx = x; sy = h - 1 - y; }
                    case 5 -> { sx = y; sy = x; }
                    case 6 -> { sx = y; sy = h - 1 - x; }
                    case 7 -> { sx = w - 1 - y; sy = h - 1 - x; }
                    default -> { sx = w - 1 - y; sy = x; }
                }
                out.setRGB(x, y, image.getRGB(sx, sy));
            }
        }
        return out;
    }
}
