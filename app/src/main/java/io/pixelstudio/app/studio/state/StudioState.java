package io.pixelstudio.app.studio.state;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.app.studio.document.TraceDocument;
import io.pixelstudio.app.studio.task.BackgroundTasks;
import io.pixelstudio.app.studio.task.TaskHandle;
import io.pixelstudio.app.studio.tracelist.TraceListViewModel;
import io.pixelstudio.trace.VisualOperation;
import io.pixelstudio.trace.format.TraceFormats;
import io.pixelstudio.trace.ops.ReplayStep;
import io.pixelstudio.trace.ops.ToolCall;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The studio's view-model root. Views bind to its properties and call its commands; it never
 * touches a control. Opening a file and loading a trace run as background tasks; when the user
 * selects faster than traces load, only the latest selection is shown (older loads are cancelled
 * and their results dropped). All properties are read and written on the FX thread (the calling
 * thread in tests).
 */
public final class StudioState implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StudioState.class);
    private static final int ROW_BATCH = 1000;

    private final BackgroundTasks tasks;
    private final Executor uiThread;
    private final TraceFormats formats;
    private final TraceLoader loader;
    private final Messages messages;
    private final TraceListViewModel traceList = new TraceListViewModel();
    private final ReadOnlyObjectWrapper<TraceDocument> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(this, "selectedIndex", -1);
    private final ReadOnlyObjectWrapper<LoadedTrace> loaded = new ReadOnlyObjectWrapper<>(this, "loaded");
    private final IntegerProperty currentTurn = new SimpleIntegerProperty(this, "currentTurn", 0);
    private final ReadOnlyObjectWrapper<ReplayStep> currentStep = new ReadOnlyObjectWrapper<>(this, "currentStep");
    private final BooleanProperty modelsEye = new SimpleBooleanProperty(this, "modelsEye", false);
    private final IntegerProperty currentFrame = new SimpleIntegerProperty(this, "currentFrame", 0);
    private final ReadOnlyIntegerWrapper currentSource = new ReadOnlyIntegerWrapper(this, "currentSource", 0);
    private final ReadOnlyIntegerWrapper scannedRows = new ReadOnlyIntegerWrapper(this, "scannedRows", 0);
    private final DocumentEditor editor;
    private TaskHandle scan = TaskHandle.DONE;
    private TaskHandle load = TaskHandle.DONE;
    private long loadGeneration;

    /**
     * @param uiThread where rows from the scan are delivered: {@code Platform::runLater} in the app,
     *                 {@code Runnable::run} in tests
     */
    public StudioState(BackgroundTasks tasks, Executor uiThread, TraceFormats formats, TraceLoader loader, Messages messages) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        this.formats = Objects.requireNonNull(formats, "formats");
        this.loader = Objects.requireNonNull(loader, "loader");
        this.messages = Objects.requireNonNull(messages, "messages");
        editor = new DocumentEditor(selectedIndex, traceList, index -> loadTrace(index, true));
        selectedIndex.addListener((obs, old, index) -> loadTrace(index.intValue(), false));
        currentTurn.addListener((obs, old, turn) -> updateStep());
        currentFrame.addListener((obs, old, frame) -> updateSource());
    }

    /** The formats this studio reads (other screens, such as compare, import with the same ones). */
    public TraceFormats formats() {
        return formats;
    }

    /** Opens {@code path} (any file or folder the CLI reads); the first trace is selected once it is open. */
    public void open(Path path) {
        Objects.requireNonNull(path, "path");
        tasks.submit(messages.get("studio.task.open", path.getFileName()),
                progress -> TraceDocument.open(path, formats, progress), this::show);
    }

    /**
     * Shows {@code opened} (e.g. {@link TraceDocument#inMemory} rollouts) as the open document and
     * selects trace {@code index}, as if it had been opened from a file.
     */
    public void showDocument(TraceDocument opened, int index) {
        show(Objects.requireNonNull(opened, "opened"));
        selectedIndex.set(index);
    }

    private void show(TraceDocument opened) {
        scan.cancel();
        load.cancel();
        closeDocument();
        traceList.clear();
        scannedRows.set(0);
        loaded.set(null);
        document.set(opened);
        editor.attach(opened);
        selectedIndex.set(-1);
        scan = tasks.submit(messages.get("studio.task.scan", opened.path().getFileName()), progress -> {
            opened.scanRows(ROW_BATCH, batch -> uiThread.execute(() -> {
                if (document.get() == opened) {
                    traceList.addRows(editor.withEdits(batch));
                    scannedRows.set(traceList.rows().size());
                }
            }), progress);
            return opened;
        }, done -> { });
        if (opened.size() > 0) {
            selectedIndex.set(0);
        }
    }

    /** Loads trace {@code index}; {@code keepPosition} keeps the turn and frame (a reload after an edit). */
    private void loadTrace(int index, boolean keepPosition) {
        load.cancel();
        long generation = ++loadGeneration;
        TraceDocument doc = document.get();
        if (doc == null || index < 0 || index >= doc.session().size()) {
            loaded.set(null);
            updateStep();
            return;
        }
        load = tasks.submit(messages.get("studio.task.load", index + 1),
                progress -> loader.load(doc, index, () -> progress.isCancelled() || generation != loadGeneration),
                result -> {
                    if (generation == loadGeneration && document.get() == doc) {
                        int turn = keepPosition ? Math.min(currentTurn.get(), result.trace().turns().size() - 1) : 0;
                        int frame = keepPosition ? currentFrame.get() : 0;
                        loaded.set(result);
                        currentTurn.set(Math.max(0, turn));
                        currentFrame.set(frame);
                        updateStep();
                    }
                });
    }

    /** Moves to the next turn (clamped to the last). */
    public void nextTurn() {
        moveTurn(1);
    }

    /** Moves to the previous turn (clamped to the first). */
    public void previousTurn() {
        moveTurn(-1);
    }

    private void moveTurn(int delta) {
        LoadedTrace trace = loaded.get();
        if (trace == null || trace.trace().turns().isEmpty()) {
            return;
        }
        int last = trace.trace().turns().size() - 1;
        currentTurn.set(Math.max(0, Math.min(last, currentTurn.get() + delta)));
    }

    private void updateStep() {
        LoadedTrace trace = loaded.get();
        ReplayStep step = trace == null ? null : trace.stepAt(currentTurn.get()).orElse(null);
        ReplayStep previous = currentStep.get();
        currentStep.set(step);
        if (trace != null && step != null && step != previous && trace.trace().isVideo()) {
            frameShownBy(step).ifPresent(currentFrame::set);
        }
        updateSource();
    }

    /** The video frame a step looks at: a zoom's source frame, or the first frame selected. */
    private Optional<Integer> frameShownBy(ReplayStep step) {
        if (step.boxes().isPresent()) {
            return Optional.of(step.boxes().get().originalSource());
        }
        if (step.call() instanceof ToolCall.Valid valid && valid.operation() instanceof VisualOperation.SelectFrames select
                && !select.frames().isEmpty() && !loaded.get().sources().isEmpty()) {
            return Optional.of(Math.floorMod(select.frames().get(0) - 1, loaded.get().sources().size()));
        }
        return Optional.empty();
    }

    private void updateSource() {
        LoadedTrace trace = loaded.get();
        if (trace == null) {
            currentSource.set(0);
        } else if (trace.trace().isVideo()) {
            currentSource.set(currentFrame.get());
        } else {
            ReplayStep step = currentStep.get();
            currentSource.set(step == null ? 0 : step.boxes().map(ReplayStep.Boxes::originalSource).orElse(0));
        }
    }

    /** The edit commands of the open document (undo, redo, dirty state). */
    public DocumentEditor editor() {
        return editor;
    }

    /** The trace list's view model (rows of the open document). */
    public TraceListViewModel traceList() {
        return traceList;
    }

    /** The open document, or null. */
    public ReadOnlyObjectProperty<TraceDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    /** The selected trace (document index), -1 for none. */
    public IntegerProperty selectedIndexProperty() {
        return selectedIndex;
    }

    /** The selected trace once loaded and replayed, or null. */
    public ReadOnlyObjectProperty<LoadedTrace> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Index into the trace's turns. */
    public IntegerProperty currentTurnProperty() {
        return currentTurn;
    }

    /** The replay step of the current turn, or the latest one before it; null before the first tool call. */
    public ReadOnlyObjectProperty<ReplayStep> currentStepProperty() {
        return currentStep.getReadOnlyProperty();
    }

    /** Whether the viewer shows the model's-eye view. */
    public BooleanProperty modelsEyeProperty() {
        return modelsEye;
    }

    /** The video frame shown (0-based), for video traces. */
    public IntegerProperty currentFrameProperty() {
        return currentFrame;
    }

    /** The original source (0-based image or frame) the viewer shows. */
    public ReadOnlyIntegerProperty currentSourceProperty() {
        return currentSource.getReadOnlyProperty();
    }

    /** Rows summarised so far by the background scan. */
    public ReadOnlyIntegerProperty scannedRowsProperty() {
        return scannedRows.getReadOnlyProperty();
    }

    private void closeDocument() {
        TraceDocument old = document.get();
        if (old != null) {
            try {
                old.close();
            } catch (IOException e) {
                LOG.warn("closing {} failed", old.path(), e);
            }
        }
    }

    @Override
    public void close() {
        scan.cancel();
        load.cancel();
        closeDocument();
        editor.attach(null);
        document.set(null);
    }
}
