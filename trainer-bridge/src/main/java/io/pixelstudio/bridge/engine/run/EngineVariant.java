package io.pixelstudio.bridge.engine.run;

import java.util.Locale;
import java.util.Optional;

/**
 * Which task an embedded run trains: the image probes with the zoom-in policy, or the video probes
 * with the frame-selection policy. Why a spec setting ({@code hyperparameters.extra.variant}) and
 * not a recipe of its own: both variants share the spec fields, the event stream, the files and the
 * child JVM, so one recipe with one extra knob keeps the Runs form and the CLI unchanged.
 */
public enum EngineVariant {
    /** Image probes, {@code PixelPolicy} ({@code crop_image_normalized}); the default. */
    IMAGE("image"),
    /** Video probes, {@code FramePolicy} ({@code select_frames}). */
    VIDEO("video");

    private final String id;

    EngineVariant(String id) {
        this.id = id;
    }

    /** The value of {@code extra.variant}. */
    public String id() {
        return id;
    }

    /** The variant spelt {@code id} (case-insensitive), if any. */
    public static Optional<EngineVariant> fromId(String id) {
        for (EngineVariant v : values()) {
            if (v.id.equals(id.toLowerCase(Locale.ROOT))) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
