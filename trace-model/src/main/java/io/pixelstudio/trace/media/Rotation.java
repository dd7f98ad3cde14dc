package io.pixelstudio.trace.media;

import java.awt.image.BufferedImage;

/** Quarter-turn rotations of RGB frames, for video rotation metadata. */
final class Rotation {

    private Rotation() {
    }

    /** {@code image} turned clockwise by {@code degrees} (0, 90, 180, 270); the same image for 0. */
    static BufferedImage clockwise(BufferedImage image, int degrees) {
        return switch (Math.floorMod(degrees, 360)) {
            case 90 -> ExifOrientation.apply(image, 6);
            case 180 -> ExifOrientation.apply(image, 3);
            case 270 -> ExifOrientation.apply(image, 8);
            default -> image;
        };
    }
}
