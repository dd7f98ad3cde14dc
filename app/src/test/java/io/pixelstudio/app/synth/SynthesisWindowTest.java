package io.pixelstudio.app.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.app.studio.task.ErrorReporter;
import io.pixelstudio.app.studio.task.FxBackgroundTasks;
import io.pixelstudio.app.viewer.ZoomBoxOverlay;
import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.media.ImageLoader;
import io.pixelstudio.trace.synth.SynthesisMode;
import io.pixelstudio.trace.synth.TraceTemplates;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The synthesis window on the sample street photo: a mouse drag on the viewer becomes the evidence
 * box in image pixels, Preview lists the generated turns and draws the wrong and the right zoom,
 * and Add hands the trace to the caller.
 */
@ExtendWith(ApplicationExtension.class)
class SynthesisWindowTest {

    @TempDir
    static Path base;
    private static final Path STREET = Path.of("..", "assets", "sample", "media", "street.jpg").toAbsolutePath().normalize();

    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "synth-test");
        t.setDaemon(true);
        return t;
    });
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final List<Trace> added = new CopyOnWriteArrayList<>();
    private SynthesisWindow window;

    @Start
    void start(Stage ignored) {
        ErrorReporter reporter = (title, error) -> errors.add(title + ": " + error);
        FxBackgroundTasks tasks = new FxBackgroundTasks(background, Platform::runLater, reporter);
        SynthesisViewModel model = new SynthesisViewModel(tasks, TraceTemplates.defaults(), base, added::add);
        model.mediaProperty().set(STREET);
        window = new SynthesisWindow(null, model, tasks, background, new ImageLoader(), Messages.load(), true, p -> { });
        window.stage().show();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    @Test
    void dragDrawsTheEvidenceBoxAndPreviewShowsTurnsAndBothZooms(FxRobot robot) throws Exception {
        waitUntil(() -> window.viewer().imageProperty().get() != null && window.viewer().transformProperty().get() != null
                && window.viewer().canvas().getWidth() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        Point2D from = onFx(() -> screenOf(900, 700));
        Point2D to = onFx(() -> screenOf(1200, 1000));
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        Box box = onFx(() -> window.model().evidenceBoxProperty().get());
        double tolerance = 2 / onFx(() -> window.viewer().transformProperty().get().scale()) + 1;
        assertThat(box).isNotNull();
        assertThat(box.x1()).isCloseTo(900, offset(tolerance));
        assertThat(box.y1()).isCloseTo(700, offset(tolerance));
        assertThat(box.x2()).isCloseTo(1200, offset(tolerance));
        assertThat(box.y2()).isCloseTo(1000, offset(tolerance));

        onFx(() -> {
            window.model().questionProperty().set("What is in the box?");
            window.model().answerProperty().set("a door");
            window.model().modeProperty().set(SynthesisMode.SELF_CORRECTION);
            return null;
        });
        robot.clickOn("#synth-preview");
        waitUntil(() -> window.model().previewProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> window.turns().getItems().size())).isEqualTo(7);
        assertThat(onFx(() -> window.turns().getItems().get(6))).startsWith("assistant: ").contains("\\boxed{a door}");
        List<ZoomBoxOverlay> zooms = onFx(() -> window.viewer().overlays().stream()
                .filter(ZoomBoxOverlay.class::isInstance).map(ZoomBoxOverlay.class::cast).toList());
        assertThat(zooms).hasSize(1);

        robot.clickOn("#synth-add");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(added).singleElement().extracting(Trace::id).isEqualTo("street-self-correction");
        assertThat(errors).isEmpty();
    }

    private Point2D screenOf(double imageX, double imageY) {
        Point2D local = window.viewer().transformProperty().get().imageToScreen(imageX, imageY);
        return window.viewer().canvas().localToScreen(local);
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(condition::getAsBoolean));
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(20, TimeUnit.SECONDS);
    }
}
