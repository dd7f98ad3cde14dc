package io.pixelstudio.app.live;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.app.studio.task.ErrorReporter;
import io.pixelstudio.app.viewer.FxImages;
import io.pixelstudio.app.viewer.ImageViewer;
import io.pixelstudio.app.viewer.ZoomBoxOverlay;
import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The Ask window: profile, question, Run (Enter) and Stop (Esc); the asked image with each zoom
 * box drawn as the model calls it, and the turns as they arrive.
 */
public final class AskWindow {

    private final Stage stage = new Stage();
    private final AskViewModel model;
    private final ErrorReporter errors;
    private final ImageViewer viewer = new ImageViewer();
    private String id = "";
    private List<Media> media = List.of();
    private Function<String, BufferedImage> loader;
    private Trace prefix;

    public AskWindow(Window owner, AskViewModel model, ErrorReporter errors, Messages messages) {
        this.model = Objects.requireNonNull(model, "model");
        this.errors = Objects.requireNonNull(errors, "errors");
        stage.initOwner(owner);
        stage.setTitle(messages.get("live.title"));
        viewer.setId("live-viewer");
        ComboBox<String> profiles = new ComboBox<>(model.profileNames());
        profiles.setId("live-profile");
        profiles.valueProperty().bindBidirectional(model.profileProperty());
        profiles.setPromptText(messages.get("live.profile.none"));
        TextField question = new TextField();
        question.setId("live-question");
        question.setPromptText(messages.get("live.question"));
        question.textProperty().bindBidirectional(model.questionProperty());
        HBox.setHgrow(question, Priority.ALWAYS);
        Button run = new Button(messages.get("live.run"));
        run.setId("live-run");
        run.disableProperty().bind(model.runningProperty());
        run.setOnAction(e -> run());
        question.setOnAction(e -> run());
        Button stop = new Button(messages.get("live.stop"));
        stop.setId("live-stop");
        stop.disableProperty().bind(model.runningProperty().not());
        stop.setOnAction(e -> model.stop());
        HBox top = new HBox(8, profiles, question, run, stop);
        top.setPadding(new Insets(8));
        ListView<Turn> turns = new ListView<>(model.turns());
        turns.setId("live-turns");
        turns.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Turn turn, boolean empty) {
                super.updateItem(turn, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || turn == null ? null : turn.role().wireName() + ": " + turn.text().strip());
            }
        });
        model.turns().addListener((ListChangeListener<Turn>) c -> turns.scrollTo(model.turns().size() - 1));
        model.boxes().addListener((ListChangeListener<ZoomBoxOverlay.StepBox>) c ->
                viewer.overlays().setAll(new ZoomBoxOverlay(model.boxes(), model.boxes().size())));
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        status.setPadding(new Insets(4, 8, 4, 8));
        SplitPane centre = new SplitPane(viewer, turns);
        centre.setDividerPositions(0.6);
        BorderPane root = new BorderPane(centre, top, null, status, null);
        Scene scene = new Scene(root, 1100, 700);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && model.runningProperty().get()) {
                model.stop();
                e.consume();
            }
        });
        stage.setScene(scene);
    }

    /** Shows the window for the open trace's media. */
    public void show(String traceId, List<Media> traceMedia, Function<String, BufferedImage> mediaLoader) {
        prefix = null;
        id = traceId;
        media = List.copyOf(traceMedia);
        loader = mediaLoader;
        try {
            model.reloadProfiles();
        } catch (IOException e) {
            errors.report(stage.getTitle(), e);
        }
        viewer.overlays().clear();
        String first = media.isEmpty() ? null : media.get(0) instanceof Media.Image image ? image.path()
                : ((Media.Video) media.get(0)).framePaths().stream().findFirst().orElse(null);
        try {
            viewer.imageProperty().set(first == null ? null : FxImages.toFx(loader.apply(first)));
        } catch (RuntimeException e) {
            errors.report(stage.getTitle(), e);
        }
        stage.show();
        stage.toFront();
        viewer.fitToWindow();
    }

    /**
     * Shows the window for a trace forked at a turn: Run lets the model go on from {@code forked}
     * (its last zoom call executed again, with the box as it now stands).
     */
    public void showContinuation(Trace forked, Function<String, BufferedImage> mediaLoader) {
        show(forked.id(), forked.media(), mediaLoader);
        prefix = forked;
        model.questionProperty().set(forked.question());
    }

    private void run() {
        if (prefix != null) {
            try {
                model.continueFrom(prefix, loader);
            } catch (IOException | RuntimeException e) {
                errors.report(stage.getTitle(), e);
            }
            return;
        }
        if (!model.canAsk() || media.isEmpty()) {
            return;
        }
        try {
            model.ask(id + "-live", media, loader);
        } catch (IOException | RuntimeException e) {
            errors.report(stage.getTitle(), e);
        }
    }

    public Stage stage() {
        return stage;
    }
}
