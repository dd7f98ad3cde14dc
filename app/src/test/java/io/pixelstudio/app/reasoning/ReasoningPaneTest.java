package io.pixelstudio.app.reasoning;

import io.pixelstudio.app.testing.SampleData;
import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.validate.Finding;
import io.pixelstudio.trace.validate.Severity;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class ReasoningPaneTest {

    private static final String BAD_TARGET = "shelf-tea-best-before-bad-target";
    private static SampleData sample;

    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "thumbnails");
        thread.setDaemon(true);
        return thread;
    });
    private ReasoningPane pane;
    private Trace trace;
    private List<Finding> findings;

    @BeforeAll
    static void loadSample() throws IOException {
        sample = new SampleData();
    }

    @Start
    void start(Stage stage) {
        trace = sample.trace(BAD_TARGET);
        findings = sample.findings(trace);
        pane = new ReasoningPane(background, this::loadOrFail);
        pane.show(trace, sample.replay(trace).replay(), findings);
        stage.setScene(new Scene(pane, 520, 360));
        stage.show();
    }

    @AfterEach
    void stopBackground() {
        background.shutdownNow();
    }

    private java.awt.image.BufferedImage loadOrFail(String path) {
        if (path.contains("missing")) {
            throw new IllegalStateException("no such file: " + path);
        }
        return sample.load(path);
    }

    @Test
    void nextMovesTheHighlightToTheNextCellAndKeepsItInView(FxRobot robot) {
        assertThat(currentCell(robot)).map(TurnCell::getIndex).contains(0);

        for (int i = 0; i < trace.turns().size() + 2; i++) {
            robot.interact(pane::next);
            WaitForAsyncUtils.waitForFxEvents();
            int expected = Math.min(i + 1, trace.turns().size() - 1);
            assertThat(pane.currentTurnProperty().get()).isEqualTo(expected);
            TurnCell cell = currentCell(robot)
                    .orElseThrow(() -> new AssertionError("no highlighted cell on screen for turn " + expected));
            assertThat(cell.getIndex()).isEqualTo(expected);
            assertThat(cell.isSelected()).isTrue();
            assertThat(isVisibleInList(cell)).as("turn %d scrolled into view", expected).isTrue();
        }
        assertThat(cellsWithCurrent(robot)).hasSize(1);
    }

    @Test
    void keysJAndKStepThroughTurns(FxRobot robot) {
        robot.clickOn(cell(robot, 1));
        assertThat(pane.currentTurnProperty().get()).isEqualTo(1);

        robot.type(KeyCode.J, 2);
        assertThat(pane.currentTurnProperty().get()).isEqualTo(3);
        robot.type(KeyCode.K);
        assertThat(pane.currentTurnProperty().get()).isEqualTo(2);
        assertThat(currentCell(robot)).map(TurnCell::getIndex).contains(2);
    }

    @Test
    void clickingACellMakesItsTurnCurrent(FxRobot robot) {
        robot.clickOn(cell(robot, 2));

        assertThat(pane.currentTurnProperty().get()).isEqualTo(2);
        assertThat(currentCell(robot)).map(TurnCell::getIndex).contains(2);
    }

    @Test
    void currentCellIsPaintedWithTheHighlightColour(FxRobot robot) {
        robot.interact(() -> pane.currentTurnProperty().set(1));
        WaitForAsyncUtils.waitForFxEvents();

        Color current = backgroundAtRightEdge(robot, cell(robot, 1));
        Color other = backgroundAtRightEdge(robot, cell(robot, 0));
        assertThat(current).isEqualTo(Color.web("#e3edfd"));
        assertThat(other).isNotEqualTo(current);
    }

    @Test
    void invalidCallCellShowsTheValidationMessageAndTheReplayErrorInRed(FxRobot robot) {
        Finding error = findings.stream().filter(f -> f.severity() == Severity.ERROR).findFirst().orElseThrow();
        int turn = error.location().turn().orElseThrow();
        robot.interact(() -> pane.currentTurnProperty().set(turn));
        WaitForAsyncUtils.waitForFxEvents();
        TurnCell cell = cell(robot, turn);

        Label flag = robot.from(cell).lookup(".turn-flag").queryAs(Label.class);
        assertThat(flag.getText()).isEqualTo(error.message());
        assertThat(flag.isVisible()).isTrue();
        assertRed((Color) flag.getTextFill());
        Label problem = robot.from(cell).lookup(".call-problem").queryAs(Label.class);
        assertThat(problem.getText()).contains("Incorrect `target_image`");
        assertRed((Color) problem.getTextFill());
        Label chip = robot.from(cell).lookup(".call-chip").queryAs(Label.class);
        assertThat(chip.getStyleClass()).contains("call-chip-flagged");
        assertThat(cell.getPseudoClassStates()).contains(TurnCell.FLAGGED);
        assertThat(robot.lookup(".turn-flag").queryAll()).hasSize(1);
    }

    @Test
    void observationThumbnailsLoadInTheBackgroundScaledTo96PixelsHigh(FxRobot robot) throws TimeoutException {
        int observation = 5;
        String path = trace.turns().get(observation).imagePaths().get(0);
        java.awt.image.BufferedImage original = sample.load(path);
        robot.interact(() -> pane.currentTurnProperty().set(observation));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> thumbnailIn(robot, observation).isPresent());

        ImageView view = thumbnailIn(robot, observation).orElseThrow();
        assertThat(view.getImage().getHeight()).isEqualTo(ReasoningPane.THUMBNAIL_HEIGHT);
        assertThat(view.getImage().getWidth())
                .isEqualTo(Math.round(original.getWidth() * 96.0 / original.getHeight()), org.assertj.core.data.Offset.offset(1.0));
        assertThat(view.isVisible()).isTrue();
    }

    @Test
    void anImageThatCannotBeLoadedShowsItsReasonInPlaceOfTheThumbnail(FxRobot robot) throws TimeoutException {
        List<Turn> turns = new ArrayList<>(trace.turns());
        turns.set(5, new Turn(Role.USER, List.of(new Content.Text("Here is the cropped image:"),
                new Content.Image("media/missing.jpg"))));
        robot.interact(() -> pane.show(trace.withTurns(turns), null, List.of()));
        robot.interact(() -> pane.currentTurnProperty().set(5));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.from(cell(robot, 5)).lookup(".thumbnail-error").queryAll().isEmpty());

        Label error = robot.from(cell(robot, 5)).lookup(".thumbnail-error").queryAs(Label.class);
        assertThat(error.getText()).contains("media/missing.jpg", "no such file");
    }

    @Test
    void systemPromptShowsOneLineUntilExpanded(FxRobot robot) {
        Label body = robot.from(cell(robot, 0)).lookup(".turn-text").queryAs(Label.class);
        assertThat(body.getText()).isEqualTo("You are a helpful assistant.");

        robot.clickOn(robot.from(cell(robot, 0)).lookup(".turn-toggle").queryAs(Node.class));

        Label expanded = robot.from(cell(robot, 0)).lookup(".turn-text").queryAs(Label.class);
        assertThat(expanded.getText()).isEqualTo(trace.turns().get(0).text().strip()).contains("<tools>");
        assertThat(expanded.getHeight()).isGreaterThan(body.getFont().getSize() * 3);
    }

    private static void assertRed(Color color) {
        assertThat(color.getRed()).isGreaterThan(0.6);
        assertThat(color.getGreen()).isLessThan(0.3);
        assertThat(color.getBlue()).isLessThan(0.3);
    }

    private Optional<ImageView> thumbnailIn(FxRobot robot, int index) {
        return robot.lookup(".turn-cell").queryAllAs(TurnCell.class).stream()
                .filter(c -> c.getIndex() == index && !c.isEmpty())
                .flatMap(c -> robot.from(c).lookup(".turn-thumbnail .image-view").queryAllAs(ImageView.class).stream())
                .filter(v -> v.getImage() != null)
                .findFirst();
    }

    private Color backgroundAtRightEdge(FxRobot robot, TurnCell cell) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = cell.snapshot(null, null));
        return shot[0].getPixelReader().getColor((int) shot[0].getWidth() - 6, 3);
    }

    private boolean isVisibleInList(TurnCell cell) {
        Bounds list = pane.listView().localToScene(pane.listView().getLayoutBounds());
        Bounds bounds = cell.localToScene(cell.getLayoutBounds());
        return cell.isVisible() && bounds.getMinY() >= list.getMinY() - 0.5 && bounds.getMinY() < list.getMaxY();
    }

    private TurnCell cell(FxRobot robot, int index) {
        return robot.lookup(".turn-cell").queryAllAs(TurnCell.class).stream()
                .filter(c -> c.getIndex() == index && !c.isEmpty() && c.isVisible())
                .findFirst().orElseThrow(() -> new AssertionError("no visible cell for turn " + index));
    }

    private Optional<TurnCell> currentCell(FxRobot robot) {
        return cellsWithCurrent(robot).stream().findFirst();
    }

    private List<TurnCell> cellsWithCurrent(FxRobot robot) {
        return robot.lookup(".turn-cell").queryAllAs(TurnCell.class).stream()
                .filter(c -> c.isVisible() && c.getPseudoClassStates().contains(TurnCell.CURRENT))
                .toList();
    }
}
