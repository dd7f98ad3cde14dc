package io.pixelstudio.app.viewer;

import javafx.geometry.Point2D;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ViewTransformTest {

    private static final double EPS = 1e-6;

    @Property
    void screenToImageUndoesImageToScreen(@ForAll @DoubleRange(min = 0.01, max = 64) double scale,
                                          @ForAll @DoubleRange(min = -5000, max = 5000) double tx,
                                          @ForAll @DoubleRange(min = -5000, max = 5000) double ty,
                                          @ForAll @DoubleRange(min = -1000, max = 5000) double x,
                                          @ForAll @DoubleRange(min = -1000, max = 5000) double y) {
        ViewTransform t = new ViewTransform(scale, tx, ty);
        Point2D back = t.screenToImage(t.imageToScreen(x, y).getX(), t.imageToScreen(x, y).getY());
        assertThat(back.getX()).isCloseTo(x, within(EPS));
        assertThat(back.getY()).isCloseTo(y, within(EPS));
    }

    @Property
    void zoomingKeepsTheImagePointUnderTheCursorFixed(@ForAll @DoubleRange(min = 0.05, max = 20) double scale,
                                                      @ForAll @DoubleRange(min = -2000, max = 2000) double tx,
                                                      @ForAll @DoubleRange(min = 0, max = 1920) double cursorX,
                                                      @ForAll @DoubleRange(min = 0, max = 1080) double cursorY,
                                                      @ForAll @DoubleRange(min = 0.1, max = 10) double factor) {
        ViewTransform before = new ViewTransform(scale, tx, -tx / 2);
        Point2D underCursor = before.screenToImage(cursorX, cursorY);
        ViewTransform after = before.zoomAbout(cursorX, cursorY, factor, 1e-6, 1e6);
        Point2D stillThere = after.imageToScreen(underCursor.getX(), underCursor.getY());
        assertThat(stillThere.getX()).isCloseTo(cursorX, within(EPS));
        assertThat(stillThere.getY()).isCloseTo(cursorY, within(EPS));
        assertThat(after.scale()).isCloseTo(scale * factor, within(EPS * scale * factor));
    }

    @Test
    void zoomIsClampedToTheGivenScaleBoundsAndStillKeepsTheCursorPoint() {
        ViewTransform t = new ViewTransform(2, 10, 20);
        Point2D anchor = t.screenToImage(300, 200);
        ViewTransform in = t.zoomAbout(300, 200, 1000, 0.5, 8);
        ViewTransform out = t.zoomAbout(300, 200, 0.0001, 0.5, 8);
        assertThat(in.scale()).isEqualTo(8);
        assertThat(out.scale()).isEqualTo(0.5);
        assertThat(in.imageToScreen(anchor.getX(), anchor.getY()).getX()).isCloseTo(300, within(EPS));
        assertThat(out.imageToScreen(anchor.getX(), anchor.getY()).getY()).isCloseTo(200, within(EPS));
    }

    @Property
    void fitContainsTheWholeImageTouchesOneSideAndIsCentred(@ForAll @DoubleRange(min = 1, max = 8000) double imageW,
                                                           @ForAll @DoubleRange(min = 1, max = 8000) double imageH,
                                                           @ForAll @DoubleRange(min = 50, max = 3000) double viewW,
                                                           @ForAll @DoubleRange(min = 50, max = 3000) double viewH) {
        ViewTransform t = ViewTransform.fit(imageW, imageH, viewW, viewH);
        Point2D topLeft = t.imageToScreen(0, 0);
        Point2D bottomRight = t.imageToScreen(imageW, imageH);
        assertThat(topLeft.getX()).isGreaterThanOrEqualTo(-EPS);
        assertThat(topLeft.getY()).isGreaterThanOrEqualTo(-EPS);
        assertThat(bottomRight.getX()).isLessThanOrEqualTo(viewW + EPS);
        assertThat(bottomRight.getY()).isLessThanOrEqualTo(viewH + EPS);
        assertThat(Math.min(viewW - (bottomRight.getX() - topLeft.getX()), viewH - (bottomRight.getY() - topLeft.getY())))
                .as("one side fills the view").isCloseTo(0, within(1e-6 * Math.max(viewW, viewH)));
        assertThat(topLeft.getX()).isCloseTo(viewW - bottomRight.getX(), within(EPS * viewW));
        assertThat(topLeft.getY()).isCloseTo(viewH - bottomRight.getY(), within(EPS * viewH));
    }

    @Test
    void fitOfALandscapeImageInASquareViewLettersboxesTopAndBottom() {
        ViewTransform t = ViewTransform.fit(400, 200, 100, 100);
        assertThat(t.scale()).isEqualTo(0.25);
        assertThat(t.translateX()).isEqualTo(0);
        assertThat(t.translateY()).isEqualTo(25);
    }

    @Test
    void fitBeforeLayoutGivesTheIdentity() {
        assertThat(ViewTransform.fit(400, 200, 0, 0)).isEqualTo(ViewTransform.IDENTITY);
    }

    @Test
    void panMovesTheImageByScreenPixelsWhateverTheScale() {
        ViewTransform t = new ViewTransform(3, 5, 7).pan(-10, 4);
        assertThat(t.imageToScreen(0, 0)).isEqualTo(new Point2D(-5, 11));
        assertThat(t.scale()).isEqualTo(3);
    }

    @Test
    void rejectsNonPositiveScalesAndFactors() {
        assertThatThrownBy(() -> new ViewTransform(0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ViewTransform(Double.NaN, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ViewTransform.IDENTITY.zoomAbout(0, 0, -1, 0.1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ViewTransform.fit(0, 10, 100, 100)).isInstanceOf(IllegalArgumentException.class);
    }
}
