package io.pixelstudio.trace.edit;

import io.pixelstudio.trace.format.AtomicFiles;
import io.pixelstudio.trace.media.ImageLoader;
import io.pixelstudio.trace.media.MediaDecodeException;
import io.pixelstudio.trace.media.MediaPathException;
import io.pixelstudio.trace.media.MediaResolver;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Reads a document's images through its {@link MediaResolver} and {@link ImageLoader}, and writes
 * re-executed crops as PNG files named by a hash of their pixels under
 * {@code <mediaFolder>/edited-crops/}. Content addressing makes undo/redo and repeated drags to the
 * same box reuse one file instead of piling up copies, and means an existing file is never
 * replaced: a name can only ever hold one set of pixels (checked before reuse).
 */
public final class FileObservationRenderer implements ObservationRenderer {

    /** The folder, under the media folder, that edited crops are written to. */
    public static final String FOLDER = "edited-crops";

    private final Path mediaFolder;
    private final MediaResolver resolver;
    private final ImageLoader loader;

    /**
     * @param mediaFolder the document's media folder (the data file's folder, or a project's
     *                    {@code media/}); crops go to its {@code edited-crops/} subfolder
     * @param resolver    resolves paths as the trace writes them
     * @param loader      decodes image files
     */
    public FileObservationRenderer(Path mediaFolder, MediaResolver resolver, ImageLoader loader) {
        this.mediaFolder = Objects.requireNonNull(mediaFolder, "mediaFolder").toAbsolutePath().normalize();
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    @Override
    public BufferedImage load(String path) throws EditException {
        try {
            return loader.load(resolver.resolve(path));
        } catch (MediaPathException | MediaDecodeException e) {
            throw new EditException("cannot load image '" + path + "': " + e.getMessage(), e);
        }
    }

    @Override
    public String store(BufferedImage image) throws EditException {
        Objects.requireNonNull(image, "image");
        String name = pixelHash(image) + ".png";
        Path file = mediaFolder.resolve(FOLDER).resolve(name);
        try {
            if (Files.exists(file)) {
                requireSamePixels(file, image);
            } else {
                AtomicFiles.write(file, out -> {
                    if (!ImageIO.write(image, "png", out)) {
                        throw new IOException("no PNG writer available");
                    }
                });
            }
        } catch (IOException e) {
            throw new EditException("cannot write edited crop " + file + ": " + e.getMessage(), e);
        }
        return pathInTrace(file);
    }

    /**
     * How the trace names {@code file}: relative to the folder its paths resolve against (so
     * {@code edited-crops/…} when the media folder is that folder, {@code media/edited-crops/…} for a
     * project's media subfolder), absolute when the media folder lies elsewhere.
     */
    private String pathInTrace(Path file) {
        Path base = resolver.baseDir();
        if (!file.startsWith(base)) {
            return file.toString();
        }
        return base.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }

    private void requireSamePixels(Path file, BufferedImage image) throws EditException {
        BufferedImage existing;
        try {
            existing = loader.load(file);
        } catch (MediaDecodeException e) {
            throw new EditException("refusing to replace " + file + ", which is not a readable image: " + e.getMessage(), e);
        }
        if (!pixelHash(existing).equals(pixelHash(image))) {
            throw new EditException("refusing to replace " + file + ": it holds other pixels than its name says");
        }
    }

    /** SHA-256 over width, height and the 8-bit RGB of every pixel, as 32 hex digits. */
    static String pixelHash(BufferedImage image) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
        int w = image.getWidth();
        int h = image.getHeight();
        digest.update(ByteBuffer.allocate(8).putInt(w).putInt(h).array());
        int[] row = new int[w];
        ByteBuffer bytes = ByteBuffer.allocate(w * 3);
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            bytes.clear();
            for (int rgb : row) {
                bytes.put((byte) (rgb >> 16)).put((byte) (rgb >> 8)).put((byte) rgb);
            }
            digest.update(bytes.array(), 0, bytes.position());
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }
}
