package io.pixelstudio.app.video;

import io.pixelstudio.app.viewer.FxImages;
import javafx.application.Platform;
import javafx.scene.image.Image;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Thumbnail loading behind the frame strip: cache first, otherwise one background decode per frame
 * at a time, published on the FX thread. Only the latest source counts: {@link #reset} starts a new
 * generation and results of older ones are dropped. A queued decode whose frame has scrolled out of
 * every cell is skipped before it starts, so flinging through a long video does not queue thousands
 * of decodes. Failures are remembered per frame (not retried until the next reset) and reported.
 * All methods but the background task run on the FX thread.
 */
final class StripThumbnails {

    /** Receives finished thumbnails and failures on the FX thread. */
    interface Listener {
        void thumbnailReady(int index, Image image);

        void thumbnailFailed(int index, String message);

        void pendingChanged(int pending);
    }

    private static final Logger LOG = LoggerFactory.getLogger(StripThumbnails.class);

    private final Executor background;
    private final ThumbnailCache cache;
    private final int maxSide;
    private final Listener listener;
    private final Map<Integer, Integer> wanted = new ConcurrentHashMap<>();
    private final Set<Integer> inFlight = new HashSet<>();
    private final Map<Integer, String> failures = new HashMap<>();
    private volatile long generation;
    private FrameSource source;

    StripThumbnails(Executor background, ThumbnailCache cache, int maxSide, Listener listener) {
        this.background = Objects.requireNonNull(background, "background");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.listener = Objects.requireNonNull(listener, "listener");
        if (maxSide < 1) {
            throw new IllegalArgumentException("maxSide must be positive: " + maxSide);
        }
        this.maxSide = maxSide;
    }

    /** Switches to {@code newSource} (null: none); pending work of the previous one is ignored. */
    void reset(FrameSource newSource) {
        generation++;
        source = newSource;
        wanted.clear();
        inFlight.clear();
        failures.clear();
        listener.pendingChanged(0);
    }

    /** A cell shows {@code index} now. */
    void want(int index) {
        wanted.merge(index, 1, Integer::sum);
    }

    /** A cell no longer shows {@code index}. */
    void unwant(int index) {
        wanted.computeIfPresent(index, (k, count) -> count <= 1 ? null : count - 1);
    }

    /** Why frame {@code index} has no thumbnail, or {@code null}. */
    String failure(int index) {
        return failures.get(index);
    }

    /** Frames being decoded or queued. */
    int pending() {
        return inFlight.size();
    }

    /**
     * The thumbnail of {@code index} if cached; otherwise {@code null}, and a decode is started
     * unless one is already under way (its result arrives through the listener).
     */
    Image request(int index) {
        if (source == null) {
            return null;
        }
        BufferedImage cached = cache.get(source.frameKey(index), maxSide);
        if (cached != null) {
            return FxImages.toFx(cached);
        }
        if (failures.containsKey(index) || !inFlight.add(index)) {
            return null;
        }
        listener.pendingChanged(inFlight.size());
        long gen = generation;
        FrameSource from = source;
        try {
            background.execute(() -> decode(gen, from, index));
        } catch (RejectedExecutionException e) {
            LOG.warn("thumbnail of frame {} of {} not decoded: background executor refused the task", index, from, e);
            finished(gen, index, null, "background work refused: " + e.getMessage());
        }
        return null;
    }

    private void decode(long gen, FrameSource from, int index) {
        if (gen != generation || !wanted.containsKey(index)) {
            Platform.runLater(() -> skipped(gen, index));
            return;
        }
        try {
            BufferedImage thumbnail = from.thumbnail(index, maxSide);
            cache.put(from.frameKey(index), maxSide, thumbnail);
            Image image = FxImages.toFx(thumbnail);
            Platform.runLater(() -> finished(gen, index, image, null));
        } catch (RuntimeException e) {
            if (gen != generation) {
                LOG.debug("thumbnail of frame {} of a replaced source failed", index, e);
                return;
            }
            LOG.warn("thumbnail of frame {} of {} failed: {}", index, from, e.toString());
            LOG.debug("thumbnail failure", e);
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            Platform.runLater(() -> finished(gen, index, null, message));
        }
    }

    private void skipped(long gen, int index) {
        if (gen != generation) {
            return;
        }
        inFlight.remove(index);
        listener.pendingChanged(inFlight.size());
        if (wanted.containsKey(index)) {
            Image image = request(index);
            if (image != null) {
                listener.thumbnailReady(index, image);
            }
        }
    }

    private void finished(long gen, int index, Image image, String failure) {
        if (gen != generation) {
            return;
        }
        inFlight.remove(index);
        listener.pendingChanged(inFlight.size());
        if (image != null) {
            listener.thumbnailReady(index, image);
        } else {
            failures.put(index, failure);
            listener.thumbnailFailed(index, failure);
        }
    }
}
