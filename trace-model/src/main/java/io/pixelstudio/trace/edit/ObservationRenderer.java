package io.pixelstudio.trace.edit;

import java.awt.image.BufferedImage;

/**
 * The file side of edits that re-execute a visual operation ({@link MoveZoomBox},
 * {@link SelectFramesEdit}): reading the images a trace names, and storing the images an operation
 * now returns. Kept apart from the edits so that they stay pure functions of the trace (testable
 * with in-memory images) while the studio writes real files next to the document.
 */
public interface ObservationRenderer {

    /**
     * The image {@code path} (as the trace writes it) names, decoded as the replay reads images.
     *
     * @throws EditException when the file is missing, escapes the document's folder or cannot be decoded
     */
    BufferedImage load(String path) throws EditException;

    /**
     * Stores {@code image} (a crop as the model received it) in the document's media folder and
     * returns the path to write into the trace (relative, resolving as the trace's other media paths do). Storing the same pixels twice gives the same
     * path; a file holding other pixels is never overwritten.
     *
     * @throws EditException when the image cannot be written
     */
    String store(BufferedImage image) throws EditException;
}
