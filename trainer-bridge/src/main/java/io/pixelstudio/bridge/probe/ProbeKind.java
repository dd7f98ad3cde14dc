package io.pixelstudio.bridge.probe;

import java.util.Locale;

/**
 * How the region a zoom-in cut is altered in the original image before the call is executed
 * again. The model's own text (its box) is left as it was; only what it gets back changes.
 */
public enum ProbeKind {
    /** The region painted black: the model gets a black crop. */
    MASK,
    /** The region replaced by the same-size region one box width to the right (left when that leaves the image), clamped. */
    SHIFT,
    /** The region replaced by a same-size region at a seeded random place that does not overlap it. */
    RANDOM,
    /** The region replaced by the whole image scaled into it: the crop shows everything, nothing zoomed. */
    FULL;

    /** The name on the command line and in reports. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named {@code id}. */
    public static ProbeKind fromId(String id) {
        for (ProbeKind k : values()) {
            if (k.id().equalsIgnoreCase(id.strip())) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown probe kind '" + id + "' (expected mask, shift, random or full)");
    }
}
