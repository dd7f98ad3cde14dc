package io.pixelstudio.app.editor;

import io.pixelstudio.app.testing.ScratchData;
import io.pixelstudio.app.studio.Studio;
import io.pixelstudio.app.studio.document.TraceRow;
import io.pixelstudio.app.studio.state.LoadedTrace;
import io.pixelstudio.app.studio.state.StudioState;
import io.pixelstudio.app.viewer.ViewTransform;
import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.ops.ReplayStep;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
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

import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The other editing gestures end to end, on a temporary copy of the sample: Escape cancels a box
 * drag, Alt+↑ in the viewer nudges the box (and does not move the turn), E then Ctrl+Enter edits a
 * turn's text, Shortcut+click on a frame toggles it in a select-frames call.
 */
@ExtendWith(ApplicationExtension.class)
class EditorGesturesEndToEndTest {

    @TempDir
    static Path temp;

    private final Preferences prefs = Preferences.userRoot().node("io/pixelstudio/test-" + UUID.randomUUID());
    private Studio studio;

    @Start
    void start(Stage stage) throws IOException {
        Path file = TempSample.copy(temp);
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

    private void runFx(Runnable action) {
        onFx(() -> {
            action.run();
            return null;
        });
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

    private LoadedTrace select(String id) {
        waitUntil(() -> state().traceList().rows().size() == 12);
        int index = onFx(() -> state().traceList().rows().stream().filter(r -> r.id().equals(id))
                .mapToInt(TraceRow::index).findFirst().orElseThrow());
        runFx(() -> state().selectedIndexProperty().set(index));
        waitUntil(() -> state().loadedProperty().get() != null && state().loadedProperty().get().trace().id().equals(id));
        return onFx(() -> state().loadedProperty().get());
    }

    private ReplayStep stepTo(LoadedTrace loaded, boolean zoom) {
        ReplayStep step = loaded.steps().stream().filter(s -> s.boxes().isPresent() == zoom).findFirst().orElseThrow();
        runFx(() -> state().currentTurnProperty().set(step.turnIndex()));
        return step;
    }

    private BoxEditModel boxModel() {
        return studio.window().editing().boxTool().model();
    }

    private Box normalizedAt(int turn) {
        return onFx(() -> state().loadedProperty().get()).steps().stream().filter(s -> s.turnIndex() == turn)
                .findFirst().orElseThrow().boxes().orElseThrow().normalized();
    }

    @Test
    void escapeCancelsABoxDragAndNothingChanges(FxRobot robot) {
        stepTo(select("street-bakery-hours"), true);
        waitUntil(() -> boxModel().targetProperty().get() != null);
        ZoomTarget target = onFx(() -> boxModel().targetProperty().get());
        ViewTransform t = onFx(() -> studio.window().viewer().transformProperty().get());
        Point2D centre = t.imageToScreen((target.box().x1() + target.box().x2()) / 2, (target.box().y1() + target.box().y2()) / 2);
        Point2D screen = onFx(() -> studio.window().viewer().localToScreen(centre));

        robot.moveTo(screen).press(MouseButton.PRIMARY).moveBy(30, 20);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> boxModel().previewProperty().get())).isNotNull();
        robot.push(KeyCode.ESCAPE);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(() -> boxModel().previewProperty().get())).isNull();
        assertThat(onFx(() -> state().editor().undoTextProperty().get())).isEmpty();
        assertThat(onFx(() -> state().editor().dirtyProperty().get())).isFalse();
    }

    @Test
    void altUpInTheViewerNudgesTheBoxOnePixelUpAndLeavesTheTurnsAlone(FxRobot robot) {
        ReplayStep step = stepTo(select("street-bakery-hours"), true);
        waitUntil(() -> boxModel().targetProperty().get() != null);
        ZoomTarget target = onFx(() -> boxModel().targetProperty().get());
        Box before = step.boxes().orElseThrow().normalized();
        runFx(() -> studio.window().viewer().requestFocus());

        robot.push(new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN));

        waitUntil(() -> !normalizedAt(step.turnIndex()).equals(before));
        Box after = normalizedAt(step.turnIndex());
        double onePixel = 1 / target.region().height();
        assertThat(after.y1()).isCloseTo(before.y1() - onePixel, within(0.0006));
        assertThat(after.y2()).isCloseTo(before.y2() - onePixel, within(0.0006));
        assertThat(after.x1()).isEqualTo(before.x1());
        assertThat(onFx(() -> state().editor().undoTextProperty().get())).isEqualTo("Move zoom box in turn " + step.turnIndex());
        assertThat(onFx(() -> state().currentTurnProperty().get())).isEqualTo(step.turnIndex());
    }

    @Test
    void eOpensTheTurnEditorAndCtrlEnterAppliesTheText(FxRobot robot) {
        LoadedTrace loaded = select("street-bakery-hours");
        int last = loaded.trace().turns().size() - 1;
        assertThat(loaded.trace().turns().get(last).role()).isEqualTo(Role.ASSISTANT);
        runFx(() -> state().currentTurnProperty().set(last));
        runFx(() -> studio.window().reasoningPane().lookup(".reasoning-list").requestFocus());

        robot.type(KeyCode.E);
        waitUntil(() -> studio.window().editing().turns().editingProperty().get()
                && robot.lookup("#turn-editor-text").query().isFocused());
        robot.push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN)).write("Closes at 18:00.");
        robot.push(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN));

        waitUntil(() -> state().loadedProperty().get().trace().turns().get(last).text().equals("Closes at 18:00."));
        assertThat(onFx(() -> studio.window().editing().turns().editingProperty().get())).isFalse();
        assertThat(onFx(() -> state().editor().undoTextProperty().get())).isEqualTo("Edit text of turn " + last);
        assertThat(onFx(() -> state().currentTurnProperty().get())).isEqualTo(last);
    }

    @Test
    void shortcutClickOnAFrameAddsItToTheSelectFramesCallAndMarksIt(FxRobot robot) {
        LoadedTrace loaded = select("traffic-light-change");
        ReplayStep step = stepTo(loaded, false);
        int frame = 0;
        while (loaded.selectedFrames().contains(frame)) {
            frame++;
        }
        int unpicked = frame;
        waitUntil(() -> studio.window().frameStrip().isVisible());
        runFx(() -> studio.window().frameStrip().step(unpicked - state().currentFrameProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup(".frame-cell").match(n -> n instanceof ListCell<?> c && Integer.valueOf(unpicked).equals(c.getItem()))
                .query();

        robot.press(KeyCode.CONTROL).clickOn(cell).release(KeyCode.CONTROL);

        waitUntil(() -> state().loadedProperty().get().selectedFrames().contains(unpicked));
        assertThat(onFx(() -> studio.window().frameStrip().markedFrames())).contains(unpicked);
        assertThat(onFx(() -> state().editor().undoTextProperty().get())).contains("turn " + step.turnIndex());
    }
}
