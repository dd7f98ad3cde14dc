package io.pixelstudio.app.runs;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.app.studio.task.BackgroundTasks;
import io.pixelstudio.app.studio.task.FxBackgroundTasks;
import io.pixelstudio.app.studio.task.TaskStatusBar;
import io.pixelstudio.bridge.events.RunEvent;
import io.pixelstudio.bridge.process.RunStatus;
import io.pixelstudio.bridge.recipe.RunRecipes;
import io.pixelstudio.bridge.registry.RunRegistry;
import io.pixelstudio.bridge.registry.RunSupervisor;
import io.pixelstudio.bridge.run.DataSource;
import io.pixelstudio.bridge.run.RunSpecCodec;
import io.pixelstudio.bridge.run.SpecDifference;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Runs window: the run list (newest first, status live) on the left; for the selected run its
 * metrics charts, log, checkpoints (each can be evaluated; results open in Compare) and spec; with
 * two runs selected, the fields their specs differ in. New run (Shortcut+N), Run again
 * (Shortcut+Shift+N), Stop (Shortcut+Period), Diff (Shortcut+D), Refresh (F5).
 */
public final class RunsWindow {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final Stage stage = new Stage();
    private final RunsViewModel model;
    private final RecipeSettingsStore settings;
    private final Messages messages;
    private final TableView<RunItem> table = new TableView<>();
    private final MetricsChartsPane charts;
    private final ListView<String> log = new ListView<>();
    private final ListView<RunEvent.Checkpoint> checkpoints = new ListView<>();
    private final TextArea spec = new TextArea();
    private final TabPane tabs = new TabPane();
    private final BooleanProperty stoppable = new SimpleBooleanProperty(false);
    private final ListChangeListener<String> logFollower = change -> log.scrollTo(log.getItems().size() - 1);

    public RunsWindow(Window owner, RunsViewModel model, RecipeSettingsStore settings, BackgroundTasks tasks,
                      Messages messages) {
        this.model = Objects.requireNonNull(model, "model");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.messages = Objects.requireNonNull(messages, "messages");
        charts = new MetricsChartsPane(messages.get("runs.charts.empty"));
        if (owner != null) {
            stage.initOwner(owner);
        }
        table.setId("runs-table");
        table.setItems(model.runs());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getColumns().addAll(List.of(
                column(messages.get("runs.column.name"), item -> item.record().name(), 220),
                statusColumn(),
                column(messages.get("runs.column.created"), item -> TIME.format(item.record().created()), 130)));
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<RunItem>) c -> showSelection());
        log.setId("runs-log");
        checkpoints.setId("runs-checkpoints");
        checkpoints.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(RunEvent.Checkpoint item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.get("runs.checkpoint", item.step(), item.path()));
            }
        });
        spec.setEditable(false);
        spec.setId("runs-spec");
        spec.setStyle("-fx-font-family: monospace;");
        tabs.getTabs().addAll(tab(messages.get("runs.tab.charts"), charts), tab(messages.get("runs.tab.log"), log),
                tab(messages.get("runs.tab.checkpoints"), checkpoints), tab(messages.get("runs.tab.spec"), spec));
        SplitPane split = new SplitPane(table, tabs);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.32);
        BorderPane root = new BorderPane(split);
        root.setTop(toolbar());
        if (tasks instanceof FxBackgroundTasks fx) {
            root.setBottom(new TaskStatusBar(fx, messages.get("studio.task.cancel")));
        }
        Scene scene = new Scene(root, 1300, 820);
        scene.getAccelerators().put(KeyCombination.valueOf("Shortcut+N"), this::newRun);
        scene.getAccelerators().put(KeyCombination.valueOf("Shortcut+Shift+N"), this::runAgain);
        scene.getAccelerators().put(KeyCombination.valueOf("Shortcut+Period"), this::stopSelected);
        scene.getAccelerators().put(KeyCombination.valueOf("Shortcut+D"), this::diffSelected);
        scene.getAccelerators().put(KeyCombination.valueOf("F5"), model::load);
        stage.setScene(scene);
        stage.setTitle(messages.get("runs.title"));
    }

    /**
     * A window over the runs folder {@code runsRoot}, with the recipes on the class path; predictions
     * that evaluations report go to {@code predictionsSink} (the Compare window).
     */
    public static RunsWindow create(Window owner, BackgroundTasks tasks, Messages messages, Path runsRoot,
                                    RecipeSettingsStore settings, Consumer<Path> predictionsSink) {
        RunRegistry registry = new RunRegistry(runsRoot, Clock.systemUTC());
        RunsViewModel model = new RunsViewModel(registry, new RunSupervisor(registry, Clock.systemUTC()),
                RunRecipes.discover(), settings::load, tasks, Platform::runLater, predictionsSink, messages);
        return new RunsWindow(owner, model, settings, tasks, messages);
    }

    private ToolBar toolbar() {
        Button launch = button("runs-new", messages.get("runs.action.new"), this::newRun);
        Button again = button("runs-again", messages.get("runs.action.again"), this::runAgain);
        Button stop = button("runs-stop", messages.get("runs.action.stop"), this::stopSelected);
        Button evaluate = button("runs-evaluate-checkpoint", messages.get("runs.action.evaluate"), this::evaluateCheckpoint);
        Button resume = button("runs-resume", messages.get("runs.action.resume"), this::resumeFromCheckpoint);
        Button diff = button("runs-diff", messages.get("runs.action.diff"), this::diffSelected);
        Button refresh = button("runs-refresh", messages.get("runs.action.refresh"), model::load);
        Button configure = button("runs-settings", messages.get("runs.action.settings"),
                () -> RecipeSettingsDialog.edit(stage, settings, messages));
        stop.disableProperty().bind(stoppable.not());
        evaluate.disableProperty().bind(checkpoints.getSelectionModel().selectedItemProperty().isNull());
        resume.disableProperty().bind(checkpoints.getSelectionModel().selectedItemProperty().isNull());
        diff.disableProperty().bind(Bindings.size(table.getSelectionModel().getSelectedItems()).isNotEqualTo(2));
        return new ToolBar(launch, again, stop, evaluate, resume, diff, refresh, configure);
    }

    /** Shows the window and reads the runs folder. */
    public void show() {
        stage.show();
        stage.toFront();
        model.load();
    }

    public Stage stage() {
        return stage;
    }

    public RunsViewModel model() {
        return model;
    }

    TableView<RunItem> table() {
        return table;
    }

    MetricsChartsPane charts() {
        return charts;
    }

    ListView<String> logView() {
        return log;
    }

    TextArea specView() {
        return spec;
    }

    /** Opens the launch form with the embedded engine's defaults, launches what it describes. */
    public void newRun() {
        new LaunchDialog(stage, EmbeddedLaunchDefaults.form(model.probesFolder()), model.recipes(), messages).ask()
                .ifPresent(this::launchAndShow);
    }

    /** Launches a run the user asked for and selects it, so its charts and log show as it reports. */
    private void launchAndShow(LaunchRequest request) {
        model.launch(request, item -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(item);
            table.scrollTo(item);
        });
    }

    private void runAgain() {
        selected().ifPresent(item -> model.spec(item, previous -> {
            LaunchFormModel form = new LaunchFormModel();
            form.copy(previous);
            new LaunchDialog(stage, form, model.recipes(), messages).ask().ifPresent(this::launchAndShow);
        }));
    }

    private void stopSelected() {
        selected().ifPresent(model::stop);
    }

    private void evaluateCheckpoint() {
        RunEvent.Checkpoint checkpoint = checkpoints.getSelectionModel().getSelectedItem();
        Optional<RunItem> run = selected();
        if (checkpoint == null || run.isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("runs.evaluate.choose"));
        File data = chooser.showOpenDialog(stage);
        if (data != null) {
            model.spec(run.get(), training -> model.launch(new LaunchRequest(CheckpointEvaluation.of(training, checkpoint,
                    new DataSource(data.getAbsolutePath(), "studio-benchmark", "")), Optional.empty())));
        }
    }

    /** A new run of the same spec that resumes from the selected checkpoint (the form opens to review it). */
    private void resumeFromCheckpoint() {
        RunEvent.Checkpoint checkpoint = checkpoints.getSelectionModel().getSelectedItem();
        Optional<RunItem> run = selected();
        if (checkpoint == null || run.isEmpty()) {
            return;
        }
        model.spec(run.get(), training -> {
            LaunchFormModel form = new LaunchFormModel();
            form.copy(training.resumingFrom(CheckpointEvaluation.resolve(training, checkpoint.path()).toString()));
            new LaunchDialog(stage, form, model.recipes(), messages).ask().ifPresent(this::launchAndShow);
        });
    }

    private void diffSelected() {
        List<RunItem> chosen = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (chosen.size() == 2) {
            model.diff(chosen.get(0), chosen.get(1), differences -> {
                spec.setText(diffText(chosen.get(0), chosen.get(1), differences));
                tabs.getSelectionModel().select(3);
            });
        }
    }

    private String diffText(RunItem left, RunItem right, List<SpecDifference> differences) {
        if (differences.isEmpty()) {
            return messages.get("runs.diff.same", left.record().name(), right.record().name());
        }
        return messages.get("runs.diff.header", left.record().name(), right.record().name()) + "\n"
                + differences.stream().map(d -> d.field() + ":  " + (d.left().isEmpty() ? "—" : d.left())
                        + "  →  " + (d.right().isEmpty() ? "—" : d.right())).collect(Collectors.joining("\n"));
    }

    private void showSelection() {
        Optional<RunItem> item = selected();
        stoppable.unbind();
        stoppable.bind(item.map(run -> run.statusProperty().isEqualTo(RunStatus.RUNNING))
                .orElse(Bindings.createBooleanBinding(() -> false)));
        ListView<String> view = log;
        if (view.getItems() != null) {
            view.getItems().removeListener(logFollower);
        }
        charts.show(item.map(RunItem::metrics).orElse(null));
        log.setItems(item.map(RunItem::log).orElse(FXCollections.observableArrayList()));
        log.getItems().addListener(logFollower);
        checkpoints.setItems(item.map(RunItem::checkpoints).orElse(FXCollections.observableArrayList()));
        item.ifPresentOrElse(run -> model.spec(run, s -> {
            if (selected().filter(run::equals).isPresent()) {
                spec.setText(new RunSpecCodec().toJson(s));
            }
        }), () -> spec.setText(""));
    }

    /** The one selected run; read from the selected items, which are current while they notify (the selected item is not yet). */
    private Optional<RunItem> selected() {
        List<RunItem> items = table.getSelectionModel().getSelectedItems();
        return items.size() == 1 ? Optional.ofNullable(items.get(0)) : Optional.empty();
    }

    private TableColumn<RunItem, String> statusColumn() {
        TableColumn<RunItem, String> status = new TableColumn<>(messages.get("runs.column.status"));
        status.setCellValueFactory(cell -> Bindings.createStringBinding(
                () -> cell.getValue().statusProperty().get().name().toLowerCase(), cell.getValue().statusProperty()));
        status.setPrefWidth(90);
        return status;
    }

    private static TableColumn<RunItem, String> column(String title, Function<RunItem, String> value,
                                                       double width) {
        TableColumn<RunItem, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static Tab tab(String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        return tab;
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }
}
