package io.pixelstudio.app.studio.main;

import io.pixelstudio.app.testing.ScratchData;
import io.pixelstudio.app.studio.Studio;
import io.pixelstudio.app.studio.document.TraceRow;
import io.pixelstudio.app.testing.SampleData;
import io.pixelstudio.app.viewer.Overlay;
import io.pixelstudio.app.viewer.ViewTransform;
import io.pixelstudio.app.studio.state.LoadedTrace;
import io.pixelstudio.app.studio.state.StudioState;
import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.ops.OperationResult;
import io.pixelstudio.trace.ops.ReplayStep;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The studio end to end on the bundled sample, under Xvfb: open the project, pick a trace in the
 * list, step with J and check what is drawn — the reasoning pane's turn, the zoom box on the
 * viewer's canvas where the view transform puts the step's cut region, the crop panel's pixels
 * against the replay's output — and the frame strip of a video trace.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowEndToEndTest {

    private final Preferences prefs = Preferences.userRoot().node("io/pixelstudio/test-" + UUID.randomUUID());
    private Studio studio;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
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
            throw new AssertionError("condition not reached in 60 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private StudioState state() {
        return studio.state();
    }

    private void selectInList(FxRobot robot, String id) {
        waitUntil(() -> state().traceList().rows().size() == 12);
        robot.clickOn("#trace-filter").write(id);
        waitUntil(() -> state().traceList().visibleRows().size() == 1);
        Node row = robot.lookup(".table-row-cell").match(n -> n instanceof TableRow<?> r && r.getItem() instanceof TraceRow t
                && t.id().equals(id)).query();
        robot.clickOn(row);
        waitUntil(() -> state().loadedProperty().get() != null && state().loadedProperty().get().trace().id().equals(id));
    }

    @Test
    void openingTheSampleShowsItsTracesAndRemembersTheProject() {
        waitUntil(() -> state().traceList().rows().size() == 12 && state().loadedProperty().get() != null);
        assertThat(new RecentFiles(prefs).list()).containsExactly(SampleData.project());
        assertThat(onFx(() -> stage.getTitle())).contains("project");
    }

    @Test
    void steppingWithJMovesTheReasoningPaneViewerAndCropPanelTogether(FxRobot robot) throws Exception {
        selectInList(robot, "street-name-self-correction");
        LoadedTrace loaded = onFx(() -> state().loadedProperty().get());
        int turns = loaded.trace().turns().size();
        robot.clickOn("#viewer");
        List<Integer> seenTurns = new ArrayList<>();
        int checkedBoxes = 0;
        for (int expected = 1; expected < turns; expected++) {
            robot.type(KeyCode.J);
            int turn = expected;
            waitUntil(() -> state().currentTurnProperty().get() == turn);
            assertThat(onFx(() -> studio.window().reasoningPane().currentTurnProperty().get())).isEqualTo(turn);
            seenTurns.add(turn);
            ReplayStep step = onFx(() -> state().currentStepProperty().get());
            if (step != null && step.turnIndex() == turn && step.boxes().isPresent()) {
                assertBoxDrawnWhereTheTransformSays(step.boxes().get().cutOriginalPixels());
                assertCropPanelShowsTheReplayOutput(step);
                checkedBoxes++;
            }
        }
        assertThat(seenTurns).hasSize(turns - 1);
        assertThat(checkedBoxes).isEqualTo(2);
    }

    private void assertBoxDrawnWhereTheTransformSays(Box cut) {
        WaitForAsyncUtils.waitForFxEvents();
        ViewTransform transform = onFx(() -> studio.window().viewer().transformProperty().get());
        Point2D topLeft = transform.imageToScreen(cut.x1(), cut.y1());
        Point2D bottomRight = transform.imageToScreen(cut.x2(), cut.y2());
        WritableImage withOverlays = onFx(() -> FxSnapshots.of(studio.window().viewer().canvas()));
        List<Overlay> saved = onFx(() -> {
            List<Overlay> overlays = new ArrayList<>(studio.window().viewer().overlays());
            studio.window().viewer().overlays().clear();
            studio.window().viewer().requestRepaint();
            return overlays;
        });
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage without = onFx(() -> FxSnapshots.of(studio.window().viewer().canvas()));
        onFx(() -> {
            studio.window().viewer().overlays().setAll(saved);
            studio.window().viewer().requestRepaint();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        PixelReader a = withOverlays.getPixelReader();
        PixelReader b = without.getPixelReader();
        double midX = (topLeft.getX() + bottomRight.getX()) / 2;
        double midY = (topLeft.getY() + bottomRight.getY()) / 2;
        Point2D[] edges = {new Point2D(midX, topLeft.getY()), new Point2D(midX, bottomRight.getY()),
                new Point2D(topLeft.getX(), midY), new Point2D(bottomRight.getX(), midY)};
        for (Point2D edge : edges) {
            int x = (int) Math.round(edge.getX());
            int y = (int) Math.round(edge.getY());
            int strongest = 0;
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int px = Math.max(0, Math.min((int) withOverlays.getWidth() - 1, x + dx));
                    int py = Math.max(0, Math.min((int) withOverlays.getHeight() - 1, y + dy));
                    strongest = Math.max(strongest, FxSnapshots.difference(a.getArgb(px, py), b.getArgb(px, py)));
                }
            }
            assertThat(strongest).as("box edge drawn at screen (%d, %d)", x, y).isGreaterThan(60);
        }
        boolean roomOnTheRight = bottomRight.getX() + 8 < withOverlays.getWidth();
        Point2D outside = new Point2D(roomOnTheRight ? bottomRight.getX() + 8 : topLeft.getX() - 8, midY);
        assertThat(FxSnapshots.difference(a.getArgb((int) outside.getX(), (int) outside.getY()),
                b.getArgb((int) outside.getX(), (int) outside.getY())))
                .as("nothing drawn 8 px beside the box at (%.0f, %.0f)", outside.getX(), outside.getY()).isLessThan(20);
    }

    private void assertCropPanelShowsTheReplayOutput(ReplayStep step) {
        BufferedImage expected = ((OperationResult.Success) step.result().orElseThrow()).images().get(0);
        Image shown = onFx(() -> studio.window().cropPanel().displayedImage());
        assertThat(shown).isNotNull();
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
        assertThat(mismatches).as("crop pixels differing from the replay's output").isZero();
    }

    @Test
    void theModelsEyeKeyShowsTheResizedInputWithItsTokenGridAndBack(FxRobot robot) {
        selectInList(robot, "street-bakery-hours");
        LoadedTrace loaded = onFx(() -> state().loadedProperty().get());
        int originalWidth = loaded.sources().get(0).getWidth();
        robot.clickOn("#viewer");
        robot.type(KeyCode.M);
        waitUntil(() -> state().modelsEyeProperty().get());
        javafx.scene.image.Image shown = onFx(() -> studio.window().viewer().imageProperty().get());
        io.pixelstudio.trace.media.ImageSize input = loaded.modelInputSize(0).orElseThrow();

        assertThat((int) shown.getWidth()).isEqualTo(input.width()).isNotEqualTo(originalWidth);
        assertThat((int) shown.getHeight()).isEqualTo(input.height());
        assertThat(input.width() % 28).isZero();
        assertThat(onFx(() -> studio.window().viewer().overlays().stream()
                .anyMatch(io.pixelstudio.app.viewer.TokenGridOverlay.class::isInstance))).isTrue();

        robot.type(KeyCode.M);
        waitUntil(() -> !state().modelsEyeProperty().get());
        assertThat(onFx(() -> (int) studio.window().viewer().imageProperty().get().getWidth())).isEqualTo(originalWidth);
    }

    @Test
    void aVideoTraceShowsTheFrameStripWithTheSelectedFramesMarked(FxRobot robot) {
        selectInList(robot, "traffic-light-change");
        assertThat(onFx(() -> studio.window().frameStrip().isVisible())).isTrue();
        assertThat(onFx(() -> new ArrayList<>(studio.window().frameStrip().markedFrames()))).containsExactlyInAnyOrder(7, 8, 9, 10);
        onFx(() -> {
            studio.window().frameStrip().onOpenFrameProperty().get().accept(9);
            return null;
        });
        waitUntil(() -> state().currentSourceProperty().get() == 9);
        BufferedImage frame = onFx(() -> state().loadedProperty().get().sources().get(9));
        Image shown = onFx(() -> studio.window().viewer().imageProperty().get());
        assertThat((int) shown.getWidth()).isEqualTo(frame.getWidth());
    }

    @Test
    void anImageTraceHasNoFrameStrip(FxRobot robot) {
        selectInList(robot, "street-bakery-hours");
        assertThat(onFx(() -> studio.window().frameStrip().isVisible())).isFalse();
    }

    @Test
    void typingInTheFilterBoxNeverStepsTheTrace(FxRobot robot) {
        waitUntil(() -> state().loadedProperty().get() != null);
        robot.clickOn("#trace-filter").write("jjkk");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> state().currentTurnProperty().get())).isZero();
        assertThat(onFx(() -> state().traceList().filterTextProperty().get())).isEqualTo("jjkk");
    }

    @Test
    void f1ShowsEveryShortcutAndEscapeHidesIt(FxRobot robot) {
        waitUntil(() -> state().loadedProperty().get() != null);
        robot.clickOn("#viewer");
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> studio.window().helpOverlay().isVisible())).isTrue();
        for (StudioAction action : StudioAction.withShortcuts()) {
            assertThat(robot.lookup("#help-overlay .label").queryAllAs(javafx.scene.control.Label.class))
                    .anySatisfy(l -> assertThat(l.getText()).isEqualTo(action.displayShortcuts()));
        }
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> studio.window().helpOverlay().isVisible())).isFalse();
    }

    @Test
    void writesAScreenshotOfTheMainWindowOnASampleTrace(FxRobot robot) throws Exception {
        selectInList(robot, "street-name-self-correction");
        robot.clickOn("#viewer");
        for (int i = 0; i < 4; i++) {
            robot.type(KeyCode.J);
        }
        waitUntil(() -> state().currentTurnProperty().get() == 4);
        WaitForAsyncUtils.waitForFxEvents();
        Path file = Path.of("target", "screenshots", "main-window.png");
        WritableImage shot = onFx(() -> FxSnapshots.of(studio.window().root()));
        FxSnapshots.writePng(shot, file);
        assertThat(file).exists();
        assertThat(shot.getWidth()).isGreaterThan(1000);
    }
}
