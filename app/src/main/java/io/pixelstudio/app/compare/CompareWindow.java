package io.pixelstudio.app.compare;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.app.studio.task.BackgroundTasks;
import io.pixelstudio.app.studio.task.ErrorReporter;
import io.pixelstudio.app.studio.task.FxBackgroundTasks;
import io.pixelstudio.app.studio.task.TaskStatusBar;
import io.pixelstudio.trace.eval.faithfulness.FaithfulnessJudge;
import io.pixelstudio.trace.eval.importer.PredictionImporters;
import io.pixelstudio.trace.eval.metric.Anls;
import io.pixelstudio.trace.eval.metric.BenchmarkScorers;
import io.pixelstudio.trace.eval.metric.ScoringProfile;
import io.pixelstudio.trace.eval.stats.Bootstrap;
import io.pixelstudio.trace.format.TraceFormats;
import io.pixelstudio.trace.media.ImageLoader;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;
import java.util.List;
import java.util.Objects;

/**
 * The compare screen in its own window, so a researcher keeps the traces open beside it: a toolbar
 * to add runs (prediction files, several at once, or a Pixel Reasoner logs folder), the summary
 * table and chart on top, the per-sample diff and viewer below. The first run added is the
 * baseline every delta is measured against.
 */
public final class CompareWindow {

    private final Stage stage = new Stage();
    private final CompareViewModel model;
    private final Messages messages;
    private final SummaryPane summary;
    private final SamplePane samples;

    public CompareWindow(Window owner, CompareViewModel model, BackgroundTasks tasks, ImageLoader images,
                         Messages messages) {
        this.model = Objects.requireNonNull(model, "model");
        this.messages = Objects.requireNonNull(messages, "messages");
        summary = new SummaryPane(messages);
        samples = new SamplePane(model, tasks, images, messages);
        if (owner != null) {
            stage.initOwner(owner);
        }
        Button addFiles = new Button(messages.get("compare.add.files"));
        addFiles.setId("compare-add-files");
        addFiles.setOnAction(e -> chooseRuns());
        Button addFolder = new Button(messages.get("compare.add.folder"));
        addFolder.setId("compare-add-folder");
        addFolder.setOnAction(e -> chooseFolder());
        MenuButton remove = new MenuButton(messages.get("compare.remove"));
        remove.setId("compare-remove");
        remove.disableProperty().bind(Bindings.isEmpty(model.runs()));
        remove.setOnShowing(e -> fillRemoveMenu(remove));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        SplitPane rows = new SplitPane(summary, samples);
        rows.setOrientation(Orientation.VERTICAL);
        rows.setDividerPositions(0.42);
        BorderPane root = new BorderPane(rows);
        root.setTop(new ToolBar(addFiles, addFolder, remove, busy));
        if (tasks instanceof FxBackgroundTasks fx) {
            root.setBottom(new TaskStatusBar(fx, messages.get("studio.task.cancel")));
        }
        stage.setScene(new Scene(root, 1400, 900));
        stage.setTitle(messages.get("compare.title"));
        model.analysisProperty().addListener((obs, old, analysis) -> show(analysis));
    }

    /** One item per loaded run, in order; choosing one removes it (removing the first makes the next the baseline). */
    private void fillRemoveMenu(MenuButton remove) {
        remove.getItems().clear();
        for (int i = 0; i < model.runs().size(); i++) {
            int index = i;
            MenuItem item = new MenuItem(model.runs().get(i).name());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> model.removeRun(index));
            remove.getItems().add(item);
        }
    }

    /**
     * A window with the standard importers and each benchmark's own metric (the {@code score}
     * command's defaults).
     */
    public static CompareWindow create(Window owner, BackgroundTasks tasks, ErrorReporter errors, TraceFormats formats,
                                       ImageLoader images, Messages messages) {
        RunLoader loader = new RunLoader(PredictionImporters.standard(formats),
                BenchmarkScorers.of(ScoringProfile.BENCHMARK, Anls.LengthBasis.NORMALISED), new FaithfulnessJudge());
        CompareViewModel model = new CompareViewModel(tasks, loader, Bootstrap.DEFAULT, errors, messages);
        return new CompareWindow(owner, model, tasks, images, messages);
    }

    public Stage stage() {
        return stage;
    }

    public CompareViewModel model() {
        return model;
    }

    /** Shows the window (brings it to the front when it is already open). */
    public void show() {
        stage.show();
        stage.toFront();
    }

    /** Asks for prediction files (several at once) and adds them in the order chosen. */
    public void chooseRuns() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("compare.choose.files"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("compare.choose.filter"),
                "*.json", "*.jsonl", "*.parquet"));
        List<File> chosen = chooser.showOpenMultipleDialog(stage);
        if (chosen != null) {
            model.addRuns(chosen.stream().map(File::toPath).toList());
        }
    }

    /** Asks for a Pixel Reasoner {@code logs/} folder and adds it. */
    public void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("compare.choose.folder"));
        File chosen = chooser.showDialog(stage);
        if (chosen != null) {
            model.addRuns(List.of(chosen.toPath()));
        }
    }

    SummaryPane summaryPane() {
        return summary;
    }

    SamplePane samplePane() {
        return samples;
    }

    private void show(CompareAnalysis analysis) {
        summary.show(analysis);
        samples.showRuns(analysis);
        stage.setTitle(analysis.runs().isEmpty() ? messages.get("compare.title")
                : messages.get("compare.title.runs", analysis.runs().size(), analysis.runs().get(0).name()));
    }
}
