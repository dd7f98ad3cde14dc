package io.pixelstudio.app.studio.pending;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.Image;
import javafx.scene.layout.Region;

/** Temporary stand-in for viewer.ImageViewer. */
public final class ImageViewer extends Region {
    private final ObjectProperty<Image> image = new SimpleObjectProperty<>();
    private final ObjectProperty<ViewTransform> transform = new SimpleObjectProperty<>(new ViewTransform());
    private final ObservableList<Overlay> overlays = FXCollections.observableArrayList();
    private final Canvas canvas = new Canvas();
    public ObjectProperty<Image> imageProperty() { return image; }
    public ObservableList<Overlay> overlays() { return overlays; }
    public ReadOnlyObjectProperty<ViewTransform> transformProperty() { return transform; }
    public void fitToWindow() { }
    public void zoomBy(double factor) { }
    public void requestRepaint() { }
    public Canvas canvas() { return canvas; }
}
