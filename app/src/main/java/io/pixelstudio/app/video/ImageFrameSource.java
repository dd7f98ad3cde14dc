package io.pixelstudio.app.video;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.trace.media.ImageLoader;
import io.pixelstudio.trace.media.MediaDecodeException;

import java.awt.image.BufferedImage;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Frames stored as image files, one per frame, as in Pixel Reasoner's video samples. Stateless
 * apart from the immutable file list, so any number of threads may read frames at once.
 */
final class ImageFrameSource implements FrameSource {

    private final List<Path> files;
    private final ImageLoader loader;
    private final Messages text = VideoText.load();

    ImageFrameSource(List<Path> frameFiles, ImageLoader loader) {
        this.files = List.copyOf(Objects.requireNonNull(frameFiles, "frameFiles"));
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    @Override
    public int frameCount() {
        return files.size();
    }

    @Override
    public BufferedImage frame(int index) {
        Path file = files.get(Objects.checkIndex(index, files.size()));
        try {
            return loader.load(file);
        } catch (MediaDecodeException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    @Override
    public String label(int index) {
        Objects.checkIndex(index, files.size());
        return text.get("label.image", String.valueOf(index + 1));
    }

    @Override
    public Object frameKey(int index) {
        return files.get(Objects.checkIndex(index, files.size())).toAbsolutePath().normalize();
    }

    /** The frame files, in order. */
    List<Path> files() {
        return files;
    }

    @Override
    public String toString() {
        return "frame images (" + files.size() + ")";
    }
}
