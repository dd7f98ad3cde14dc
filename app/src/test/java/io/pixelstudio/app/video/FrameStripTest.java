package io.pixelstudio.app.video;

import io.pixelstudio.trace.media.ImageLoader;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class FrameStripTest {

    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "frame-strip-test");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Integer> opened = new CopyOnWriteArrayList<>();
    private FrameStrip strip;
    private FrameSource frames;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        frames = FrameSource.ofImages(SampleFrames.frameFiles(), new ImageLoader());
        strip = new FrameStrip(background);
        strip.show(frames);
        strip.markedFrames().addAll(List.of(7, 8));
        strip.onOpenFrameProperty().set(opened::add);
        stage.setScene(new Scene(strip, 800, 220));
        stage.show();
    }

    @AfterEach
    void stopBackground() {
        background.shutdownNow();
    }

    @Test
    void decodesTheVisibleThumbnailsInTheBackgroundWithTheModelsFrameNumbers() throws Exception {
        waitUntilVisibleThumbnailsLoaded(strip);
        List<FrameCell> visible = fx(() -> visibleCells(strip));
        assertThat(visible).isNotEmpty().allSatisfy(cell -> assertThat(cell.thumbnail()).isNotNull());
        assertThat(fx(() -> captionOf(cellShowing(strip, 0)))).isEqualTo("#1");
        assertThat(strip.cache().size()).isGreaterThanOrEqualTo(visible.size());
    }

    @Test
    void thumbnailsShowTheFramesOwnPixels(FxRobot robot) throws Exception {
        robot.interact(() -> strip.currentFrameProperty().set(9));
        waitUntilVisibleThumbnailsLoaded(strip);
        Image red = fx(() -> cellShowing(strip, 8).thumbnail());
        Image green = fx(() -> cellShowing(strip, 9).thumbnail());
        assertThat(red.getWidth()).isEqualTo(128);
        assertThat(SampleFrames.light(toAwt(red), 0.2)).as("#9, source frame 39").isEqualTo("red");
        assertThat(SampleFrames.light(toAwt(green), 0.2)).as("#10, source frame 44").isEqualTo("green");
    }

    @Test
    void arrowKeysStepOneFrameAndShiftStepsTenClampedAtTheEnds(FxRobot robot) {
        ListView<?> list = robot.lookup(".list-view").queryAs(ListView.class);
        robot.interact(list::requestFocus);
        robot.type(KeyCode.RIGHT);
        assertThat(strip.currentFrameProperty().get()).isEqualTo(1);
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        assertThat(strip.currentFrameProperty().get()).isEqualTo(11);
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        assertThat(strip.currentFrameProperty().get()).isEqualTo(15);
        assertThat(isFullyVisible(15)).as("current frame scrolled into view").isTrue();
        robot.type(KeyCode.LEFT);
        assertThat(strip.currentFrameProperty().get()).isEqualTo(14);
        robot.press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
        assertThat(strip.currentFrameProperty().get()).isEqualTo(4);
        robot.press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
        assertThat(strip.currentFrameProperty().get()).isZero();
        assertThat(list.getSelectionModel().getSelectedIndex()).as("highlighted").isZero();
        assertThat(opened).isEmpty();
        robot.type(KeyCode.ENTER);
        assertThat(opened).containsExactly(0);
    }

    @Test
    void stepIsClampedToTheSource(FxRobot robot) {
        robot.interact(() -> strip.step(100));
        assertThat(strip.currentFrameProperty().get()).isEqualTo(15);
        robot.interact(() -> strip.step(-3));
        assertThat(strip.currentFrameProperty().get()).isEqualTo(12);
        robot.interact(() -> strip.step(-100));
        assertThat(strip.currentFrameProperty().get()).isZero();
    }

    @Test
    void clickingAMarkedFrameOpensIt(FxRobot robot) throws Exception {
        robot.interact(() -> strip.currentFrameProperty().set(9));
        FrameCell marked = fx(() -> cellShowing(strip, 8));
        assertThat(strip.markedFrames()).contains(marked.shownFrame());
        robot.clickOn(marked);
        assertThat(opened).containsExactly(8);
        assertThat(strip.currentFrameProperty().get()).isEqualTo(8);
    }

    @Test
    void markedFramesHaveAnOrangeBorderAndABadge(FxRobot robot) throws Exception {
        robot.interact(() -> strip.currentFrameProperty().set(8));
        FrameCell marked = fx(() -> cellShowing(strip, 7));
        FrameCell plain = fx(() -> cellShowing(strip, 6));
        assertThat(marked.getPseudoClassStates()).contains(FrameCell.MARKED);
        assertThat(plain.getPseudoClassStates()).doesNotContain(FrameCell.MARKED);
        Color markedEdge = fx(() -> marked.snapshot(null, null).getPixelReader().getColor(1, (int) (marked.getHeight() / 2)));
        Color plainEdge = fx(() -> plain.snapshot(null, null).getPixelReader().getColor(1, (int) (plain.getHeight() / 2)));
        assertThat(markedEdge.getRed()).isGreaterThan(0.9);
        assertThat(markedEdge.getGreen()).isBetween(0.45, 0.65);
        assertThat(markedEdge.getBlue()).isLessThan(0.1);
        assertThat(plainEdge).isNotEqualTo(markedEdge);
        assertThat(badgeOf(marked).isVisible()).isTrue();
        assertThat(badgeOf(plain).isVisible()).isFalse();

        robot.interact(() -> strip.markedFrames().remove(7));
        assertThat(fx(() -> cellShowing(strip, 7)).getPseudoClassStates()).doesNotContain(FrameCell.MARKED);
    }

    @Test
    void aBadVideoIsShownAsAnErrorInTheStrip(FxRobot robot, @TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("not-a-video.mp4"), "plain text, no video stream");
        robot.interact(() -> strip.open(() -> FrameSource.ofVideo(bad)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> strip.errorProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(strip.errorProperty().get()).contains("not-a-video.mp4");
        assertThat(strip.source()).isNull();
        assertThat(robot.lookup(".frame-status").queryAs(Label.class).getText())
                .startsWith("Cannot open video: ").contains("not-a-video.mp4");
    }

    @Test
    void aVideoFileIsLabelledWithFrameIndexAndTimeAndClosedWhenReplaced(FxRobot robot) throws Exception {
        robot.interact(() -> strip.open(() -> FrameSource.ofVideo(SampleFrames.VIDEO)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> strip.source() != null && strip.source().frameCount() == 75);
        robot.interact(() -> strip.currentFrameProperty().set(40));
        waitUntilVisibleThumbnailsLoaded(strip);
        assertThat(fx(() -> captionOf(cellShowing(strip, 40)))).isEqualTo("frame 40 \u00b7 1.60 s");
        assertThat(SampleFrames.light(toAwt(fx(() -> cellShowing(strip, 39).thumbnail())), 0.2)).isEqualTo("red");
        assertThat(SampleFrames.light(toAwt(fx(() -> cellShowing(strip, 40).thumbnail())), 0.2)).isEqualTo("green");

        FrameSource video = strip.source();
        robot.interact(() -> strip.show(frames));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> isClosed(video));
        assertThat(strip.currentFrameProperty().get()).as("clamped to the 16 frames").isEqualTo(15);
    }

    @Test
    void onlyTheLatestSourceIsDecoded(FxRobot robot) throws Exception {
        QueueExecutor queue = new QueueExecutor();
        ColourFrames stale = new ColourFrames("stale", 100, -1);
        ColourFrames latest = new ColourFrames("latest", 100, -1);
        FrameStrip queued = fx(() -> new FrameStrip(queue));
        robot.interact(() -> {
            stage.getScene().setRoot(queued);
            queued.show(stale);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> queued.show(latest));
        WaitForAsyncUtils.waitForFxEvents();
        queue.runAll();
        WaitForAsyncUtils.waitForFxEvents();
        queue.runAll();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stale.decodes()).isZero();
        List<FrameCell> visible = fx(() -> visibleCells(queued));
        assertThat(visible).isNotEmpty();
        assertThat(latest.decodes()).isLessThan(20);
        for (FrameCell cell : visible) {
            Image thumb = cell.thumbnail();
            assertThat(thumb).as("frame %d", cell.shownFrame()).isNotNull();
            assertThat(thumb.getPixelReader().getArgb(5, 5)).isEqualTo(ColourFrames.colour(cell.shownFrame()));
        }
    }

    @Test
    void showingTheSameFramesAgainUsesTheCache(FxRobot robot) throws Exception {
        QueueExecutor queue = new QueueExecutor();
        ColourFrames source = new ColourFrames("same", 30, -1);
        FrameStrip queued = fx(() -> new FrameStrip(queue));
        robot.interact(() -> {
            stage.getScene().setRoot(queued);
            queued.show(source);
        });
        WaitForAsyncUtils.waitForFxEvents();
        queue.runAll();
        WaitForAsyncUtils.waitForFxEvents();
        int decoded = source.decodes();
        long hits = queued.cache().hits();
        assertThat(decoded).isPositive();

        robot.interact(() -> queued.show(null));
        robot.interact(() -> queued.show(source));
        assertThat(queue.runAll()).isZero();
        assertThat(source.decodes()).isEqualTo(decoded);
        assertThat(queued.cache().hits()).isGreaterThanOrEqualTo(hits + decoded);
        assertThat(fx(() -> visibleCells(queued))).allSatisfy(cell -> assertThat(cell.thumbnail()).isNotNull());
    }

    @Test
    void aFrameThatCannotBeDecodedIsShownAsSuchAndTheOthersStillLoad(FxRobot robot) throws Exception {
        ColourFrames source = new ColourFrames("broken", 10, 2);
        FrameStrip direct = fx(() -> new FrameStrip(Runnable::run));
        robot.interact(() -> {
            stage.getScene().setRoot(direct);
            direct.show(source);
        });
        WaitForAsyncUtils.waitForFxEvents();
        FrameCell broken = fx(() -> cellShowing(direct, 2));
        assertThat(broken.getPseudoClassStates()).contains(FrameCell.FAILED);
        assertThat(broken.thumbnail()).isNull();
        assertThat(broken.getTooltip().getText()).contains("broken frame 2: corrupt packet");
        assertThat(fx(() -> cellShowing(direct, 3)).thumbnail()).isNotNull();
    }

    private boolean isFullyVisible(int index) {
        return fx(() -> {
            FrameCell cell = cellShowing(strip, index);
            Node list = strip.lookup(".list-view");
            Bounds cellBounds = cell.localToScene(cell.getBoundsInLocal());
            Bounds listBounds = list.localToScene(list.getBoundsInLocal());
            return cell.getListView().getSelectionModel().isSelected(index)
                    && cellBounds.getMinX() >= listBounds.getMinX() - 0.5
                    && cellBounds.getMaxX() <= listBounds.getMaxX() + 0.5;
        });
    }

    private static boolean isClosed(FrameSource source) {
        try {
            source.frame(0);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    private static void waitUntilVisibleThumbnailsLoaded(FrameStrip target) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> {
            List<FrameCell> visible = visibleCells(target);
            return !visible.isEmpty() && visible.stream().allMatch(cell -> cell.thumbnail() != null);
        }));
    }

    private static List<FrameCell> visibleCells(FrameStrip target) {
        return target.cells().stream()
                .filter(cell -> cell.isVisible() && cell.getParent() != null && cell.shownFrame() >= 0)
                .toList();
    }

    private static FrameCell cellShowing(FrameStrip target, int index) {
        return visibleCells(target).stream().filter(cell -> cell.shownFrame() == index).findFirst()
                .orElseThrow(() -> new AssertionError("no visible cell shows frame " + index));
    }

    private static String captionOf(FrameCell cell) {
        return ((Label) cell.lookup(".frame-caption")).getText();
    }

    private static Label badgeOf(FrameCell cell) {
        return (Label) cell.lookup(".frame-badge");
    }

    private static BufferedImage toAwt(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        return out;
    }

    private static <T> T fx(java.util.concurrent.Callable<T> action) {
        try {
            return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
