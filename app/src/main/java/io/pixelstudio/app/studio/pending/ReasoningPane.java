package io.pixelstudio.app.studio.pending;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/** Temporary stand-in for reasoning.ReasoningPane. */
public final class ReasoningPane extends javafx.scene.layout.BorderPane {
    private final IntegerProperty current = new SimpleIntegerProperty();
    public ReasoningPane(java.util.concurrent.Executor background,
                         java.util.function.Function<String, java.awt.image.BufferedImage> imageLoader) { }
    public void show(io.pixelstudio.trace.Trace trace, io.pixelstudio.trace.ops.TraceReplay.Replay replay,
                     java.util.List<io.pixelstudio.trace.validate.Finding> findings) { }
    public IntegerProperty currentTurnProperty() { return current; }
    public void next() { }
    public void previous() { }
}
