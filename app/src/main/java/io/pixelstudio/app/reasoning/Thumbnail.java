package io.pixelstudio.app.reasoning;

import javafx.scene.image.Image;

import java.util.Objects;

/**
 * Where one observation thumbnail stands: still loading, ready, or failed with a message to show
 * in its place (a missing crop must not break the pane).
 */
public sealed interface Thumbnail {

    /** The load has not finished. */
    record Loading() implements Thumbnail {
    }

    /** The scaled image. */
    record Ready(Image image) implements Thumbnail {
        public Ready {
            Objects.requireNonNull(image, "image");
        }
    }

    /** The load failed; {@code message} says why. */
    record Failed(String message) implements Thumbnail {
        public Failed {
            Objects.requireNonNull(message, "message");
        }
    }
}
