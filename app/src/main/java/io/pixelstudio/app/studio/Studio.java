package io.pixelstudio.app.studio;

import io.pixelstudio.app.editor.JournalDocumentStore;
import io.pixelstudio.app.editor.JournalLocations;
import io.pixelstudio.app.editor.StudioEditCommands;
import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.app.runs.RunsSetup;
import io.pixelstudio.app.studio.main.MainWindow;
import io.pixelstudio.app.studio.main.RecentFiles;
import io.pixelstudio.app.studio.state.StudioState;
import io.pixelstudio.app.studio.state.TraceLoader;
import io.pixelstudio.app.studio.task.ErrorDialogs;
import io.pixelstudio.app.studio.task.FxBackgroundTasks;
import io.pixelstudio.trace.format.TraceFormats;
import io.pixelstudio.trace.media.ImageLoader;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.Preferences;

/**
 * The studio's object graph, built once per window by {@link StudioApplication} (and by the
 * end-to-end tests and the launch benchmark, which need the same graph without the Application
 * life cycle): one background executor of daemon threads, the formats, the image loader, the
 * state and the main window. {@link #close()} shuts the executor down and closes the document.
 */
public final class Studio implements AutoCloseable {

    private static final int BACKGROUND_THREADS = 4;

    private final ExecutorService background;
    private final StudioState state;
    private final MainWindow window;

    private Studio(ExecutorService background, StudioState state, MainWindow window) {
        this.background = background;
        this.state = state;
        this.window = window;
    }

    /**
     * Builds the studio into {@code stage} (must be called on the FX thread), keeping its data (runs,
     * recovery journals) in {@link #defaultDataFolder()}.
     *
     * @param preferences where recent files are kept (the user's node; a scratch node in tests)
     */
    public static Studio create(Stage stage, Preferences preferences) {
        return create(stage, preferences, defaultDataFolder());
    }

    /**
     * Like {@link #create(Stage, Preferences)}, with the studio's data under {@code dataFolder}
     * ({@code runs/}, {@code journals/}); tests pass a temporary folder.
     */
    public static Studio create(Stage stage, Preferences preferences, Path dataFolder) {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(preferences, "preferences");
        Objects.requireNonNull(dataFolder, "dataFolder");
        ExecutorService background = Executors.newFixedThreadPool(BACKGROUND_THREADS, daemonThreads());
        Messages messages = Messages.load();
        FxBackgroundTasks tasks = new FxBackgroundTasks(background, Platform::runLater, new ErrorDialogs(() -> stage));
        TraceFormats formats = TraceFormats.discover();
        ImageLoader images = new ImageLoader();
        StudioState state = new StudioState(tasks, Platform::runLater, formats, new TraceLoader(images), messages);
        MainWindow window = new MainWindow(stage, state, tasks, background, images, messages, new RecentFiles(preferences),
                RunsSetup.of(preferences, dataFolder.resolve("runs")),
                new StudioEditCommands(state.documentProperty()::get, images),
                new JournalDocumentStore(new JournalLocations(dataFolder.resolve("journals"))));
        window.install();
        return new Studio(background, state, window);
    }

    /** {@code -Dpixelstudio.data}, or {@code ~/.pixelstudio}: where the studio keeps runs and recovery journals. */
    public static Path defaultDataFolder() {
        String configured = System.getProperty("pixelstudio.data");
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".pixelstudio");
    }

    /** Opens {@code file} in the studio (remembered in the recent files). */
    public void open(Path file) {
        window.open(file);
    }

    /** The view-model root. */
    public StudioState state() {
        return state;
    }

    /** The main window. */
    public MainWindow window() {
        return window;
    }

    @Override
    public void close() {
        state.close();
        background.shutdownNow();
        try {
            background.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "studio-background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
