package io.pixelstudio.app.video;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * The frame strip's state without any control: how many frames, which one is current, which ones
 * {@code select_frames} chose. Keeping it apart lets stepping and clamping be tested without a
 * window. The current frame always stays in {@code [0, frameCount)} (0 when there are no frames):
 * any other value written to it is pulled back to the nearest end.
 */
public final class FrameStripModel {

    private final ReadOnlyIntegerWrapper frameCount = new ReadOnlyIntegerWrapper(this, "frameCount", 0);
    private final IntegerProperty currentFrame = new SimpleIntegerProperty(this, "currentFrame", 0);
    private final ObservableSet<Integer> markedFrames = FXCollections.observableSet();

    public FrameStripModel() {
        currentFrame.addListener((obs, old, now) -> {
            int clamped = clamp(now.intValue());
            if (clamped != now.intValue()) {
                currentFrame.set(clamped);
            }
        });
    }

    public ReadOnlyIntegerProperty frameCountProperty() {
        return frameCount.getReadOnlyProperty();
    }

    public int frameCount() {
        return frameCount.get();
    }

    /** Sets the number of frames (a new source); the current frame is clamped into range. */
    public void setFrameCount(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("frame count must not be negative: " + count);
        }
        frameCount.set(count);
        currentFrame.set(clamp(currentFrame.get()));
    }

    /** The current frame, 0-based. */
    public IntegerProperty currentFrameProperty() {
        return currentFrame;
    }

    /** 0-based frames chosen by {@code select_frames}; indices outside the source are ignored when drawing. */
    public ObservableSet<Integer> markedFrames() {
        return markedFrames;
    }

    /** Moves the current frame by {@code delta}, stopping at the first and last frame. */
    public void step(int delta) {
        if (frameCount.get() == 0) {
            return;
        }
        long target = (long) currentFrame.get() + delta;
        currentFrame.set((int) Math.max(0, Math.min(frameCount.get() - 1L, target)));
    }

    private int clamp(int frame) {
        return Math.max(0, Math.min(Math.max(0, frameCount.get() - 1), frame));
    }
}
