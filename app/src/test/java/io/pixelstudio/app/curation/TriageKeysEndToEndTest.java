package io.pixelstudio.app.curation;

import io.pixelstudio.app.testing.ScratchData;
import io.pixelstudio.app.studio.Studio;
import io.pixelstudio.app.studio.document.TraceRow;
import io.pixelstudio.app.studio.state.StudioState;
import io.pixelstudio.app.testing.SampleData;
import io.pixelstudio.trace.ReviewStatus;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One-key triage in the running studio on the bundled sample (edits stay in memory; nothing is
 * saved): A/R/F set the status of the selected trace and advance to the next row; a tag typed after
 * T on a three-row selection tags all three as one undo step; typing in the filter box is never
 * taken as a verdict.
 */
@ExtendWith(ApplicationExtension.class)
class TriageKeysEndToEndTest {

    private final Preferences prefs = Preferences.userRoot().node("io/pixelstudio/test-" + UUID.randomUUID());
    private Studio studio;

    @Start
    void start(Stage stage) {
        studio = Studio.create(stage, prefs, ScratchData.folder());
        stage.setWidth(1440);
        stage.setHeight(900);
        stage.show();
        studio.open(SampleData.project());
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
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not reached in 60 s; selected " + onFx(() -> state().selectedIndexProperty().get())
                    + ", statuses " + onFx(() -> state().traceList().rows().stream().map(r -> r.status().name()).toList())
                    + ", focus " + onFx(() -> String.valueOf(studio.window().root().getScene().getFocusOwner())), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private StudioState state() {
        return studio.state();
    }

    private ReviewStatus status(int index) {
        return onFx(() -> state().traceList().rowAt(index).orElseThrow().status());
    }

    private List<String> tags(int index) {
        return onFx(() -> state().traceList().rowAt(index).orElseThrow().tags());
    }

    private Node row(FxRobot robot, String id) {
        return robot.lookup(".table-row-cell").match(n -> n instanceof TableRow<?> r && r.getItem() instanceof TraceRow t
                && t.id().equals(id)).query();
    }

    @Test
    void acceptRejectNeedsFixSetTheStatusAndAdvance(FxRobot robot) {
        waitUntil(() -> state().traceList().rows().size() == 12 && state().loadedProperty().get() != null);
        robot.clickOn(row(robot, "street-last-bus-two-zooms"));
        waitUntil(() -> state().selectedIndexProperty().get() == 2);
        robot.type(KeyCode.A);
        waitUntil(() -> state().selectedIndexProperty().get() == 3);
        robot.type(KeyCode.R);
        waitUntil(() -> state().selectedIndexProperty().get() == 4);
        robot.type(KeyCode.F);
        waitUntil(() -> state().selectedIndexProperty().get() == 5);
        assertThat(List.of(status(2), status(3), status(4)))
                .containsExactly(ReviewStatus.ACCEPTED, ReviewStatus.REJECTED, ReviewStatus.NEEDS_FIX);
        assertThat(status(5)).isEqualTo(ReviewStatus.NEEDS_FIX);
        waitUntil(() -> state().loadedProperty().get() != null
                && state().loadedProperty().get().trace().id().equals("shelf-tea-best-before-bad-target"));
        assertThat(onFx(() -> studio.window().traceList().table().getSelectionModel().getSelectedItem().index()))
                .isEqualTo(5);
        assertThat(onFx(() -> state().editor().undoTextProperty().get())).isEqualTo("Mark needs-fix");
    }

    @Test
    void lettersTypedInTheFilterBoxAreNotVerdicts(FxRobot robot) {
        waitUntil(() -> state().traceList().rows().size() == 12 && state().loadedProperty().get() != null);
        robot.clickOn("#trace-filter").write("far");
        waitUntil(() -> "far".equals(state().traceList().filterTextProperty().get()));
        assertThat(onFx(() -> state().editor().dirtyProperty().get())).isFalse();
    }

    @Test
    void aTagOnAThreeRowSelectionIsOneUndoStep(FxRobot robot) {
        waitUntil(() -> state().traceList().rows().size() == 12 && state().loadedProperty().get() != null);
        robot.clickOn(row(robot, "street-bakery-hours"));
        robot.press(KeyCode.SHIFT).clickOn(row(robot, "street-last-bus-two-zooms"), MouseButton.PRIMARY)
                .release(KeyCode.SHIFT);
        waitUntil(() -> studio.window().traceList().selectedRows().size() == 3);
        robot.type(KeyCode.T);
        waitUntil(() -> studio.window().curation().bar().tagField().isFocused());
        robot.write("bulk-check");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> tags(2).contains("bulk-check"));
        assertThat(tags(0)).contains("bulk-check");
        assertThat(tags(1)).contains("bulk-check");
        assertThat(tags(3)).doesNotContain("bulk-check");
        assertThat(onFx(() -> state().editor().undoTextProperty().get())).isEqualTo("Add tag bulk-check to 3 traces");
        onFx(() -> {
            state().editor().undo();
            return null;
        });
        assertThat(List.of(tags(0), tags(1), tags(2))).noneMatch(t -> t.contains("bulk-check"));
        assertThat(onFx(() -> state().editor().dirtyProperty().get())).isFalse();
    }
}
