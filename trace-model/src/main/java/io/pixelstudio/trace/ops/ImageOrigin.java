package io.pixelstudio.trace.ops;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;

import java.util.Objects;

/**
 * Where an image the model holds comes from in an original file: which input image or video frame,
 * and which region of it (a crop of a crop stays traceable). Lets a box on any image be placed in
 * {@link BoxConvention#ORIGINAL_PIXELS}.
 *
 * @param source 0-based index of the original file (input image, or video frame)
 * @param region the region of that file, in its pixels
 */
public record ImageOrigin(int source, Box region) {

    public ImageOrigin {
        Objects.requireNonNull(region, "region");
        if (region.convention() != BoxConvention.ORIGINAL_PIXELS) {
            throw new IllegalArgumentException("an origin region is in ORIGINAL_PIXELS, got " + region.convention());
        }
    }

    /** A whole original file of the given size. */
    public static ImageOrigin whole(int source, int width, int height) {
        return new ImageOrigin(source, new Box(0, 0, width, height, BoxConvention.ORIGINAL_PIXELS));
    }

    /** A box given in normalized units of this image, placed in the original file's pixels. */
    public Box toOriginalPixels(Box normalized) {
        if (normalized.convention() != BoxConvention.NORMALIZED) {
            throw new IllegalArgumentException("expected a NORMALIZED box, got " + normalized.convention());
        }
        double w = region.width();
        double h = region.height();
        return new Box(region.x1() + normalized.x1() * w, region.y1() + normalized.y1() * h,
                region.x1() + normalized.x2() * w, region.y1() + normalized.y2() * h, BoxConvention.ORIGINAL_PIXELS);
    }

    /** The origin of a crop of this image cut at {@code normalizedCut}. */
    public ImageOrigin crop(Box normalizedCut) {
        return new ImageOrigin(source, toOriginalPixels(normalizedCut));
    }
}
