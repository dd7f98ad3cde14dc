package io.pixelstudio.app.reasoning;

import io.pixelstudio.app.viewer.FxImages;
import io.pixelstudio.app.viewer.ThumbnailScaling;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

/**
 * Loads observation thumbnails off the FX thread and caches them per path, so scrolling back over
 * a turn shows its images at once. Decoding and scaling run on the injected executor; the result is
 * published on the FX thread. A failure becomes a {@link Thumbnail.Failed} with the reason, never an
 * exception in the UI. Used from the FX thread only.
 */
final class ThumbnailLoader {

    private static final Logger LOG = LoggerFactory.getLogger(ThumbnailLoader.class);

    private final Executor background;
    private final Function<String, BufferedImage> imageLoader;
    private final int maxHeight;
    private final Map<String, ObjectProperty<Thumbnail>> cache;

    /**
     * @param maxHeight largest thumbnail height in pixels (smaller images are not enlarged)
     * @param capacity  how many thumbnails are kept; the least recently requested go first
     */
    ThumbnailLoader(Executor background, Function<String, BufferedImage> imageLoader, int maxHeight, int capacity) {
        this.background = Objects.requireNonNull(background, "background");
        this.imageLoader = Objects.requireNonNull(imageLoader, "imageLoader");
        if (maxHeight < 1 || capacity < 1) {
            throw new IllegalArgumentException("maxHeight and capacity must be positive");
        }
        this.maxHeight = maxHeight;
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ObjectProperty<Thumbnail>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The thumbnail of {@code path}; starts loading it on first request. */
    ReadOnlyObjectProperty<Thumbnail> request(String path) {
        Objects.requireNonNull(path, "path");
        ObjectProperty<Thumbnail> cached = cache.get(path);
        if (cached != null) {
            return cached;
        }
        ObjectProperty<Thumbnail> state = new SimpleObjectProperty<>(new Thumbnail.Loading());
        cache.put(path, state);
        try {
            background.execute(() -> {
                Thumbnail result = load(path);
                Platform.runLater(() -> state.set(result));
            });
        } catch (RejectedExecutionException e) {
            LOG.warn("thumbnail of {} not loaded: background executor refused the task", path, e);
            state.set(new Thumbnail.Failed("background work refused: " + e.getMessage()));
        }
        return state;
    }

    /** Forgets failed loads, so that showing a trace again retries them (the file may be back). */
    void forgetFailures() {
        cache.values().removeIf(p -> p.get() instanceof Thumbnail.Failed);
    }

    private Thumbnail load(String path) {
        try {
            BufferedImage image = imageLoader.apply(path);
            if (image == null) {
                return new Thumbnail.Failed("no image");
            }
            return new Thumbnail.Ready(FxImages.toFx(ThumbnailScaling.toHeight(image, maxHeight, BufferedImage.TYPE_INT_ARGB)));
        } catch (RuntimeException e) {
            LOG.warn("thumbnail of {} failed: {}", path, e.toString());
            LOG.debug("thumbnail failure", e);
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Thumbnail.Failed(message);
        }
    }
}
