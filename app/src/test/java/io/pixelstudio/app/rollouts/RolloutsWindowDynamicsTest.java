package io.pixelstudio.app.rollouts;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.app.rollouts.dynamics.DynamicsPane;
import io.pixelstudio.app.studio.task.FxBackgroundTasks;
import io.pixelstudio.trace.format.TraceFormats;
import io.pixelstudio.trace.media.ImageLoader;
import io.pixelstudio.trace.rollout.importer.RolloutImporters;
import javafx.application.Platform;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rollout window hosts the training-dynamics pane as its third tab (Shortcut+D): it shows the
 * step statistics of the current scoring and follows a what-if.
 */
@ExtendWith(ApplicationExtension.class)
class RolloutsWindowDynamicsTest {

    @TempDir
    static Path dir;

    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dynamics-window-test");
        t.setDaemon(true);
        return t;
    });
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private RolloutsWindow window;

    @Start
    void start(Stage ignored) throws Exception {
        Path dump = dir.resolve("street_rollouts.jsonl");
        try (InputStream in = getClass().getResourceAsStream("street_rollouts.jsonl")) {
            Files.copy(in, dump, StandardCopyOption.REPLACE_EXISTING);
        }
        Messages messages = Messages.load();
        FxBackgroundTasks tasks = new FxBackgroundTasks(background, Platform::runLater,
                (title, error) -> errors.add(title + ": " + error));
        RolloutsViewModel model = new RolloutsViewModel(tasks, new DumpLoader(new RolloutImporters(0)), messages);
        window = new RolloutsWindow(null, model, tasks, new ImageLoader(), TraceFormats.discover(), messages,
                (file, folder, traces, index) -> { });
        window.show();
        model.load(dump);
    }

    @AfterEach
    void stop() throws Exception {
        background.shutdownNow();
        background.awaitTermination(5, TimeUnit.SECONDS);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    @Test
    void shortcutDShowsTheScoringsStepStatsAndAWhatIfRedrawsThem(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.model().scoringProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = onFx(() -> (TabPane) window.stage().getScene().getRoot().lookup(".tab-pane"));
        Tab tab = onFx(() -> tabs.getTabs().stream().filter(t -> "tab-dynamics".equals(t.getId())).findFirst()
                .orElseThrow());
        DynamicsPane pane = (DynamicsPane) tab.getContent();

        robot.press(KeyCode.SHORTCUT, KeyCode.D).release(KeyCode.D, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(() -> tabs.getSelectionModel().getSelectedItem())).isSameAs(tab);
        Scoring scoring = window.model().scoringProperty().get();
        assertThat(pane.model().steps()).isNotEmpty().isEqualTo(scoring.steps());
        assertThat(pane.model().threshold()).hasValue(scoring.parameters().curiosityThreshold());

        onFx(() -> {
            window.model().parametersProperty().set(scoring.parameters().withCuriosityThreshold(0.6));
            return null;
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> pane.model().threshold().orElse(Double.NaN) == 0.6);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> pane.model().steps())).isEqualTo(window.model().scoringProperty().get().steps());
        assertThat(errors).isEmpty();
    }
}
