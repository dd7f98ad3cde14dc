package io.pixelstudio.app.runs;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.app.studio.task.BackgroundTasks;
import io.pixelstudio.bridge.events.RunEvent;
import io.pixelstudio.bridge.events.RunListener;
import io.pixelstudio.bridge.recipe.RecipeSettings;
import io.pixelstudio.bridge.recipe.RunRecipe;
import io.pixelstudio.bridge.recipe.RunRecipes;
import io.pixelstudio.bridge.registry.RunRecord;
import io.pixelstudio.bridge.registry.RunRegistry;
import io.pixelstudio.bridge.registry.RunSupervisor;
import io.pixelstudio.bridge.run.RunSpec;
import io.pixelstudio.bridge.run.RunSpecCodec;
import io.pixelstudio.bridge.run.RunSpecDiff;
import io.pixelstudio.bridge.run.SpecDifference;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The Runs screen's state and commands. Launching, stopping and reading the registry run through
 * {@link BackgroundTasks}; a run's events arrive on the bridge's reader threads and are handed to the
 * UI thread ({@code uiThread}) before they touch a {@link RunItem}. When a run was launched with
 * checkpoint evaluation, each checkpoint starts an evaluation run, and each predictions file an
 * evaluation reports goes to {@code predictionsSink} (the Compare window).
 */
public final class RunsViewModel {

    /** How long a stopped trainer gets to exit before it and its children are killed. */
    static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final RunRegistry registry;
    private final RunSupervisor supervisor;
    private final RunRecipes recipes;
    private final Supplier<RecipeSettings> settings;
    private final BackgroundTasks tasks;
    private final Executor uiThread;
    private final Consumer<Path> predictionsSink;
    private final Messages messages;
    private final ObservableList<RunItem> runs = FXCollections.observableArrayList();
    private final Map<String, LaunchRequest> launchedHere = new HashMap<>();

    public RunsViewModel(RunRegistry registry, RunSupervisor supervisor, RunRecipes recipes,
                         Supplier<RecipeSettings> settings, BackgroundTasks tasks, Executor uiThread,
                         Consumer<Path> predictionsSink, Messages messages) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.supervisor = Objects.requireNonNull(supervisor, "supervisor");
        this.recipes = Objects.requireNonNull(recipes, "recipes");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        this.predictionsSink = Objects.requireNonNull(predictionsSink, "predictionsSink");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** The runs in the registry, newest first. */
    public ObservableList<RunItem> runs() {
        return runs;
    }

    /** Where the embedded engine's default probe suite lives: {@code probes/} beside the runs folder. */
    public Path probesFolder() {
        Path runs = registry.root().toAbsolutePath().normalize();
        return (runs.getParent() == null ? runs : runs.getParent()).resolve("probes");
    }

    /** The recipes the launch form offers. */
    public RunRecipes recipes() {
        return recipes;
    }

    /**
     * Reads the registry and follows the runs still alive from an earlier session (the others are
     * marked orphaned).
     */
    public void load() {
        tasks.submit(messages.get("runs.task.load"), progress -> {
            Map<String, RunItem> items = new HashMap<>();
            List<RunSupervisor.SupervisedRun> followed = supervisor.reconnect(record -> listenerFor(items, record));
            return new Loaded(registry.list(), followed, items);
        }, loaded -> {
            runs.clear();
            for (RunRecord record : loaded.records()) {
                RunItem item = loaded.items().computeIfAbsent(record.id(), id -> new RunItem(record));
                runs.add(item);
            }
            for (RunSupervisor.SupervisedRun run : loaded.followed()) {
                RunItem item = loaded.items().get(run.record().id());
                item.following(run.process());
                run.ended().thenAccept(ended -> uiThread.execute(() -> item.ended(ended)));
            }
        });
    }

    private record Loaded(List<RunRecord> records, List<RunSupervisor.SupervisedRun> followed, Map<String, RunItem> items) {
    }

    /** Items for runs followed during load are made on the reader side; events wait for the UI thread. */
    private RunListener listenerFor(Map<String, RunItem> items, RunRecord record) {
        RunItem item = new RunItem(record);
        synchronized (items) {
            items.put(record.id(), item);
        }
        EventForwarder forwarder = new EventForwarder(uiThread, this::onEvent);
        uiThread.execute(() -> forwarder.attach(item));
        return forwarder;
    }

    /** Starts {@code request}'s run; it appears at the top of the list at once. */
    public void launch(LaunchRequest request) {
        launch(request, item -> { });
    }

    /**
     * Starts {@code request}'s run and hands its list item to {@code listed} once it is at the top of the
     * list (on the UI thread), so the screen that asked for it can show it.
     */
    public void launch(LaunchRequest request, Consumer<RunItem> listed) {
        Objects.requireNonNull(listed, "listed");
        RunSpec spec = request.spec();
        EventForwarder forwarder = new EventForwarder(uiThread, this::onEvent);
        tasks.submit(messages.get("runs.task.launch", spec.name()), progress -> {
            RunRecipe recipe = recipes.forSpec(spec);
            return supervisor.start(spec, recipe, settings.get(), forwarder);
        }, run -> {
            RunItem item = new RunItem(run.record());
            item.following(run.process());
            launchedHere.put(run.record().id(), request);
            runs.add(0, item);
            forwarder.attach(item);
            run.ended().thenAccept(ended -> uiThread.execute(() -> item.ended(ended)));
            listed.accept(item);
        }, this::refreshFailedLaunches);
    }

    /** A launch that failed was still recorded (as failed) by the supervisor: show it. */
    private void refreshFailedLaunches() {
        tasks.submit(messages.get("runs.task.load"), progress -> registry.list(), records -> {
            for (RunRecord record : records) {
                if (runs.stream().noneMatch(r -> r.record().id().equals(record.id()))) {
                    runs.add(0, new RunItem(record));
                }
            }
        });
    }

    private void onEvent(RunItem item, RunEvent event) {
        item.accept(event);
        LaunchRequest request = launchedHere.get(item.record().id());
        if (event instanceof RunEvent.Checkpoint checkpoint && request != null
                && request.evaluationData().isPresent()) {
            launch(new LaunchRequest(CheckpointEvaluation.of(request.spec(), checkpoint,
                    request.evaluationData().get()), Optional.empty()));
        } else if (event instanceof RunEvent.Predictions predictions && request != null) {
            predictionsSink.accept(CheckpointEvaluation.resolve(request.spec(), predictions.path()));
        }
    }

    /** Stops {@code item}'s run and everything it started. */
    public void stop(RunItem item) {
        item.process().ifPresent(process -> tasks.submit(messages.get("runs.task.stop", item.record().name()),
                progress -> {
                    process.stop(STOP_GRACE);
                    return item;
                }, stopped -> { }));
    }

    /** The launch that made {@code item} in this session, if any (the form copies it for "run again"). */
    public Optional<LaunchRequest> launchOf(RunItem item) {
        return Optional.ofNullable(launchedHere.get(item.record().id()));
    }

    /** The fields two runs' specs disagree on, read from their folders in the background. */
    public void diff(RunItem left, RunItem right, Consumer<List<SpecDifference>> result) {
        tasks.submit(messages.get("runs.task.diff"), progress -> new RunSpecDiff(new RunSpecCodec())
                .between(registry.spec(left.record()), registry.spec(right.record())), result);
    }

    /** The spec a run was launched with, read from its folder in the background. */
    public void spec(RunItem item, Consumer<RunSpec> result) {
        tasks.submit(messages.get("runs.task.diff"), progress -> registry.spec(item.record()), result);
    }
}
