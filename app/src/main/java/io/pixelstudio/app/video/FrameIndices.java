package io.pixelstudio.app.video;

import java.util.AbstractList;
import java.util.Objects;

/**
 * The strip's items, the frame indices {@code 0..n-1}, computed on demand: a long video has tens of
 * thousands of frames and the list view only ever asks for the visible ones.
 */
final class FrameIndices extends AbstractList<Integer> {

    private final int size;

    FrameIndices(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
        this.size = size;
    }

    @Override
    public Integer get(int index) {
        return Objects.checkIndex(index, size);
    }

    @Override
    public int size() {
        return size;
    }
}
