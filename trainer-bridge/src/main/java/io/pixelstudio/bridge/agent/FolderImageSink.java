package io.pixelstudio.bridge.agent;

import io.pixelstudio.trace.format.AtomicFiles;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes observation images as lossless PNGs under {@code folder/<trace id>/turn<k>-<i>.png} and
 * returns their absolute paths.
 */
public final class FolderImageSink implements ImageSink {

    private final Path folder;

    public FolderImageSink(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder").toAbsolutePath();
    }

    @Override
    public String store(String traceId, int turnIndex, int imageIndex, BufferedImage image) throws IOException {
        Path dir = folder.resolve(traceId.replaceAll("[^A-Za-z0-9._-]", "_"));
        Files.createDirectories(dir);
        Path file = dir.resolve("turn" + turnIndex + "-" + imageIndex + ".png");
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer for " + file);
            }
        });
        return file.toString();
    }
}
