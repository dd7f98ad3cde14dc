package io.pixelstudio.app.synth;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.app.studio.task.BackgroundTasks;
import io.pixelstudio.app.video.FrameSource;
import io.pixelstudio.app.video.FrameStrip;
import io.pixelstudio.app.viewer.EvidenceOverlay;
import io.pixelstudio.app.viewer.FxImages;
import io.pixelstudio.app.viewer.ImageViewer;
import io.pixelstudio.app.viewer.ZoomBoxOverlay;
import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.media.ImageLoader;
import io.pixelstudio.trace.synth.SynthesisMode;
import io.pixelstudio.trace.synth.SynthesisResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The "Synthesize…" window over a {@link SynthesisViewModel}: the image with the evidence box
 * drawn by dragging (or the frame strip, where clicking a frame toggles it as evidence), the form,
 * the preview's turns and its right (and wrong) zoom boxes drawn over the image. Add is offered
 * when the caller gave a consumer (an open document); Save as writes a new project and opens it.
 */
public final class SynthesisWindow {

    private final Stage stage = new Stage();
    private final SynthesisViewModel model;
    private final BackgroundTasks tasks;
    private final ImageLoader images;
    private final Messages messages;
    private final ImageViewer viewer = new ImageViewer();
    private final FrameStrip frames;
    private final ListView<String> turns = new ListView<>();
    private final Label status = new Label();
    private Box drawing;

    /**
     * @param canAdd  whether Add is offered (the model's consumer reaches an open document)
     * @param onSaved opens a project written by Save as
     */
    public SynthesisWindow(Window owner, SynthesisViewModel model, BackgroundTasks tasks, Executor background,
                           ImageLoader images, Messages messages, boolean canAdd, Consumer<Path> onSaved) {
        this.model = Objects.requireNonNull(model, "model");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.images = Objects.requireNonNull(images, "images");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.frames = new FrameStrip(background);
        stage.initOwner(owner);
        stage.setTitle(messages.get("synth.title"));
        BorderPane root = new BorderPane(centre(), toolbar(), form(canAdd, onSaved), null, null);
        stage.setScene(new Scene(root, 1280, 820));
        BoxDrawTool.install(viewer, box -> {
            drawing = box;
            repaintOverlays();
        }, model.evidenceBoxProperty()::set);
        frames.onOpenFrameProperty().set(index -> toggleFrame(index + 1));
        model.evidenceFrames().addListener((SetChangeListener<Integer>) c -> {
            frames.markedFrames().clear();
            model.evidenceFrames().forEach(n -> frames.markedFrames().add(n - 1));
        });
        model.mediaProperty().addListener((obs, old, path) -> showMedia(path));
        for (Observable o : List.<Observable>of(model.evidenceBoxProperty(), model.previewProperty(), model.evidenceFrames())) {
            o.addListener(x -> {
                repaintOverlays();
                updateTurnsAndStatus();
            });
        }
        showMedia(model.mediaProperty().get());
        updateTurnsAndStatus();
    }

    public Stage stage() {
        return stage;
    }

    public SynthesisViewModel model() {
        return model;
    }

    /** The image viewer, for tests. */
    ImageViewer viewer() {
        return viewer;
    }

    /** The preview's turns, for tests. */
    ListView<String> turns() {
        return turns;
    }

    private StackPane centre() {
        viewer.setId("synth-viewer");
        frames.setId("synth-frames");
        viewer.visibleProperty().bind(model.videoProperty().not());
        frames.visibleProperty().bind(model.videoProperty());
        return new StackPane(viewer, frames);
    }

    private HBox toolbar() {
        Button image = new Button(messages.get("synth.choose.image"));
        image.setOnAction(e -> chooseFile(false));
        Button video = new Button(messages.get("synth.choose.video"));
        video.setOnAction(e -> chooseFile(true));
        Button folder = new Button(messages.get("synth.choose.frames"));
        folder.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            File dir = chooser.showDialog(stage);
            if (dir != null) {
                model.mediaProperty().set(dir.toPath());
            }
        });
        HBox bar = new HBox(8, image, video, folder);
        bar.setPadding(new Insets(8));
        return bar;
    }

    private VBox form(boolean canAdd, Consumer<Path> onSaved) {
        TextField id = new TextField();
        id.textProperty().bindBidirectional(model.itemIdProperty());
        TextArea question = new TextArea();
        question.setId("synth-question");
        question.setPrefRowCount(3);
        question.setWrapText(true);
        question.textProperty().bindBidirectional(model.questionProperty());
        TextField answer = new TextField();
        answer.setId("synth-answer");
        answer.textProperty().bindBidirectional(model.answerProperty());
        ChoiceBox<SynthesisMode> mode = new ChoiceBox<>(FXCollections.observableArrayList(SynthesisMode.values()));
        mode.setConverter(new StringConverter<>() {
            @Override
            public String toString(SynthesisMode m) {
                return m == null ? "" : messages.get("synth.mode." + m.label());
            }

            @Override
            public SynthesisMode fromString(String s) {
                return null;
            }
        });
        mode.valueProperty().bindBidirectional(model.modeProperty());
        TextField seed = new TextField(Long.toString(model.seedProperty().get()));
        seed.setTextFormatter(new TextFormatter<>(c -> c.getControlNewText().matches("-?\\d{0,18}") ? c : null));
        seed.textProperty().addListener((obs, old, text) -> {
            if (text.matches("-?\\d{1,18}")) {
                model.seedProperty().set(Long.parseLong(text));
            }
        });
        Button preview = new Button(messages.get("synth.preview"));
        preview.setId("synth-preview");
        preview.setDefaultButton(true);
        preview.disableProperty().bind(model.completeProperty().not().or(model.busyProperty()));
        preview.setOnAction(e -> model.preview());
        Button add = new Button(messages.get("synth.add"));
        add.setId("synth-add");
        add.disableProperty().bind(model.previewProperty().isNull().or(model.busyProperty()));
        add.setVisible(canAdd);
        add.setManaged(canAdd);
        add.setOnAction(e -> {
            if (model.add()) {
                status.setText(messages.get("synth.added"));
            }
        });
        Button save = new Button(messages.get("synth.saveAs"));
        save.setId("synth-save");
        save.disableProperty().bind(model.previewProperty().isNull().or(model.busyProperty()));
        save.setOnAction(e -> saveAs(onSaved));
        turns.setId("synth-turns");
        VBox.setVgrow(turns, Priority.ALWAYS);
        status.setWrapText(true);
        VBox form = new VBox(6, new Label(messages.get("synth.id")), id, new Label(messages.get("synth.question")), question,
                new Label(messages.get("synth.answer")), answer, new Label(messages.get("synth.mode")), mode,
                new Label(messages.get("synth.seed")), seed, new HBox(8, preview, add, save), status, turns);
        form.setPadding(new Insets(8));
        form.setPrefWidth(420);
        return form;
    }

    private void chooseFile(boolean video) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(video
                ? new FileChooser.ExtensionFilter(messages.get("synth.filter.video"), "*.mp4", "*.webm", "*.mov", "*.mkv", "*.avi")
                : new FileChooser.ExtensionFilter(messages.get("synth.filter.image"), "*.jpg", "*.jpeg", "*.png", "*.webp", "*.bmp", "*.tif", "*.tiff"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            model.mediaProperty().set(file.toPath());
        }
    }

    private void saveAs(Consumer<Path> onSaved) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("synth.saveAs.title"));
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            model.saveAs(dir.toPath().resolve(model.itemIdProperty().get() + "-project"), folder -> {
                stage.close();
                onSaved.accept(folder);
            });
        }
    }

    private void showMedia(Path path) {
        viewer.imageProperty().set(null);
        frames.show(null);
        if (path == null) {
            return;
        }
        if (SynthesisViewModel.isVideo(path)) {
            frames.open(() -> Files.isDirectory(path) ? FrameSource.ofImages(frameFiles(path), images) : FrameSource.ofVideo(path));
        } else {
            tasks.submit(messages.get("synth.loading"), progress -> FxImages.toFx(images.load(path)), img -> {
                if (path.equals(model.mediaProperty().get())) {
                    viewer.imageProperty().set(img);
                }
            });
        }
    }

    private static List<Path> frameFiles(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(jpe?g|png)"))
                    .sorted().toList();
        }
    }

    private void toggleFrame(int number) {
        if (!model.evidenceFrames().remove(number)) {
            model.evidenceFrames().add(number);
        }
    }

    private void repaintOverlays() {
        List<Box> evidence = new ArrayList<>();
        if (model.evidenceBoxProperty().get() != null) {
            evidence.add(model.evidenceBoxProperty().get());
        }
        if (drawing != null) {
            evidence.add(drawing);
        }
        viewer.overlays().setAll(new EvidenceOverlay(evidence));
        var image = viewer.imageProperty().get();
        SynthesisResult result = model.previewProperty().get();
        if (result != null && image != null) {
            List<ZoomBoxOverlay.StepBox> steps = PreviewBoxes.steps(result, (int) image.getWidth(), (int) image.getHeight());
            viewer.overlays().add(new ZoomBoxOverlay(steps, steps.size()));
        }
        viewer.requestRepaint();
    }

    private void updateTurnsAndStatus() {
        SynthesisResult result = model.previewProperty().get();
        Trace trace = result == null ? null : result.trace().orElse(null);
        turns.getItems().setAll(trace == null ? List.of() : trace.turns().stream()
                .map(t -> t.role().name().toLowerCase(Locale.ROOT) + ": " + t.text().strip()).toList());
        if (result == null) {
            status.setText(model.videoProperty().get() ? messages.get("synth.hint.frames") : messages.get("synth.hint.box"));
        } else {
            status.setText(result.findings().isEmpty() ? messages.get("synth.ok")
                    : String.join("\n", result.findings().stream().map(f -> f.severity() + ": " + f.message()).toList()));
        }
    }
}
