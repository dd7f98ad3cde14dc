package io.pixelstudio.trace.validate;

import java.util.List;

/**
 * One entry of the reference's image list as a conversation grows: an image (the original, a crop,
 * a selected frame) or a whole video given as its frames, which the reference keeps as one entry.
 */
record Visual(String imagePath, List<String> frames) {

    static Visual image(String path) {
        return new Visual(path, List.of());
    }

    static Visual video(List<String> frames) {
        return new Visual(null, List.copyOf(frames));
    }

    boolean isVideo() {
        return imagePath == null;
    }
}
