package io.pixelstudio.app.rollouts;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.app.studio.task.BackgroundTasks;
import io.pixelstudio.app.studio.task.FxBackgroundTasks;
import io.pixelstudio.app.studio.task.TaskStatusBar;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.TraceFormats;
import io.pixelstudio.trace.media.ImageLoader;
import io.pixelstudio.trace.rollout.Rollout;
import io.pixelstudio.trace.rollout.RolloutGroup;
import io.pixelstudio.trace.rollout.importer.RolloutImporters;
import io.pixelstudio.trace.validate.Finding;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rollout screen in its own window, beside the traces: a toolbar to open a dump and to load
 * evidence, the what-if bar, the question list on the left and, in tabs, the group grid and the
 * heatmap (and the training-dynamics charts where that pane is built). Opening a card shows the
 * card's group in the main window's viewer through a {@link RolloutOpener}.
 */
public final class RolloutsWindow {

    private final Stage stage = new Stage();
    private final RolloutsViewModel model;
    private final Messages messages;
    private final BackgroundTasks tasks;
    private final TraceFormats formats;
    private final RolloutOpener opener;
    private final QuestionListPane questions;
    private final GroupGridPane grid;
    private final HeatmapPane heatmap;
    private final WhatIfPane whatIf;
    private final TabPane tabs = new TabPane();
    private final Label dumpInfo = new Label();
    private final Label status = new Label();
    private final ListView<String> findings = new ListView<>();
    private final TitledPane findingsPane;

    public RolloutsWindow(Window owner, RolloutsViewModel model, BackgroundTasks tasks, ImageLoader images,
                          TraceFormats formats, Messages messages, RolloutOpener opener) {
        this.model = Objects.requireNonNull(model, "model");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.formats = Objects.requireNonNull(formats, "formats");
        this.opener = Objects.requireNonNull(opener, "opener");
        if (owner != null) {
            stage.initOwner(owner);
        }
        RolloutPictures pictures = new RolloutPictures(images);
        questions = new QuestionListPane(model, messages);
        grid = new GroupGridPane(model, tasks, pictures, messages, this::mediaFolder);
        grid.onOpenProperty().set(this::open);
        heatmap = new HeatmapPane(model, tasks, pictures, messages, this::mediaFolder);
        whatIf = new WhatIfPane(model, messages);
        Tab gridTab = new Tab(messages.get("rollouts.tab.grid"), grid);
        gridTab.setId("tab-grid");
        Tab heatTab = new Tab(messages.get("rollouts.tab.heatmap"), heatmap);
        heatTab.setId("tab-heatmap");
        tabs.getTabs().addAll(gridTab, heatTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane columns = new SplitPane(questions, tabs);
        columns.setDividerPositions(0.28);
        SplitPane.setResizableWithParent(questions, false);
        findings.setId("rollouts-findings");
        findings.setPrefHeight(120);
        findingsPane = new TitledPane("", findings);
        findingsPane.setExpanded(false);
        findingsPane.managedProperty().bind(findingsPane.visibleProperty());
        findingsPane.setVisible(false);
        status.setId("rollouts-status");
        Label help = new Label(messages.get("rollouts.help"));
        help.setId("rollouts-help");
        help.setWrapText(true);
        VBox bottom = new VBox(findingsPane, status, help);
        bottom.setStyle("-fx-padding: 0 6 0 6;");
        if (tasks instanceof FxBackgroundTasks fx) {
            bottom.getChildren().add(new TaskStatusBar(fx, messages.get("studio.task.cancel")));
        }
        BorderPane root = new BorderPane(columns);
        root.setTop(new VBox(toolbar(), whatIf));
        root.setBottom(bottom);
        Scene scene = new Scene(root, 1500, 950);
        scene.getAccelerators().put(KeyCombination.valueOf("Shortcut+O"), this::chooseDump);
        scene.getAccelerators().put(KeyCombination.valueOf("Shortcut+E"), this::chooseEvidence);
        scene.getAccelerators().put(KeyCombination.valueOf("Shortcut+F"), () -> questions.filterField().requestFocus());
        scene.getAccelerators().put(KeyCombination.valueOf("Shortcut+G"), () -> {
            tabs.getSelectionModel().select(gridTab);
            grid.requestFocus();
        });
        scene.getAccelerators().put(KeyCombination.valueOf("Shortcut+H"), () -> tabs.getSelectionModel().select(heatTab));
        scene.getAccelerators().put(KeyCombination.valueOf("Shortcut+L"), () -> questions.list().requestFocus());
        stage.setScene(scene);
        stage.setTitle(messages.get("rollouts.title"));
        model.dumpProperty().addListener((o, old, dump) -> showDump(dump));
    }

    /** A window with the standard rollout importers (steps of a training dump unknown). */
    public static RolloutsWindow create(Window owner, BackgroundTasks tasks, TraceFormats formats, ImageLoader images,
                                        Messages messages, RolloutOpener opener) {
        RolloutsViewModel model = new RolloutsViewModel(tasks, new DumpLoader(new RolloutImporters(0)), messages);
        return new RolloutsWindow(owner, model, tasks, images, formats, messages, opener);
    }

    public Stage stage() {
        return stage;
    }

    public RolloutsViewModel model() {
        return model;
    }

    /** Shows the window (brings it to the front when it is already open). */
    public void show() {
        stage.show();
        stage.toFront();
    }

    /** Asks for a rollout dump and loads it. */
    public void chooseDump() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("rollouts.choose.dump"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("rollouts.choose.filter"), "*.jsonl", "*.json"),
                new FileChooser.ExtensionFilter(messages.get("rollouts.choose.all"), "*"));
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            model.load(chosen.toPath());
        }
    }

    /** Asks for a studio project or SFT file whose evidence regions the heatmap uses, matched by qid. */
    public void chooseEvidence() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("rollouts.choose.evidence"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("rollouts.choose.traces"),
                "*.json", "*.jsonl", "*.parquet"));
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            loadEvidence(chosen.toPath());
        }
    }

    /** Loads evidence from {@code file} in the background. */
    public void loadEvidence(Path file) {
        tasks.submit(messages.get("rollouts.task.evidence", file.getFileName()),
                progress -> EvidenceIndex.read(file, formats, progress), index -> {
                    heatmap.evidenceProperty().set(index);
                    status.setText(messages.get("rollouts.status.evidence", index.byId().size(), file.getFileName()));
                });
    }

    QuestionListPane questionPane() {
        return questions;
    }

    GroupGridPane gridPane() {
        return grid;
    }

    HeatmapPane heatmapPane() {
        return heatmap;
    }

    WhatIfPane whatIfPane() {
        return whatIf;
    }

    TabPane tabs() {
        return tabs;
    }

    Label status() {
        return status;
    }

    private ToolBar toolbar() {
        Button open = new Button(messages.get("rollouts.open"));
        open.setId("rollouts-open");
        open.setOnAction(e -> chooseDump());
        Button evidence = new Button(messages.get("rollouts.evidence"));
        evidence.setId("rollouts-evidence");
        evidence.setOnAction(e -> chooseEvidence());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        dumpInfo.setId("rollouts-dump");
        return new ToolBar(open, evidence, busy, dumpInfo);
    }

    private Path mediaFolder() {
        LoadedDump dump = model.dumpProperty().get();
        return dump == null ? Path.of("").toAbsolutePath() : dump.mediaFolder();
    }

    private void showDump(LoadedDump dump) {
        if (dump == null) {
            return;
        }
        stage.setTitle(messages.get("rollouts.title.file", dump.file().getFileName()));
        var match = dump.profile();
        dumpInfo.setText(messages.get("rollouts.dump.info", dump.formatId(), dump.rolloutCount(), dump.groups().size(),
                messages.get("rollouts.profile." + match.profile().name().toLowerCase(java.util.Locale.ROOT)),
                match.matched(), match.compared()));
        List<String> lines = dump.findings().stream().map(Finding::toString).toList();
        findings.getItems().setAll(lines);
        findingsPane.setText(messages.get("rollouts.findings", lines.size()));
        findingsPane.setVisible(!lines.isEmpty());
        status.setText("");
    }

    private void open(RolloutCard card) {
        RolloutGroup group = model.selectedGroup();
        LoadedDump dump = model.dumpProperty().get();
        if (group == null || dump == null) {
            return;
        }
        List<Trace> traces = new ArrayList<>();
        int index = -1;
        for (Rollout rollout : group.rollouts()) {
            Optional<Trace> trace = rollout.trace();
            if (trace.isPresent()) {
                if (rollout == card.rollout()) {
                    index = traces.size();
                }
                traces.add(trace.get());
            }
        }
        if (index < 0) {
            status.setText(messages.get("rollouts.status.noTrace", card.position()));
            return;
        }
        status.setText(messages.get("rollouts.status.opened", card.position(), group.qid(), group.step()));
        opener.open(dump.file(), dump.mediaFolder(), traces, index);
    }
}
