package io.pixelstudio.app.studio.main;

import io.pixelstudio.app.curation.Curation;
import io.pixelstudio.trace.ReviewStatus;
import javafx.scene.control.MenuBar;

import io.pixelstudio.app.compare.CompareWindow;
import io.pixelstudio.app.editor.AlertPrompt;
import io.pixelstudio.app.editor.DocumentLifecycle;
import io.pixelstudio.app.editor.DocumentStore;
import io.pixelstudio.app.editor.EditCommands;
import io.pixelstudio.app.editor.EditMenu;
import io.pixelstudio.app.editor.EditorController;
import io.pixelstudio.app.rollouts.RolloutsWindow;
import io.pixelstudio.app.runs.RunsSetup;
import io.pixelstudio.app.runs.RunsWindow;
import io.pixelstudio.app.rollouts.StudioRolloutOpener;
import io.pixelstudio.app.synth.SynthesisLauncher;
import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.app.live.AskWindow;
import io.pixelstudio.app.live.ContinuationPrefix;
import io.pixelstudio.app.live.LiveWiring;
import io.pixelstudio.app.viewer.CropPanel;
import io.pixelstudio.app.viewer.EvidenceOverlay;
import io.pixelstudio.app.video.FrameSource;
import io.pixelstudio.app.video.FrameStrip;
import io.pixelstudio.app.viewer.FxImages;
import io.pixelstudio.app.viewer.ImageViewer;
import io.pixelstudio.app.viewer.Overlay;
import io.pixelstudio.app.reasoning.ReasoningPane;
import io.pixelstudio.app.viewer.ModelEyeView;
import io.pixelstudio.app.viewer.ScaledOverlay;
import io.pixelstudio.app.viewer.ZoomBoxOverlay;
import io.pixelstudio.app.studio.document.TraceDocument;
import io.pixelstudio.app.studio.state.LoadedTrace;
import io.pixelstudio.app.studio.state.StudioState;
import io.pixelstudio.app.studio.task.ErrorDialogs;
import io.pixelstudio.app.studio.task.FxBackgroundTasks;
import io.pixelstudio.app.studio.task.TaskStatusBar;
import io.pixelstudio.app.studio.tracelist.TraceListPane;
import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.edit.EditException;
import io.pixelstudio.trace.media.ImageLoader;
import io.pixelstudio.trace.media.ImageSize;
import io.pixelstudio.trace.media.MediaDecodeException;
import io.pixelstudio.trace.media.MediaPathException;
import io.pixelstudio.trace.media.MediaResolver;
import io.pixelstudio.trace.ops.ReplayStep;
import io.pixelstudio.trace.ops.TraceReplay;
import io.pixelstudio.trace.ops.SmartResize;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.image.Image;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The main window and the one place where the studio's components are wired to its state: the
 * trace list on the left, the image viewer (zoom boxes, evidence, model's-eye grid) above the frame
 * strip in the centre, the reasoning pane on the right, the crop panel and status bar below. Every
 * view follows {@link StudioState}, so stepping a turn moves the viewer, crop panel, frame strip
 * and text together.
 */
public final class MainWindow {

    private final Stage stage;
    private final StudioState state;
    private final Messages messages;
    private final RecentFiles recent;
    private final ImageLoader images;
    private final AtomicReference<MediaResolver> resolver = new AtomicReference<>();
    private final TraceListPane traceList;
    private final ImageViewer viewer = new ImageViewer();
    private final CropPanel cropPanel = new CropPanel();
    private final ReasoningPane reasoning;
    private final FrameStrip frameStrip;
    private final TaskStatusBar statusBar;
    private final HelpOverlay help;
    private final StackPane root;
    private final Map<Integer, Image> shownImages = new HashMap<>();
    private final FxBackgroundTasks tasks;
    private final Curation curation;
    private final EditorController editing;
    /** The trace the viewer was last fitted for: a reload of the same trace (after an edit) keeps the view. */
    private String fittedTrace;
    private final Executor background;
    private CompareWindow compare;
    private RolloutsWindow rollouts;
    private RunsWindow runs;
    private final RunsSetup runsSetup;
    private AskWindow ask;

    public MainWindow(Stage stage, StudioState state, FxBackgroundTasks tasks, Executor background, ImageLoader images,
                      Messages messages, RecentFiles recent, RunsSetup runsSetup, EditCommands commands,
                      DocumentStore store) {
        this.runsSetup = runsSetup;
        this.stage = stage;
        this.state = state;
        this.messages = messages;
        this.recent = recent;
        this.images = images;
        this.tasks = tasks;
        this.background = background;
        traceList = new TraceListPane(state.traceList(), state.selectedIndexProperty(), messages);
        reasoning = new ReasoningPane(background, this::loadMedia);
        frameStrip = new FrameStrip(background);
        statusBar = new TaskStatusBar(tasks, messages.get("studio.task.cancel"));
        help = new HelpOverlay(messages);
        curation = new Curation(() -> stage, state, traceList, tasks, messages, new ErrorDialogs(() -> stage));
        traceList.setBottom(curation.bar());
        editing = new EditorController(state, viewer, reasoning, frameStrip, commands, new DocumentLifecycle(state, tasks,
                Platform::runLater, store, new AlertPrompt(() -> stage), messages, new ErrorDialogs(() -> stage)),
                tasks, messages, () -> stage);
        viewer.setId("viewer");
        cropPanel.setId("crop-panel");
        reasoning.setId("reasoning-pane");
        frameStrip.setId("frame-strip");
        root = new StackPane(layout(tasks), help);
    }

    private BorderPane layout(FxBackgroundTasks tasks) {
        VBox centre = new VBox(viewer, editing.validationStrip(), frameStrip);
        VBox.setVgrow(viewer, Priority.ALWAYS);
        frameStrip.managedProperty().bind(frameStrip.visibleProperty());
        frameStrip.setVisible(false);
        SplitPane columns = new SplitPane(traceList, centre, reasoning);
        columns.setDividerPositions(0.3, 0.7);
        SplitPane.setResizableWithParent(traceList, false);
        SplitPane rows = new SplitPane(columns, cropPanel);
        rows.setOrientation(Orientation.VERTICAL);
        rows.setDividerPositions(0.74);
        BorderPane pane = new BorderPane(rows);
        ActionHandlers actions = actions();
        MenuBar menus = StudioMenuBar.create(messages, actions, recent::list, this::open, state.modelsEyeProperty());
        menus.getMenus().get(0).getItems().add(1, EditMenu.item(StudioAction.SAVE, messages, actions));
        menus.getMenus().add(1, editing.editMenu(actions));
        menus.getMenus().add(StudioMenuBar.curate(messages, actions, curation.viewsMenu()));
        pane.setTop(menus);
        pane.setBottom(statusBar);
        return pane;
    }

    /** Puts the window into its stage and connects everything to the state. FX thread. */
    public void install() {
        Scene scene = new Scene(root, 1440, 900);
        stage.setScene(scene);
        stage.titleProperty().bind(editing.lifecycle().titleProperty());
        stage.setOnCloseRequest(e -> {
            e.consume();
            editing.lifecycle().confirmLeave(stage::close);
        });
        KeyboardShortcuts.install(scene, actions());
        viewer.setFocusTraversable(true);
        viewer.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> viewer.requestFocus());
        Platform.runLater(viewer::requestFocus);
        reasoning.currentTurnProperty().bindBidirectional(state.currentTurnProperty());
        frameStrip.currentFrameProperty().bindBidirectional(state.currentFrameProperty());
        frameStrip.onOpenFrameProperty().set(frame -> state.currentFrameProperty().set(frame));
        state.documentProperty().addListener((obs, old, doc) -> showDocument(doc));
        state.loadedProperty().addListener((obs, old, loaded) -> showTrace(loaded));
        state.currentStepProperty().addListener((obs, old, step) -> {
            cropPanel.show(step);
            updateViewer();
        });
        state.currentSourceProperty().addListener((obs, old, source) -> updateViewer());
        state.modelsEyeProperty().addListener((obs, old, on) -> updateViewer());
        state.traceList().visibleRows().addListener((Observable o) -> updateStatus());
        state.scannedRowsProperty().addListener((Observable o) -> updateStatus());
        state.currentTurnProperty().addListener((Observable o) -> updateStatus());
    }

    /** Opens {@code file} (a data file, a project folder or its {@code project.json}) and remembers it. */
    public void open(Path file) {
        Path target = file.getFileName() != null && file.getFileName().toString().equals("project.json")
                ? file.toAbsolutePath().getParent() : file;
        editing.lifecycle().confirmLeave(() -> {
            recent.add(target);
            state.open(target);
        });
    }

    private ActionHandlers actions() {
        return editing.register(new ActionHandlers())
                .on(StudioAction.OPEN, this::chooseFile)
                .on(StudioAction.COMPARE, this::openCompare)
                .on(StudioAction.ROLLOUTS, this::openRollouts)
                .on(StudioAction.SYNTHESIZE, this::openSynthesis)
                .on(StudioAction.RUNS, this::openRuns)
                .on(StudioAction.ASK, this::openAsk)
                .on(StudioAction.CONTINUE_WITH_MODEL, this::continueWithModel)
                .on(StudioAction.QUIT, () -> editing.lifecycle().confirmLeave(stage::close))
                .on(StudioAction.FOCUS_FILTER, () -> traceList.filterField().requestFocus())
                .on(StudioAction.NEXT_TURN, state::nextTurn)
                .on(StudioAction.PREVIOUS_TURN, state::previousTurn)
                .on(StudioAction.NEXT_FRAME, () -> frameStrip.step(1))
                .on(StudioAction.PREVIOUS_FRAME, () -> frameStrip.step(-1))
                .on(StudioAction.NEXT_FRAME_10, () -> frameStrip.step(10))
                .on(StudioAction.PREVIOUS_FRAME_10, () -> frameStrip.step(-10))
                .on(StudioAction.FIT, viewer::fitToWindow)
                .on(StudioAction.ZOOM_IN, () -> viewer.zoomBy(1.25))
                .on(StudioAction.ZOOM_OUT, () -> viewer.zoomBy(0.8))
                .on(StudioAction.MODELS_EYE, () -> state.modelsEyeProperty().set(!state.modelsEyeProperty().get()))
                .on(StudioAction.ACCEPT, () -> curation.verdict(ReviewStatus.ACCEPTED))
                .on(StudioAction.REJECT, () -> curation.verdict(ReviewStatus.REJECTED))
                .on(StudioAction.NEEDS_FIX, () -> curation.verdict(ReviewStatus.NEEDS_FIX))
                .on(StudioAction.MARK_UNREVIEWED, () -> curation.verdict(ReviewStatus.UNREVIEWED))
                .on(StudioAction.ADD_TAG, () -> curation.editTags(false))
                .on(StudioAction.REMOVE_TAG, () -> curation.editTags(true))
                .on(StudioAction.EDIT_NOTE, curation::editNote)
                .on(StudioAction.SAVE_VIEW, curation::saveView)
                .on(StudioAction.RENAME_VIEW, curation::renameView)
                .on(StudioAction.DELETE_VIEW, curation::deleteView)
                .on(StudioAction.EXPORT, curation::export)
                .on(StudioAction.HELP, help::toggle);
    }

    /** Opens a synthesis window on the current trace's media; Save as opens the new project here. */
    private void openSynthesis() {
        TraceDocument doc = state.documentProperty().get();
        LoadedTrace loaded = state.loadedProperty().get();
        SynthesisLauncher.show(stage, tasks, background, images, messages, doc == null ? null : doc.mediaFolder(),
                loaded == null ? null : loaded.trace(), doc == null ? null : this::appendSynthesized, this::open);
    }

    /** A synthesized trace joins the open document as one undoable step and is selected. */
    private void appendSynthesized(Trace trace) {
        try {
            state.editor().append(trace, messages.get("synth.edit.append", trace.id()));
        } catch (EditException e) {
            new ErrorDialogs(() -> stage).report(messages.get("synth.add"), e);
        }
    }

    /** Opens the compare window (one per main window) and asks for the runs to add. */
    private void openCompare() {
        compareWindow().show();
        compare.chooseRuns();
    }

    /** The compare window, made on first use. */
    private CompareWindow compareWindow() {
        if (compare == null) {
            compare = CompareWindow.create(stage, tasks, new ErrorDialogs(() -> compare.stage()), state.formats(),
                    images, messages);
        }
        return compare;
    }

    /** Opens the Runs screen (one per main window); evaluations' predictions go to Compare. */
    private void openRuns() {
        if (runs == null) {
            runs = RunsWindow.create(stage, tasks, messages, runsSetup.runsRoot(), runsSetup.settings(), this::compareRun);
        }
        runs.show();
    }

    /** Adds a predictions file to the compare window, opening it when needed. */
    public void compareRun(Path predictions) {
        compareWindow().show();
        compare.model().addRuns(List.of(predictions));
    }

    /** Opens the rollout screen (one per main window) and asks for a dump. */
    private void openRollouts() {
        if (rollouts == null) {
            rollouts = RolloutsWindow.create(stage, tasks, state.formats(), images, messages,
                    new StudioRolloutOpener(state, stage::toFront));
        }
        rollouts.show();
        rollouts.chooseDump();
    }

    /** Opens the Ask window (one per main window) on the open trace's image or video. */
    private void openAsk() {
        LoadedTrace loaded = state.loadedProperty().get();
        if (loaded == null || loaded.trace().media().isEmpty()) {
            return;
        }
        askWindow().show(loaded.trace().id(), loaded.trace().media(), this::loadMedia);
    }

    /** Forks the shown trace at the current turn (its last zoom box as edited) for a served model to go on. */
    private void continueWithModel() {
        LoadedTrace loaded = state.loadedProperty().get();
        if (loaded == null || loaded.trace().media().isEmpty()) {
            return;
        }
        askWindow().showContinuation(ContinuationPrefix.of(loaded.trace(), state.currentTurnProperty().get()), this::loadMedia);
    }

    /** The Ask window, made on first use. */
    private AskWindow askWindow() {
        if (ask == null) {
            ask = LiveWiring.askWindow(stage, tasks, new ErrorDialogs(() -> ask.stage()), messages);
        }
        return ask;
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("studio.open.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("studio.open.filter"),
                "*.json", "*.jsonl", "*.parquet"));
        TraceDocument current = state.documentProperty().get();
        if (current != null && current.mediaFolder() != null) {
            chooser.setInitialDirectory(current.mediaFolder().toFile());
        }
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    private void showDocument(TraceDocument doc) {
        resolver.set(doc == null ? null : new MediaResolver(doc.mediaFolder()));
        updateStatus();
    }

    private void showTrace(LoadedTrace loaded) {
        shownImages.clear();
        if (loaded == null) {
            frameStrip.show(null);
            frameStrip.setVisible(false);
            cropPanel.show(null);
            viewer.imageProperty().set(null);
            viewer.overlays().clear();
            editing.showTarget(null, null, -1, false);
            fittedTrace = null;
            return;
        }
        reasoning.show(loaded.trace(), loaded.replayOrNull(), loaded.findings());
        boolean video = loaded.trace().isVideo() && !loaded.sources().isEmpty();
        frameStrip.setVisible(video);
        frameStrip.show(video ? FrameSource.ofImages(framePaths(loaded), images) : null);
        frameStrip.markedFrames().clear();
        if (video) {
            frameStrip.markedFrames().addAll(loaded.selectedFrames());
        }
        cropPanel.show(state.currentStepProperty().get());
        updateViewer();
        String shown = loaded.index() + "\u0000" + loaded.trace().id();
        if (!shown.equals(fittedTrace)) {
            fittedTrace = shown;
            viewer.fitToWindow();
        }
        updateStatus();
    }

    private List<Path> framePaths(LoadedTrace loaded) {
        List<Path> paths = new ArrayList<>();
        for (Media media : loaded.trace().media()) {
            if (media instanceof Media.Video video) {
                for (String frame : video.framePaths()) {
                    paths.add(resolve(frame));
                }
            }
        }
        return paths;
    }

    private void updateViewer() {
        LoadedTrace loaded = state.loadedProperty().get();
        if (loaded == null) {
            return;
        }
        int source = state.currentSourceProperty().get();
        editing.showTarget(loaded, state.currentStepProperty().get(), source, state.modelsEyeProperty().get());
        if (source < 0 || source >= loaded.sources().size()) {
            viewer.imageProperty().set(null);
            viewer.overlays().clear();
            return;
        }
        BufferedImage original = loaded.sources().get(source);
        List<Overlay> overlays = new ArrayList<>();
        overlays.add(new EvidenceOverlay(loaded.evidenceOn(source)));
        if (loaded.replayOrNull() != null) {
            List<ZoomBoxOverlay.StepBox> boxes = ZoomBoxOverlay.fromReplay(loaded.replayOrNull(), source);
            overlays.add(new ZoomBoxOverlay(boxes, currentStepNumber(boxes)));
        }
        TraceReplay.Replay replay = loaded.replayOrNull();
        if (state.modelsEyeProperty().get() && replay != null && source < ModelEyeView.inputCount(replay)) {
            ModelEyeView eye = new ModelEyeView(replay, source);
            double sx = eye.inputSize().width() / (double) original.getWidth();
            double sy = eye.inputSize().height() / (double) original.getHeight();
            overlays.replaceAll(overlay -> new ScaledOverlay(overlay, sx, sy));
            overlays.add(eye.inputGrid());
            viewer.imageProperty().set(eye.inputImage());
        } else {
            viewer.imageProperty().set(shownImages.computeIfAbsent(source, s -> FxImages.toFx(original)));
        }
        overlays.add(editing.boxOverlay());
        viewer.overlays().setAll(overlays);
        viewer.requestRepaint();
        updateStatus();
    }

    /** The viewer's step number of the current step, or -1 when it has no box on this image. */
    private int currentStepNumber(List<ZoomBoxOverlay.StepBox> boxes) {
        ReplayStep step = state.currentStepProperty().get();
        if (step == null) {
            return -1;
        }
        return boxes.stream().filter(b -> b.turnIndex() == step.turnIndex()).mapToInt(ZoomBoxOverlay.StepBox::step)
                .findFirst().orElse(-1);
    }

    private void updateStatus() {
        List<String> parts = new ArrayList<>();
        TraceDocument doc = state.documentProperty().get();
        if (doc != null) {
            parts.add(messages.get("studio.status.traces", state.traceList().visibleRows().size(), doc.size()));
        }
        LoadedTrace loaded = state.loadedProperty().get();
        if (loaded != null) {
            parts.add(messages.get("studio.status.trace", loaded.trace().id(), state.currentTurnProperty().get(),
                    loaded.trace().turns().size() - 1));
            parts.add(loaded.replay().map(r -> messages.get("studio.status.replay", r.name()))
                    .orElse(messages.get("studio.status.replayProblem", loaded.replayProblem())));
            if (state.modelsEyeProperty().get()) {
                loaded.modelInputSize(state.currentSourceProperty().get()).ifPresent(size -> parts.add(
                        messages.get("studio.status.tokens", size.width(), size.height(),
                                SmartResize.visualTokens(new ImageSize(size.width(), size.height())))));
            }
        }
        statusBar.statusTextProperty().set(String.join("   ·   ", parts));
    }

    private BufferedImage loadMedia(String path) {
        try {
            return images.load(resolve(path));
        } catch (MediaDecodeException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path resolve(String path) {
        MediaResolver current = resolver.get();
        if (current == null) {
            throw new IllegalStateException("no document is open");
        }
        try {
            return current.resolve(path);
        } catch (MediaPathException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The scene root (for screenshots). */
    public StackPane root() {
        return root;
    }

    /** The trace list. */
    public TraceListPane traceList() {
        return traceList;
    }

    /** The image viewer. */
    public ImageViewer viewer() {
        return viewer;
    }

    /** The crop panel. */
    public CropPanel cropPanel() {
        return cropPanel;
    }

    /** The reasoning pane. */
    public ReasoningPane reasoningPane() {
        return reasoning;
    }

    /** The frame strip. */
    public FrameStrip frameStrip() {
        return frameStrip;
    }

    /** Curation: triage, tags, notes, saved views, export. */
    public Curation curation() {
        return curation;
    }

    /** Editing: the box tool, turn edits, save and recovery. */
    public EditorController editing() {
        return editing;
    }

    /** The help overlay. */
    public HelpOverlay helpOverlay() {
        return help;
    }
}
