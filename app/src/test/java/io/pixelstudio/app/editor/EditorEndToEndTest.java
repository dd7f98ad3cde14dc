package io.pixelstudio.app.editor;

import io.pixelstudio.app.testing.ScratchData;
import io.pixelstudio.app.studio.Studio;
import io.pixelstudio.app.studio.state.LoadedTrace;
import io.pixelstudio.app.studio.state.StudioState;
import io.pixelstudio.app.viewer.ViewTransform;
import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.VisualOperation;
import io.pixelstudio.trace.ops.CropExecutor;
import io.pixelstudio.trace.ops.OperationResult;
import io.pixelstudio.trace.ops.ReplayStep;
import io.pixelstudio.trace.ops.ToolCall;
import io.pixelstudio.trace.ops.VisualState;
import javafx.geometry.Point2D;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
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

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Editing end to end under Xvfb, on a temporary copy of the bundled sample's SFT file and media (the
 * checkout's assets are never written): drag the zoom box's right edge on the street image, check
 * the trace's bbox_2d, the crop panel's pixels against CropExecutor's, the kept view, then Undo;
 * and the Shortcut+Z / Shortcut+S flow with the dirty title and the saved file.
 */
@ExtendWith(ApplicationExtension.class)
class EditorEndToEndTest {

    private static final String TRACE = "street-bakery-hours";
    private static final double DRAG_PX = 60;

    @TempDir
    static Path temp;

    private final Preferences prefs = Preferences.userRoot().node("io/pixelstudio/test-" + UUID.randomUUID());
    private Studio studio;
    private Stage stage;
    private Path file;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        file = TempSample.copy(temp);
        studio = Studio.create(stage, prefs, ScratchData.folder());
        stage.setWidth(1440);
        stage.setHeight(900);
        stage.show();
        studio.open(file);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(studio::close).get(10, TimeUnit.SECONDS);
        prefs.removeNode();
    }

    private <T> T onFx(Supplier<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read::get).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void waitUntil(Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("condition not reached in 60 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private StudioState state() {
        return studio.state();
    }

    /** Shows the trace's zoom-in step and returns it once the box tool can edit it. */
    private ReplayStep showZoomStep() {
        waitUntil(() -> state().loadedProperty().get() != null && state().loadedProperty().get().trace().id().equals(TRACE));
        ReplayStep step = onFx(() -> state().loadedProperty().get().steps().stream()
                .filter(s -> s.boxes().isPresent()).findFirst().orElseThrow());
        onFx(() -> {
            state().currentTurnProperty().set(step.turnIndex());
            return null;
        });
        waitUntil(() -> studio.window().editing().boxTool().model().targetProperty().get() != null);
        return step;
    }

    /** Keys go to the main window, not to a text field that would take Shortcut+Z as its own undo. */
    private void focusViewer() {
        onFx(() -> {
            studio.window().viewer().requestFocus();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Box currentNormalized(int turn) {
        LoadedTrace loaded = onFx(() -> state().loadedProperty().get());
        return loaded.steps().stream().filter(s -> s.turnIndex() == turn).findFirst().orElseThrow()
                .boxes().orElseThrow().normalized();
    }

    /** Drags the right edge of the editable box by {@code dx} screen pixels; returns the transform used. */
    private ViewTransform dragRightEdge(FxRobot robot, double dx) {
        ZoomTarget target = onFx(() -> studio.window().editing().boxTool().model().targetProperty().get());
        ViewTransform t = onFx(() -> studio.window().viewer().transformProperty().get());
        Box box = target.box();
        Point2D local = t.imageToScreen(box.x2(), (box.y1() + box.y2()) / 2);
        Point2D screen = onFx(() -> studio.window().viewer().localToScreen(local));
        robot.moveTo(screen).press(MouseButton.PRIMARY).moveBy(dx / 2, 0).moveBy(dx / 2, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        return t;
    }

    @Test
    void draggingTheRightEdgeResizesTheBoxUpdatesTheCropKeepsTheViewAndUndoRestoresIt(FxRobot robot) {
        ReplayStep step = showZoomStep();
        Box before = step.boxes().orElseThrow().normalized();
        ZoomTarget target = onFx(() -> studio.window().editing().boxTool().model().targetProperty().get());

        ViewTransform view = dragRightEdge(robot, DRAG_PX);

        waitUntil(() -> !currentNormalized(step.turnIndex()).equals(before));
        Box after = currentNormalized(step.turnIndex());
        double expectedX2 = before.x2() + DRAG_PX / view.scale() / target.region().width();
        assertThat(after.x2()).isCloseTo(expectedX2, within(0.006));
        assertThat(after.x1()).isEqualTo(before.x1());
        assertThat(after.y1()).isEqualTo(before.y1());
        assertThat(after.y2()).isEqualTo(before.y2());
        assertThat(onFx(() -> state().editor().undoTextProperty().get())).isEqualTo("Move zoom box in turn " + step.turnIndex());
        assertThat(onFx(() -> studio.window().viewer().transformProperty().get())).isEqualTo(view);
        assertCropPanelShowsCropExecutorsOutput(step.turnIndex());

        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));

        waitUntil(() -> currentNormalized(step.turnIndex()).equals(before));
        assertThat(onFx(() -> state().editor().dirtyProperty().get())).isFalse();
        assertThat(onFx(() -> state().editor().redoTextProperty().get())).isEqualTo("Move zoom box in turn " + step.turnIndex());
    }

    private void assertCropPanelShowsCropExecutorsOutput(int turn) {
        waitUntil(() -> state().currentStepProperty().get() != null
                && state().currentStepProperty().get().turnIndex() == turn
                && studio.window().cropPanel().displayedImage() != null);
        LoadedTrace loaded = onFx(() -> state().loadedProperty().get());
        ReplayStep step = onFx(() -> state().currentStepProperty().get());
        VisualOperation.ZoomIn zoom = (VisualOperation.ZoomIn) ((ToolCall.Valid) step.call()).operation();
        var observed = loaded.replay().orElseThrow();
        VisualState input = observed.replay().initial();
        OperationResult result = new CropExecutor(observed.settings().cropBounds()).execute(input, zoom).result();
        BufferedImage expected = ((OperationResult.Success) result).images().get(0);
        Image shown = onFx(() -> studio.window().cropPanel().displayedImage());
        assertThat((int) shown.getWidth()).isEqualTo(expected.getWidth());
        assertThat((int) shown.getHeight()).isEqualTo(expected.getHeight());
        PixelReader reader = shown.getPixelReader();
        int mismatches = 0;
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                if ((reader.getArgb(x, y) | 0xFF000000) != (expected.getRGB(x, y) | 0xFF000000)) {
                    mismatches++;
                }
            }
        }
        assertThat(mismatches).as("crop panel pixels differing from CropExecutor's output").isZero();
    }

    @Test
    void theTitleMarksUnsavedChangesShortcutSSavesAtomicallyAndShortcutZAfterwardsMakesItDirtyAgain(FxRobot robot)
            throws IOException {
        ReplayStep step = showZoomStep();
        String original = Files.readString(file);
        dragRightEdge(robot, DRAG_PX);
        waitUntil(() -> state().editor().dirtyProperty().get());
        assertThat(onFx(() -> stage.getTitle())).startsWith("\u2022 ");

        focusViewer();
        robot.push(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));

        waitUntil(() -> !state().editor().dirtyProperty().get() && !studio.window().editing().lifecycle().savingProperty().get());
        assertThat(onFx(() -> stage.getTitle())).doesNotStartWith("\u2022");
        assertThat(Files.readString(file)).isNotEqualTo(original);
        assertThat(Files.readString(file.resolveSibling(file.getFileName() + ".bak"))).isEqualTo(original);
        Box saved = currentNormalized(step.turnIndex());

        focusViewer();
        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));

        waitUntil(() -> state().editor().dirtyProperty().get() && !currentNormalized(step.turnIndex()).equals(saved));
        assertThat(onFx(() -> stage.getTitle())).startsWith("\u2022 ");
        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHIFT_DOWN, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> !state().editor().dirtyProperty().get() && currentNormalized(step.turnIndex()).equals(saved));
        assertThat(onFx(() -> stage.getTitle())).doesNotStartWith("\u2022");
    }
}
