package io.pixelstudio.app.viewer;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.util.Duration;

import java.util.Objects;

/**
 * The studio's image viewer: one {@link Canvas} the size of the region, drawn through one
 * {@link ViewTransform}, with {@link Overlay}s painted in image pixels on top. Scroll zooms about
 * the cursor, drag pans, double-click fits; {@code +}, {@code -} and {@code 0} do the same from the
 * keyboard. Any number of changes within one pulse cause one paint, and while the view moves a
 * zoomed-out image is drawn without smoothing (the costly part of a frame in software rendering),
 * then once more smoothed when it has been still for {@link #SETTLE}; so dragging over a
 * 4000×3000 image stays within a 60 Hz frame. Past 1:1 smoothing is always off, so each image pixel
 * is a sharp square. Use on the FX thread only.
 */
public final class ImageViewer extends Region {

    /** Smallest zoom, screen pixels per image pixel. */
    public static final double MIN_SCALE = 1.0 / 64;
    /** Largest zoom: one image pixel as a 64-pixel square. */
    public static final double MAX_SCALE = 64;
    /** Zoom per keyboard press or {@link #zoomBy} step used by the keys. */
    static final double KEY_ZOOM = 1.25;
    /** Zoom per scroll pixel: one 40-pixel wheel notch zooms by about 1.22. */
    private static final double SCROLL_ZOOM_PER_PIXEL = 0.005;
    private static final Color BACKGROUND = Color.web("#1c1c1e");
    /** How long the view must stay still before a zoomed-out image is drawn smoothed again. */
    static final Duration SETTLE = Duration.millis(150);

    private final Canvas canvas = new Canvas();
    private final ObjectProperty<Image> image = new SimpleObjectProperty<>(this, "image");
    private final ObservableList<Overlay> overlays = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ViewTransform> transform =
            new ReadOnlyObjectWrapper<>(this, "transform", ViewTransform.IDENTITY);
    private boolean repaintQueued;
    private boolean fitPending;
    /** True while the view is the fitted one, so a resize refits instead of cropping the image. */
    private boolean fitted;
    private Point2D dragFrom;
    /** True while the view is changing: frames then skip smoothing, the costly part of a frame. */
    private boolean moving;
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private final Runnable pulsePaint = this::paintIfQueued;

    public ImageViewer() {
        getStyleClass().add("image-viewer");
        getChildren().add(canvas);
        setFocusTraversable(true);
        setMinSize(0, 0);
        setPrefSize(640, 480);
        image.addListener((obs, old, now) -> {
            if (now != null && (old == null || old.getWidth() != now.getWidth() || old.getHeight() != now.getHeight())) {
                fitToWindow();
            }
            requestRepaint();
        });
        overlays.addListener((ListChangeListener<Overlay>) change -> requestRepaint());
        transform.addListener((obs, old, now) -> {
            moving = true;
            settle.playFromStart();
            requestRepaint();
        });
        settle.setOnFinished(e -> {
            moving = false;
            requestRepaint();
        });
        sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(pulsePaint);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(pulsePaint);
                repaintQueued = false;
                requestRepaint();
            }
        });
        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> endDrag());
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClicked);
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
    }

    /** The image shown, in original pixels; a new size fits it to the window. */
    public ObjectProperty<Image> imageProperty() {
        return image;
    }

    /** Painted in list order over the image, in image coordinates. */
    public ObservableList<Overlay> overlays() {
        return overlays;
    }

    /** The current image-to-screen mapping (canvas pixels). */
    public ReadOnlyObjectProperty<ViewTransform> transformProperty() {
        return transform.getReadOnlyProperty();
    }

    /** The canvas drawn on, for tests and snapshots. */
    public Canvas canvas() {
        return canvas;
    }

    /** Shows the whole image, centred; waits for layout if the viewer has no size yet. */
    public void fitToWindow() {
        Image shown = image.get();
        if (shown == null) {
            return;
        }
        if (canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            fitPending = true;
            return;
        }
        fitPending = false;
        fitted = true;
        transform.set(ViewTransform.fit(shown.getWidth(), shown.getHeight(), canvas.getWidth(), canvas.getHeight()));
    }

    /** Zooms by {@code factor} about the centre of the view. */
    public void zoomBy(double factor) {
        fitted = false;
        transform.set(transform.get().zoomAbout(canvas.getWidth() / 2, canvas.getHeight() / 2, factor, MIN_SCALE, MAX_SCALE));
    }

    /** Sets the view directly (e.g. to restore a view, or from a benchmark). */
    public void setTransform(ViewTransform view) {
        fitted = false;
        transform.set(Objects.requireNonNull(view, "view"));
    }

    /**
     * Asks for a paint in the next pulse; further requests before it happens add nothing, so any
     * number of changes between two frames cost one paint. The paint runs as a post-layout pulse
     * listener of the viewer's scene: after layout has sized the canvas, before the frame is
     * rendered. Call it when an overlay's own state changed.
     */
    public void requestRepaint() {
        if (!repaintQueued) {
            repaintQueued = true;
            Platform.requestNextPulse();
        }
    }

    /** Runs once per pulse, after CSS and layout and before the scene is rendered. */
    private void paintIfQueued() {
        if (repaintQueued) {
            paint();
        }
    }

    /** True while the view is changing (until {@link #SETTLE} after the last change). */
    boolean moving() {
        return moving;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            if (fitPending || fitted) {
                fitToWindow();
            }
            requestRepaint();
        }
    }

    /**
     * Draws the image and the overlays now, answering any queued request. Package-private for the
     * frame-time benchmark.
     */
    void paint() {
        repaintQueued = false;
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        Image shown = image.get();
        if (shown == null) {
            return;
        }
        ViewTransform t = transform.get();
        g.save();
        g.setTransform(t.scale(), 0, 0, t.scale(), t.translateX(), t.translateY());
        g.setImageSmoothing(t.scale() < 1 && !moving);
        drawVisiblePart(g, shown, t);
        for (Overlay overlay : overlays) {
            g.save();
            overlay.paint(g, t);
            g.restore();
        }
        g.restore();
    }

    /** Draws only the image pixels that can be seen, so cost follows the view, not the image size. */
    private void drawVisiblePart(GraphicsContext g, Image shown, ViewTransform t) {
        Point2D topLeft = t.screenToImage(0, 0);
        Point2D bottomRight = t.screenToImage(canvas.getWidth(), canvas.getHeight());
        double x1 = Math.max(0, Math.floor(topLeft.getX()));
        double y1 = Math.max(0, Math.floor(topLeft.getY()));
        double x2 = Math.min(shown.getWidth(), Math.ceil(bottomRight.getX()));
        double y2 = Math.min(shown.getHeight(), Math.ceil(bottomRight.getY()));
        if (x2 > x1 && y2 > y1) {
            g.drawImage(shown, x1, y1, x2 - x1, y2 - y1, x1, y1, x2 - x1, y2 - y1);
        }
    }

    private void onScroll(ScrollEvent e) {
        if (image.get() == null || e.getDeltaY() == 0) {
            return;
        }
        Point2D p = canvas.sceneToLocal(e.getSceneX(), e.getSceneY());
        double factor = Math.exp(e.getDeltaY() * SCROLL_ZOOM_PER_PIXEL);
        fitted = false;
        transform.set(transform.get().zoomAbout(p.getX(), p.getY(), factor, MIN_SCALE, MAX_SCALE));
        e.consume();
    }

    private void onPressed(MouseEvent e) {
        requestFocus();
        if (e.getButton() == MouseButton.PRIMARY || e.getButton() == MouseButton.MIDDLE) {
            dragFrom = new Point2D(e.getX(), e.getY());
        }
    }

    private void onDragged(MouseEvent e) {
        if (dragFrom == null) {
            return;
        }
        setCursor(Cursor.CLOSED_HAND);
        fitted = false;
        transform.set(transform.get().pan(e.getX() - dragFrom.getX(), e.getY() - dragFrom.getY()));
        dragFrom = new Point2D(e.getX(), e.getY());
        e.consume();
    }

    private void endDrag() {
        dragFrom = null;
        setCursor(Cursor.DEFAULT);
    }

    private void onClicked(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && e.isStillSincePress()) {
            fitToWindow();
            e.consume();
        }
    }

    private void onKey(KeyEvent e) {
        switch (e.getCode()) {
            case PLUS, EQUALS, ADD -> zoomBy(KEY_ZOOM);
            case MINUS, SUBTRACT -> zoomBy(1 / KEY_ZOOM);
            case DIGIT0, NUMPAD0 -> fitToWindow();
            default -> {
                return;
            }
        }
        e.consume();
    }
}
