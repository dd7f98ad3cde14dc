package io.pixelstudio.app.editor;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.edit.EditException;
import io.pixelstudio.trace.edit.TraceEdit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Drag gestures on a zoom box become exactly one zoom-box edit, with the box clamped and checked. */
class BoxEditModelTest {

    private static final double TOL = 2;
    private final RecordingEditCommands commands = new RecordingEditCommands();
    private final List<TraceEdit> applied = new ArrayList<>();
    private BoxEditModel model;

    @BeforeEach
    void setUp() {
        model = new BoxEditModel(commands, applied::add, Messages.load());
        model.targetProperty().set(target(1000, 500, 1000, 500, box(100, 100, 300, 200)));
    }

    private static Box box(double x1, double y1, double x2, double y2) {
        return new Box(x1, y1, x2, y2, BoxConvention.ORIGINAL_PIXELS);
    }

    private static ZoomTarget target(int w, int h, int inW, int inH, Box current) {
        return new ZoomTarget(3, 0, w, h, box(0, 0, w, h), inW, inH, current);
    }

    private Box movedTo() {
        return (Box) commands.last().arguments().get(1);
    }

    @Test
    void draggingInsideTheBoxMovesItAndReleasingMakesOneEditInNormalizedUnits() {
        assertThat(model.begin(200, 150, TOL)).isTrue();
        model.drag(210, 160);
        model.drag(250, 175);
        assertThat(model.previewProperty().get()).isEqualTo(box(150, 125, 350, 225));

        assertThat(model.release()).isEqualTo(EditOutcome.APPLIED);

        assertThat(applied).hasSize(1);
        assertThat(commands.last().arguments().get(0)).isEqualTo(3);
        Box normalized = movedTo();
        assertThat(normalized.convention()).isEqualTo(BoxConvention.NORMALIZED);
        assertThat(normalized.x1()).isCloseTo(0.15, within(1e-9));
        assertThat(normalized.y1()).isCloseTo(0.25, within(1e-9));
        assertThat(normalized.x2()).isCloseTo(0.35, within(1e-9));
        assertThat(normalized.y2()).isCloseTo(0.45, within(1e-9));
        assertThat(model.previewProperty().get()).isNull();
    }

    @Test
    void draggingTheRightEdgeResizesOnlyThatEdge() {
        assertThat(model.hit(300, 150, TOL)).contains(BoxHandle.EAST);
        model.begin(300, 150, TOL);
        model.drag(400, 180);
        model.release();

        Box normalized = movedTo();
        assertThat(normalized.x1()).isCloseTo(0.1, within(1e-9));
        assertThat(normalized.x2()).isCloseTo(0.4, within(1e-9));
        assertThat(normalized.y1()).isCloseTo(0.2, within(1e-9));
        assertThat(normalized.y2()).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void aCornerResizesTwoEdgesAndCannotCrossTheOppositeOnes() {
        assertThat(model.hit(100, 100, TOL)).contains(BoxHandle.NORTH_WEST);
        model.begin(100, 100, TOL);
        model.drag(900, 450);
        Box preview = model.previewProperty().get();
        assertThat(preview.x1()).isEqualTo(300 - BoxEditModel.MIN_SIDE);
        assertThat(preview.y1()).isEqualTo(200 - BoxEditModel.MIN_SIDE);
        assertThat(preview.x2()).isEqualTo(300);
        assertThat(preview.y2()).isEqualTo(200);
    }

    @Test
    void aMovedBoxStaysInsideTheImage() {
        model.begin(200, 150, TOL);
        model.drag(2000, -500);
        assertThat(model.previewProperty().get()).isEqualTo(box(800, 0, 1000, 100));
    }

    @Test
    void escapeCancelsTheGestureWithoutAnEdit() {
        model.begin(200, 150, TOL);
        model.drag(260, 190);
        model.cancel();

        assertThat(model.release()).isEqualTo(EditOutcome.NONE);
        assertThat(applied).isEmpty();
        assertThat(model.previewProperty().get()).isNull();
    }

    @Test
    void aClickWithoutMovingChangesNothing() {
        model.begin(200, 150, TOL);
        assertThat(model.release()).isEqualTo(EditOutcome.UNCHANGED);
        assertThat(applied).isEmpty();
    }

    @Test
    void aPressOutsideTheBoxIsLeftToThePanTool() {
        assertThat(model.begin(600, 400, TOL)).isFalse();
        assertThat(model.dragging()).isFalse();
        model.targetProperty().set(null);
        assertThat(model.begin(200, 150, TOL)).isFalse();
    }

    @Test
    void aBoxUnderTheCropMinimumShowsWhyAndIsRefusedOnRelease() {
        model.targetProperty().set(target(100, 100, 100, 100, box(0, 0, 30, 30)));
        model.begin(30, 30, TOL);
        model.drag(5, 5);

        assertThat(model.refusalProperty().get()).contains("15\u00d715").contains("28");
        assertThat(model.release()).isEqualTo(EditOutcome.REFUSED);
        assertThat(applied).isEmpty();
        assertThat(model.messageProperty().get()).contains("15\u00d715");
    }

    @Test
    void eachNudgeIsOneEditOfOneImagePixel() {
        assertThat(model.nudge(1, 0)).isEqualTo(EditOutcome.APPLIED);
        assertThat(applied).hasSize(1);
        assertThat(movedTo().x1()).isCloseTo(0.101, within(1e-9));
        assertThat(movedTo().x2()).isCloseTo(0.301, within(1e-9));
        assertThat(movedTo().y1()).isCloseTo(0.2, within(1e-9));
        model.nudge(0, -1);
        assertThat(applied).hasSize(2);
    }

    @Test
    void aFailedEditIsReportedAndLeavesNoPreview() {
        BoxEditModel failing = new BoxEditModel(commands, edit -> {
            throw new EditException("turn 3, bbox_2d: outside");
        }, Messages.load());
        failing.targetProperty().set(target(1000, 500, 1000, 500, box(100, 100, 300, 200)));
        failing.begin(200, 150, TOL);
        failing.drag(220, 150);

        assertThat(failing.release()).isEqualTo(EditOutcome.FAILED);
        assertThat(failing.messageProperty().get()).contains("turn 3, bbox_2d: outside");
        assertThat(failing.previewProperty().get()).isNull();
    }

    @Test
    void aNestedCropsBoxIsWrittenRelativeToTheCropItCuts() {
        ZoomTarget nested = new ZoomTarget(5, 0, 1000, 500, box(200, 100, 600, 300), 400, 200, box(300, 150, 400, 200));
        assertThat(nested.toNormalized(box(300, 150, 400, 200))).isEqualTo(Box.normalized(0.25, 0.25, 0.5, 0.5));
        model.targetProperty().set(nested);
        model.begin(350, 175, TOL);
        model.drag(1000, 175);
        assertThat(model.previewProperty().get()).isEqualTo(box(500, 150, 600, 200));
    }
}
