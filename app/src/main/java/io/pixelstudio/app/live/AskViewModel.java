package io.pixelstudio.app.live;

import io.pixelstudio.app.studio.task.BackgroundTasks;
import io.pixelstudio.app.studio.task.TaskHandle;
import io.pixelstudio.app.viewer.ZoomBoxOverlay;
import io.pixelstudio.bridge.agent.AgentListener;
import io.pixelstudio.bridge.agent.AgentLoop;
import io.pixelstudio.bridge.agent.AgentResult;
import io.pixelstudio.bridge.agent.AgentTask;
import io.pixelstudio.bridge.endpoint.Cancellation;
import io.pixelstudio.bridge.endpoint.EndpointProfile;
import io.pixelstudio.bridge.endpoint.EndpointProfiles;
import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.ops.OperationResult;
import io.pixelstudio.trace.ops.ReplayStep;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * State and commands of the Ask panel, free of controls so it is tested without a window: the
 * profile to use, the question, the turns and zoom boxes of the running conversation (appended on
 * the UI thread as the loop reports them), running/stopped, and the finished result.
 */
public final class AskViewModel {

    private final BackgroundTasks tasks;
    private final Executor uiThread;
    private final EndpointProfiles profiles;
    private final Function<EndpointProfile, AgentLoop> loops;

    private final ObservableList<String> profileNames = FXCollections.observableArrayList();
    private final StringProperty profile = new SimpleStringProperty("");
    private final StringProperty question = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableList<Turn> turns = FXCollections.observableArrayList();
    private final ObservableList<ZoomBoxOverlay.StepBox> boxes = FXCollections.observableArrayList();
    private final ObjectProperty<AgentResult> result = new SimpleObjectProperty<>();
    private Cancellation cancellation = new Cancellation();
    private TaskHandle handle = TaskHandle.DONE;

    /**
     * @param tasks    runs the conversation off the UI thread
     * @param uiThread delivers live turns to the UI thread ({@code Platform::runLater}; tests: {@code Runnable::run})
     * @param profiles the saved endpoint profiles
     * @param loops    builds the loop for a profile (the composition root decides client and image sink)
     */
    public AskViewModel(BackgroundTasks tasks, Executor uiThread, EndpointProfiles profiles,
                        Function<EndpointProfile, AgentLoop> loops) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.loops = Objects.requireNonNull(loops, "loops");
    }

    /** Reads the saved profile names; keeps the chosen one when it still exists. */
    public void reloadProfiles() throws IOException {
        profileNames.setAll(profiles.names());
        if (!profileNames.contains(profile.get())) {
            profile.set(profileNames.isEmpty() ? "" : profileNames.get(0));
        }
    }

    /** True when a question can be asked now. */
    public boolean canAsk() {
        return !running.get() && !profile.get().isBlank() && !question.get().isBlank();
    }

    /** Asks the question about {@code media}; turns and boxes fill in as they arrive. */
    public void ask(String id, List<Media> media, Function<String, BufferedImage> loader) throws IOException {
        if (!canAsk()) {
            throw new IllegalStateException("choose a profile and type a question first");
        }
        EndpointProfile chosen = profiles.load(profile.get())
                .orElseThrow(() -> new IOException("no endpoint profile '" + profile.get() + "' in " + profiles.folder()));
        AgentTask task = new AgentTask(id, "studio", question.get().strip(), media, List.of(), List.of(), loader);
        turns.clear();
        boxes.clear();
        result.set(null);
        running.set(true);
        status.set("asking " + chosen.model() + " at " + chosen.baseUrl());
        Cancellation current = new Cancellation();
        cancellation = current;
        handle = tasks.submit(status.get(), progress -> loops.apply(chosen).run(task, listener(), current), done -> {
            result.set(done);
            status.set(done.stopReason().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " · "
                    + done.toolCalls() + " tool call(s)");
        }, () -> running.set(false));
    }

    /**
     * Lets the model go on from {@code prefix} (a trace forked at a turn, its last zoom call possibly
     * edited): that call is executed again and the model continues; the prefix's turns show first.
     */
    public void continueFrom(Trace prefix, Function<String, BufferedImage> loader) throws IOException {
        if (running.get() || profile.get().isBlank()) {
            throw new IllegalStateException("choose a profile first");
        }
        EndpointProfile chosen = profiles.load(profile.get())
                .orElseThrow(() -> new IOException("no endpoint profile '" + profile.get() + "' in " + profiles.folder()));
        turns.setAll(prefix.turns());
        boxes.clear();
        result.set(null);
        running.set(true);
        status.set("continuing " + prefix.id() + " with " + chosen.model() + " at " + chosen.baseUrl());
        Cancellation current = new Cancellation();
        cancellation = current;
        handle = tasks.submit(status.get(), progress -> loops.apply(chosen).continueFrom(prefix, loader, loader,
                listener(), current), done -> {
                    result.set(done);
                    status.set(done.stopReason().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " · "
                            + done.toolCalls() + " tool call(s)");
                }, () -> running.set(false));
    }

    /** Stops the conversation at once (aborting a request in flight); the turns so far stay. */
    public void stop() {
        cancellation.cancel();
        handle.cancel();
    }

    private AgentListener listener() {
        return new AgentListener() {
            @Override
            public void onTurn(int index, Turn turn, Optional<ReplayStep> step) {
                uiThread.execute(() -> {
                    turns.add(turn);
                    step.flatMap(ReplayStep::boxes).filter(b -> b.originalSource() == 0).ifPresent(b -> boxes.add(
                            new ZoomBoxOverlay.StepBox(boxes.size() + 1, index - 1, b.originalPixels(), b.cutOriginalPixels(),
                                    step.get().result().orElse(null) instanceof OperationResult.Failure)));
                });
            }
        };
    }

    public ObservableList<String> profileNames() {
        return profileNames;
    }

    public StringProperty profileProperty() {
        return profile;
    }

    public StringProperty questionProperty() {
        return question;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObservableList<Turn> turns() {
        return turns;
    }

    /** Zoom boxes on the first input image, numbered by call, as they are executed. */
    public ObservableList<ZoomBoxOverlay.StepBox> boxes() {
        return boxes;
    }

    public ObjectProperty<AgentResult> resultProperty() {
        return result;
    }
}
