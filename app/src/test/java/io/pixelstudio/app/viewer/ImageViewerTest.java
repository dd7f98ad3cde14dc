package io.pixelstudio.app.viewer;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@ExtendWith(ApplicationExtension.class)
class ImageViewerTest {

    private static final Color GREY = Color.gray(0.5);
    private static final double TOLERANCE = 0.12;
    private static final ZoomBoxOverlay.StepBox OTHER = step(1, 100, 100, 400, 300, false);
    private static final ZoomBoxOverlay.StepBox CURRENT = step(2, 600, 200, 900, 450, false);
    private static final ZoomBoxOverlay.StepBox FAILED = step(3, 80, 380, 300, 480, true);

    private ImageViewer viewer;

    @Start
    void start(Stage stage) {
        viewer = new ImageViewer();
        viewer.imageProperty().set(uniform(1000, 500, GREY));
        viewer.overlays().add(new ZoomBoxOverlay(List.of(OTHER, CURRENT, FAILED), 2));
        stage.setScene(new Scene(viewer, 800, 600));
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void fitsTheFirstImageCentredInTheWindow() {
        WaitForAsyncUtils.waitForFxEvents();
        ViewTransform t = viewer.transformProperty().get();
        assertThat(t.scale()).isEqualTo(0.8);
        assertThat(t.translateX()).isEqualTo(0);
        assertThat(t.translateY()).isEqualTo(100);
    }

    @Test
    void theCurrentStepsCutBoxIsDrawnInTheHighlightColourWhereTheTransformPutsIt() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        ViewTransform t = viewer.transformProperty().get();
        Image shot = snapshot();
        Box cut = CURRENT.cutOriginalPixels();
        for (double[] corner : new double[][]{{cut.x1(), cut.y1()}, {cut.x2(), cut.y1()}, {cut.x1(), cut.y2()}, {cut.x2(), cut.y2()}}) {
            Point2D p = t.imageToScreen(corner[0], corner[1]);
            assertThat(Pixels.hasColourNear(shot, p.getX(), p.getY(), 1, ZoomBoxOverlay.CURRENT, TOLERANCE))
                    .as("highlight at corner %s", p).isTrue();
        }
        Point2D left = t.imageToScreen(cut.x1(), (cut.y1() + cut.y2()) / 2);
        Point2D right = t.imageToScreen(cut.x2(), left.getY());
        PixelReader reader = shot.getPixelReader();
        int y = (int) Math.round(left.getY());
        for (int x = 0; x < shot.getWidth(); x++) {
            boolean onEdge = Math.abs(x - left.getX()) <= 3 || Math.abs(x - right.getX()) <= 3;
            boolean highlighted = Pixels.near(reader.getColor(x, y), ZoomBoxOverlay.CURRENT, TOLERANCE);
            if (highlighted) {
                assertThat(onEdge).as("highlight at x=%d on the line through the box centre, away from its edges", x).isTrue();
            }
        }
        assertThat(Pixels.hasColourNear(shot, left.getX(), y, 1, ZoomBoxOverlay.CURRENT, TOLERANCE)).isTrue();
        assertThat(Pixels.hasColourNear(shot, right.getX(), y, 1, ZoomBoxOverlay.CURRENT, TOLERANCE)).isTrue();
        assertThat(Pixels.near(reader.getColor((int) ((left.getX() + right.getX()) / 2), y), GREY, 0.02))
                .as("the image shows inside the box").isTrue();
    }

    @Test
    void otherAndFailedStepsAreDrawnInTheirOwnColours() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        ViewTransform t = viewer.transformProperty().get();
        Image shot = snapshot();
        Box other = OTHER.cutOriginalPixels();
        Point2D otherLeft = t.imageToScreen(other.x1(), (other.y1() + other.y2()) / 2);
        assertThat(Pixels.hasColourNear(shot, otherLeft.getX(), otherLeft.getY(), 2, ZoomBoxOverlay.OTHER, TOLERANCE)).isTrue();
        assertThat(Pixels.hasColourNear(shot, otherLeft.getX(), otherLeft.getY(), 2, ZoomBoxOverlay.CURRENT, TOLERANCE)).isFalse();
        Box failed = FAILED.cutOriginalPixels();
        Point2D from = t.imageToScreen(failed.x1(), failed.y2());
        Point2D to = t.imageToScreen(failed.x2(), failed.y2());
        PixelReader reader = shot.getPixelReader();
        long grey = 0;
        long gaps = 0;
        for (int x = (int) from.getX() + 4; x < to.getX() - 4; x++) {
            boolean isFailed = Pixels.hasColourNear(shot, x, to.getY(), 1, ZoomBoxOverlay.FAILED, 0.06);
            if (isFailed) {
                grey++;
            } else if (Pixels.near(reader.getColor(x, (int) Math.round(to.getY())), GREY, 0.02)) {
                gaps++;
            }
        }
        assertThat(grey).as("failed box drawn in grey").isPositive();
        assertThat(gaps).as("failed box dashed").isPositive();
    }

    @Test
    void scrollingZoomsAboutTheCursor(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Point2D local = new Point2D(250, 180);
        Point2D anchor = viewer.transformProperty().get().screenToImage(local.getX(), local.getY());
        double before = viewer.transformProperty().get().scale();
        robot.moveTo(viewer.canvas().localToScreen(local)).scroll(3, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        ViewTransform after = viewer.transformProperty().get();
        assertThat(after.scale()).isGreaterThan(before);
        Point2D stays = after.imageToScreen(anchor.getX(), anchor.getY());
        assertThat(stays.getX()).isCloseTo(local.getX(), within(1e-6));
        assertThat(stays.getY()).isCloseTo(local.getY(), within(1e-6));
    }

    @Test
    void draggingPansAndDoubleClickFitsAgain(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        ViewTransform fitted = viewer.transformProperty().get();
        Point2D start = viewer.canvas().localToScreen(400, 300);
        robot.drag(start, MouseButton.PRIMARY).moveBy(60, -40).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        ViewTransform panned = viewer.transformProperty().get();
        assertThat(panned.scale()).isEqualTo(fitted.scale());
        assertThat(panned.translateX() - fitted.translateX()).isCloseTo(60, within(1.0));
        assertThat(panned.translateY() - fitted.translateY()).isCloseTo(-40, within(1.0));
        robot.doubleClickOn(start, MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewer.transformProperty().get()).isEqualTo(fitted);
    }

    @Test
    void manyChangesInOnePulsePaintOnce(FxRobot robot) {
        AtomicInteger paints = new AtomicInteger();
        robot.interact(() -> viewer.overlays().add((g, t) -> paints.incrementAndGet()));
        WaitForAsyncUtils.waitForFxEvents();
        int before = paints.get();
        robot.interact(() -> {
            for (int i = 0; i < 20; i++) {
                viewer.zoomBy(1.01);
                viewer.requestRepaint();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(paints.get() - before).isEqualTo(1);
    }

    @Test
    void aDragOfManyMouseMovesNeverPaintsMoreThanOncePerPulse(FxRobot robot) {
        AtomicInteger paints = new AtomicInteger();
        AtomicInteger pulses = new AtomicInteger();
        Runnable countPulse = pulses::incrementAndGet;
        robot.interact(() -> {
            viewer.overlays().add((g, t) -> paints.incrementAndGet());
            viewer.getScene().addPreLayoutPulseListener(countPulse);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.drag(viewer.canvas().localToScreen(400, 300), MouseButton.PRIMARY);
        for (int i = 0; i < 40; i++) {
            robot.moveBy(3, 2);
        }
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> viewer.getScene().removePreLayoutPulseListener(countPulse));
        assertThat(paints.get()).as("paints").isPositive().isLessThanOrEqualTo(pulses.get());
    }

    @Test
    void zoomedInPastOneToOnePixelsStaySharpSquares(FxRobot robot) throws Exception {
        WritableImage checker = checker(16);
        robot.interact(() -> {
            viewer.overlays().clear();
            viewer.imageProperty().set(checker);
            viewer.setTransform(new ViewTransform(8, 0, 0));
        });
        WaitForAsyncUtils.waitForFxEvents();
        PixelReader reader = snapshot().getPixelReader();
        for (int y = 0; y < 128; y++) {
            for (int x = 0; x < 128; x++) {
                Color expected = ((x / 8) + (y / 8)) % 2 == 0 ? Color.BLACK : Color.WHITE;
                assertThat(Pixels.near(reader.getColor(x, y), expected, 0.01)).as("pixel (%d, %d)", x, y).isTrue();
            }
        }
    }

    @Test
    void aZoomedOutImageIsDrawnSharpWhileMovingAndSmoothedOnceStill(FxRobot robot) throws Exception {
        WritableImage checker = checker(64);
        robot.interact(() -> {
            viewer.overlays().clear();
            viewer.imageProperty().set(checker);
            viewer.setTransform(new ViewTransform(0.5, 0, 0));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewer.moving()).isTrue();
        assertThat(greys(snapshot(), 32)).as("nearest neighbour while moving").isZero();
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> !viewer.moving());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(greys(snapshot(), 32)).as("averaged once still").isPositive();
    }

    @Test
    void zoomingTheKeyboardWayKeepsTheCentreFixed(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Point2D centre = viewer.transformProperty().get().screenToImage(400, 300);
        robot.interact(() -> viewer.zoomBy(2));
        WaitForAsyncUtils.waitForFxEvents();
        Point2D stays = viewer.transformProperty().get().imageToScreen(centre.getX(), centre.getY());
        assertThat(stays.getX()).isCloseTo(400, within(1e-6));
        assertThat(stays.getY()).isCloseTo(300, within(1e-6));
        assertThat(viewer.transformProperty().get().scale()).isEqualTo(1.6);
    }

    /** Pixels in the top-left {@code size}² square that are neither black nor white. */
    private static long greys(Image shot, int size) {
        long count = 0;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                Color c = shot.getPixelReader().getColor(x, y);
                if (!Pixels.near(c, Color.BLACK, 0.1) && !Pixels.near(c, Color.WHITE, 0.1)) {
                    count++;
                }
            }
        }
        return count;
    }

    private static WritableImage checker(int size) {
        WritableImage checker = new WritableImage(size, size);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                checker.getPixelWriter().setColor(x, y, (x + y) % 2 == 0 ? Color.BLACK : Color.WHITE);
            }
        }
        return checker;
    }

    private Image snapshot() throws Exception {
        return fx(() -> viewer.canvas().snapshot(null, null));
    }

    static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get();
    }

    static WritableImage uniform(int w, int h, Color colour) {
        WritableImage image = new WritableImage(w, h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.getPixelWriter().setColor(x, y, colour);
            }
        }
        return image;
    }

    private static ZoomBoxOverlay.StepBox step(int step, double x1, double y1, double x2, double y2, boolean failed) {
        double padX = (x2 - x1) * 0.15;
        double padY = (y2 - y1) * 0.15;
        return new ZoomBoxOverlay.StepBox(step, step * 2,
                new Box(x1 + padX, y1 + padY, x2 - padX, y2 - padY, BoxConvention.ORIGINAL_PIXELS),
                new Box(x1, y1, x2, y2, BoxConvention.ORIGINAL_PIXELS), failed);
    }
}
