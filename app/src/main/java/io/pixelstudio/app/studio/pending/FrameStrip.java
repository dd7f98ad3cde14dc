package io.pixelstudio.app.studio.pending;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

import java.util.function.IntConsumer;

/** Temporary stand-in for video.FrameStrip. */
public final class FrameStrip extends javafx.scene.layout.BorderPane {
    private final IntegerProperty current = new SimpleIntegerProperty();
    private final ObservableSet<Integer> marked = FXCollections.observableSet();
    private final ObjectProperty<IntConsumer> onOpen = new SimpleObjectProperty<>();
    public FrameStrip(java.util.concurrent.Executor background) { }
    public void show(FrameSource source) { }
    public IntegerProperty currentFrameProperty() { return current; }
    public ObservableSet<Integer> markedFrames() { return marked; }
    public void step(int delta) { }
    public ObjectProperty<IntConsumer> onOpenFrameProperty() { return onOpen; }
}
