package io.pixelstudio.app.video;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.app.viewer.FxImages;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.image.Image;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Decodes one frame at full resolution off the FX thread for showing it large (the viewer binds
 * its image to {@link #imageProperty()}). Stepping through a video asks for frame after frame
 * faster than they decode: only the latest request is published, older results are dropped. The
 * decoded pixels stay available as {@link #frameProperty()} for code that measures them. A frame
 * that cannot be decoded sets {@link #errorProperty()} instead of throwing. Use from the FX thread.
 */
public final class FramePreview {

    private static final Logger LOG = LoggerFactory.getLogger(FramePreview.class);

    private final Executor background;
    private final Messages text = VideoText.load();
    private final ReadOnlyObjectWrapper<Image> image = new ReadOnlyObjectWrapper<>(this, "image");
    private final ReadOnlyObjectWrapper<BufferedImage> frame = new ReadOnlyObjectWrapper<>(this, "frame");
    private final ReadOnlyIntegerWrapper frameIndex = new ReadOnlyIntegerWrapper(this, "frameIndex", -1);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private long request;

    public FramePreview(Executor background) {
        this.background = Objects.requireNonNull(background, "background");
    }

    /** Starts decoding frame {@code index} of {@code source}; a null source clears the preview. */
    public void show(FrameSource source, int index) {
        long mine = ++request;
        if (source == null) {
            publish(mine, -1, null, null, null);
            return;
        }
        Objects.checkIndex(index, source.frameCount());
        loading.set(true);
        try {
            background.execute(() -> decode(mine, source, index));
        } catch (RejectedExecutionException e) {
            publish(mine, index, null, null, text.get("preview.failed", source.label(index), "background work refused"));
        }
    }

    /** The shown frame as a JavaFX image, or null. */
    public ReadOnlyObjectProperty<Image> imageProperty() {
        return image.getReadOnlyProperty();
    }

    /** The shown frame's decoded pixels (8-bit RGB), or null. */
    public ReadOnlyObjectProperty<BufferedImage> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    /** 0-based index of the shown frame, -1 when none. */
    public ReadOnlyIntegerProperty frameIndexProperty() {
        return frameIndex.getReadOnlyProperty();
    }

    /** Why the latest request has no image, or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Whether the latest request is still decoding. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    private void decode(long mine, FrameSource source, int index) {
        if (mine != request) {
            return;
        }
        try {
            BufferedImage pixels = source.frame(index);
            Image fx = FxImages.toFx(pixels);
            Platform.runLater(() -> publish(mine, index, pixels, fx, null));
        } catch (RuntimeException e) {
            LOG.warn("frame {} of {} cannot be shown: {}", index, source, e.toString());
            LOG.debug("preview failure", e);
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            String message = text.get("preview.failed", source.label(index), reason);
            Platform.runLater(() -> publish(mine, index, null, null, message));
        }
    }

    private void publish(long mine, int index, BufferedImage pixels, Image fx, String failure) {
        if (mine != request) {
            return;
        }
        frame.set(pixels);
        image.set(fx);
        frameIndex.set(index);
        error.set(failure);
        loading.set(false);
    }
}
