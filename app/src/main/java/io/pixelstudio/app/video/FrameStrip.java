package io.pixelstudio.app.video;

import io.pixelstudio.app.i18n.Messages;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.IntConsumer;

/**
 * A horizontal, virtualized strip of a video's frames: thumbnails with the frame labels, the
 * frames chosen by {@code select_frames} marked with a coloured border and a badge, the current
 * frame highlighted and kept in view. ←/→ step one frame, Shift+←/→ ten, Home/End jump to the
 * ends, Enter or a click opens a frame ({@link #onOpenFrameProperty()}).
 *
 * <p>Why virtualized: a video file may have tens of thousands of frames; only the visible cells
 * exist and only their thumbnails are decoded, on the injected executor, into a byte-bounded
 * {@link ThumbnailCache}. Showing another source supersedes all pending work for the previous one.
 * A source that cannot be opened or a frame that cannot be decoded is shown as a message in the
 * strip, never thrown at the caller. Use from the FX thread.
 */
public final class FrameStrip extends BorderPane {

    /** Longer side of a thumbnail in pixels. */
    public static final int THUMBNAIL_SIDE = 128;

    private static final Logger LOG = LoggerFactory.getLogger(FrameStrip.class);
    private static final double THUMB_H = 96;
    private static final double CELL_W = THUMBNAIL_SIDE + 14;

    private final Executor background;
    private final ThumbnailCache cache;
    private final Messages text = VideoText.load();
    private final FrameStripModel model = new FrameStripModel();
    private final ListView<Integer> list = new ListView<>();
    private final Label summary = new Label();
    private final Label status = new Label();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ObjectProperty<IntConsumer> onOpenFrame = new SimpleObjectProperty<>(this, "onOpenFrame");
    private final ObjectProperty<IntConsumer> onToggleFrame = new SimpleObjectProperty<>(this, "onToggleFrame");
    private final List<FrameCell> cells = new ArrayList<>();
    private final StripThumbnails thumbnails;
    private FrameSource source;
    private FrameSource owned;
    private long openRequest;
    private boolean syncing;

    /** A strip with its own cache of {@link ThumbnailCache#DEFAULT_MAX_BYTES}. */
    public FrameStrip(Executor background) {
        this(background, new ThumbnailCache(ThumbnailCache.DEFAULT_MAX_BYTES));
    }

    /** A strip filling {@code cache}, which may be shared with other strips. */
    public FrameStrip(Executor background, ThumbnailCache cache) {
        this.background = Objects.requireNonNull(background, "background");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.thumbnails = new StripThumbnails(background, cache, THUMBNAIL_SIDE, new Publisher());
        getStyleClass().add("frame-strip");
        getStylesheets().add(Objects.requireNonNull(FrameStrip.class.getResource("frame-strip.css")).toExternalForm());
        list.setOrientation(Orientation.HORIZONTAL);
        list.setFixedCellSize(CELL_W);
        list.setPrefHeight(THUMB_H + 56);
        list.setMinHeight(Region.USE_PREF_SIZE);
        list.setPlaceholder(new Label(text.get("empty")));
        list.setCellFactory(view -> {
            FrameCell cell = new FrameCell(this, thumbnails, text, THUMBNAIL_SIDE, THUMB_H);
            cells.add(cell);
            return cell;
        });
        status.getStyleClass().add("frame-status");
        HBox header = new HBox(12, summary, status);
        HBox.setHgrow(status, Priority.ALWAYS);
        header.getStyleClass().add("frame-header");
        setTop(header);
        setCenter(list);
        model.currentFrameProperty().addListener((obs, old, now) -> currentChanged(now.intValue()));
        list.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (!syncing && now.intValue() >= 0) {
                model.currentFrameProperty().set(now.intValue());
            }
        });
        model.markedFrames().addListener((SetChangeListener<Integer>) change -> {
            list.refresh();
            updateSummary();
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        updateSummary();
    }

    /**
     * Shows {@code frames} (null clears). The caller keeps ownership: the strip never closes a source
     * given here. The current frame is kept if it exists in the new source, else clamped.
     */
    public void show(FrameSource frames) {
        openRequest++;
        replace(frames, null);
        error.set(null);
        status.setText("");
    }

    /**
     * Opens a source off the FX thread, e.g. {@code strip.open(() -> FrameSource.ofVideo(path))}, and
     * shows it; a failure is shown in the strip and in {@link #errorProperty()}. The strip owns the
     * opened source and closes it when another one replaces it.
     */
    public void open(Callable<? extends FrameSource> opener) {
        Objects.requireNonNull(opener, "opener");
        long request = ++openRequest;
        replace(null, null);
        error.set(null);
        status.setText(text.get("opening"));
        try {
            background.execute(() -> {
                try {
                    FrameSource opened = Objects.requireNonNull(opener.call(), "opener returned no source");
                    Platform.runLater(() -> opened(request, opened));
                } catch (Exception e) {
                    LOG.warn("cannot open frames: {}", e.toString());
                    LOG.debug("open failure", e);
                    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                    Platform.runLater(() -> openFailed(request, message));
                }
            });
        } catch (RejectedExecutionException e) {
            openFailed(request, "background work refused: " + e.getMessage());
        }
    }

    /** The source shown now, or null. */
    public FrameSource source() {
        return source;
    }

    /** Current frame, 0-based; always within the source (clamped). */
    public IntegerProperty currentFrameProperty() {
        return model.currentFrameProperty();
    }

    /** 0-based frames chosen by {@code select_frames}, drawn marked. */
    public ObservableSet<Integer> markedFrames() {
        return model.markedFrames();
    }

    /** Moves the current frame by {@code delta} frames, stopping at the ends. */
    public void step(int delta) {
        model.step(delta);
    }

    /** Called with the 0-based frame the user clicked or opened with Enter. */
    public ObjectProperty<IntConsumer> onOpenFrameProperty() {
        return onOpenFrame;
    }

    /** The last error (a source that could not be opened), or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The cache this strip fills. */
    public ThumbnailCache cache() {
        return cache;
    }

    /** The strip's state, for binding and tests. */
    public FrameStripModel model() {
        return model;
    }

    int frameCount() {
        return model.frameCount();
    }

    String label(int index) {
        return source == null ? "" : source.label(index);
    }

    /** The live cells, for tests and for publishing thumbnails. */
    List<FrameCell> cells() {
        return cells;
    }

    /** Called with the frame Shortcut+clicked (the studio toggles it in a select-frames call); null: open it. */
    public ObjectProperty<IntConsumer> onToggleFrameProperty() {
        return onToggleFrame;
    }

    /** Shortcut+click: hands {@code index} to the toggle handler; false when there is none. */
    boolean toggleFrame(int index) {
        IntConsumer consumer = onToggleFrame.get();
        if (consumer == null) {
            return false;
        }
        consumer.accept(index);
        return true;
    }

    void openFrame(int index) {
        model.currentFrameProperty().set(index);
        IntConsumer consumer = onOpenFrame.get();
        if (consumer != null) {
            consumer.accept(index);
        }
    }

    private void opened(long request, FrameSource opened) {
        if (request != openRequest) {
            closeLater(opened);
            return;
        }
        replace(opened, opened);
        status.setText("");
    }

    private void openFailed(long request, String message) {
        if (request != openRequest) {
            return;
        }
        error.set(message);
        status.setText(text.get("openFailed", message));
        list.setPlaceholder(new Label(text.get("openFailed", message)));
    }

    private void replace(FrameSource frames, FrameSource newlyOwned) {
        if (owned != null && owned != frames) {
            closeLater(owned);
        }
        owned = newlyOwned;
        source = frames;
        thumbnails.reset(frames);
        int count = frames == null ? 0 : frames.frameCount();
        list.setPlaceholder(new Label(text.get("empty")));
        model.setFrameCount(count);
        list.setItems(FXCollections.observableList(new FrameIndices(count)));
        currentChanged(model.currentFrameProperty().get());
    }

    /** Closes off the FX thread: a video source waits for its decode in progress. */
    private void closeLater(FrameSource frames) {
        try {
            background.execute(frames::close);
        } catch (RejectedExecutionException e) {
            LOG.debug("background refused closing {}; closing here", frames, e);
            frames.close();
        }
    }

    private void currentChanged(int current) {
        updateSummary();
        if (current < 0 || current >= model.frameCount()) {
            return;
        }
        syncing = true;
        try {
            list.getSelectionModel().select(current);
        } finally {
            syncing = false;
        }
        scrollIntoView(current);
    }

    /**
     * Leaves the view alone while {@code index} is well inside it; otherwise centres it, so that
     * stepping shows the frames on both sides of the current one.
     */
    private void scrollIntoView(int index) {
        VirtualFlow<?> flow = (VirtualFlow<?>) list.lookup(".virtual-flow");
        if (flow == null) {
            list.scrollTo(index);
            return;
        }
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        if (first != null && last != null && index > first.getIndex() && index < last.getIndex()) {
            return;
        }
        int visible = Math.max(1, (int) (flow.getWidth() / CELL_W));
        flow.scrollToTop(Math.max(0, index - visible / 2));
    }

    private void keyPressed(KeyEvent event) {
        int step = event.isShiftDown() ? 10 : 1;
        if (event.getCode() == KeyCode.RIGHT) {
            step(step);
        } else if (event.getCode() == KeyCode.LEFT) {
            step(-step);
        } else if (event.getCode() == KeyCode.HOME) {
            model.currentFrameProperty().set(0);
        } else if (event.getCode() == KeyCode.END) {
            model.currentFrameProperty().set(model.frameCount() - 1);
        } else if (event.getCode() == KeyCode.ENTER && model.frameCount() > 0) {
            openFrame(model.currentFrameProperty().get());
        } else {
            return;
        }
        event.consume();
    }

    private void updateSummary() {
        int count = model.frameCount();
        if (count == 0 || source == null) {
            summary.setText("");
            return;
        }
        int current = model.currentFrameProperty().get();
        long marked = model.markedFrames().stream().filter(i -> i >= 0 && i < count).count();
        summary.setText(text.get("summary", source.label(current), String.valueOf(count), String.valueOf(marked)));
    }

    /** Delivers thumbnails to the cells showing their frame. */
    private final class Publisher implements StripThumbnails.Listener {
        @Override
        public void thumbnailReady(int index, Image image) {
            for (FrameCell cell : cells) {
                if (cell.shownFrame() == index) {
                    cell.showImage(image);
                }
            }
        }

        @Override
        public void thumbnailFailed(int index, String message) {
            for (FrameCell cell : cells) {
                if (cell.shownFrame() == index) {
                    cell.showFailure(message);
                }
            }
        }

        @Override
        public void pendingChanged(int pending) {
            if (error.get() == null) {
                status.setText(pending == 0 ? "" : text.get("decoding", String.valueOf(pending)));
            }
        }
    }
}
