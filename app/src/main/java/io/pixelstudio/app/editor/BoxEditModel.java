package io.pixelstudio.app.editor;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.edit.EditException;
import io.pixelstudio.trace.ops.SmartResize;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Objects;
import java.util.Optional;

/**
 * The state of one box-edit gesture, in original-image pixels: which handle was grabbed, the box as
 * it would be now (the live preview), and why the reference would refuse it. Releasing turns the
 * gesture into exactly one zoom-box edit, so a drag is one undo step however many mouse moves it
 * took; cancelling leaves the trace alone. Also the keyboard nudge (one edit per key press). No
 * controls: the {@link BoxEditTool} feeds it points, tests feed it numbers.
 */
public final class BoxEditModel {

    /** The smallest box side a drag can make, in original pixels. */
    static final double MIN_SIDE = 1;

    private final EditCommands commands;
    private final EditSink sink;
    private final Messages messages;
    private final ObjectProperty<ZoomTarget> target = new SimpleObjectProperty<>(this, "target");
    private final ReadOnlyObjectWrapper<Box> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper(this, "refusal", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private BoxHandle active;
    private double startX;
    private double startY;
    private Box startBox;

    public BoxEditModel(EditCommands commands, EditSink sink, Messages messages) {
        this.commands = Objects.requireNonNull(commands, "commands");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.messages = Objects.requireNonNull(messages, "messages");
        target.addListener((obs, old, now) -> cancel());
    }

    /** The zoom-in that can be edited on the shown image, or null (the viewer then only pans). */
    public ObjectProperty<ZoomTarget> targetProperty() {
        return target;
    }

    /** The box as the gesture would leave it (original pixels), or null when no gesture runs. */
    public ReadOnlyObjectProperty<Box> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Why the previewed box would be refused ("" when it is fine). */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    /** What the last gesture ended with when it did not apply ("" after a success). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while a drag runs. */
    public boolean dragging() {
        return active != null;
    }

    /**
     * The handle under image point {@code (x, y)}: a corner or edge within {@code tolerance} image
     * pixels of the box's outline, else MOVE inside it; empty outside or without a target.
     */
    public Optional<BoxHandle> hit(double x, double y, double tolerance) {
        ZoomTarget t = target.get();
        if (t == null) {
            return Optional.empty();
        }
        Box b = t.box();
        boolean inX = x >= b.x1() - tolerance && x <= b.x2() + tolerance;
        boolean inY = y >= b.y1() - tolerance && y <= b.y2() + tolerance;
        if (!inX || !inY) {
            return Optional.empty();
        }
        boolean left = Math.abs(x - b.x1()) <= tolerance;
        boolean right = !left && Math.abs(x - b.x2()) <= tolerance;
        boolean top = Math.abs(y - b.y1()) <= tolerance;
        boolean bottom = !top && Math.abs(y - b.y2()) <= tolerance;
        if (left || right || top || bottom) {
            return Optional.of(BoxHandle.of(left, top, right, bottom));
        }
        return Optional.of(BoxHandle.MOVE);
    }

    /** Starts a gesture when {@code (x, y)} grabs the box; returns whether it did. */
    public boolean begin(double x, double y, double tolerance) {
        Optional<BoxHandle> handle = hit(x, y, tolerance);
        if (handle.isEmpty()) {
            return false;
        }
        active = handle.get();
        startX = x;
        startY = y;
        startBox = target.get().box();
        show(startBox);
        return true;
    }

    /** Moves the grabbed part to image point {@code (x, y)}; the preview follows, clamped to the image. */
    public void drag(double x, double y) {
        if (active == null) {
            return;
        }
        show(moved(startBox, active, x - startX, y - startY));
    }

    /** Ends the gesture: applies one zoom-box edit unless the box is unchanged or would be refused. */
    public EditOutcome release() {
        if (active == null) {
            return EditOutcome.NONE;
        }
        Box box = preview.get();
        boolean refused = !refusal.get().isEmpty();
        String why = refusal.get();
        clear();
        if (refused) {
            message.set(why);
            return EditOutcome.REFUSED;
        }
        return apply(box);
    }

    /** Abandons the gesture (Escape): nothing changes. */
    public void cancel() {
        clear();
    }

    /** Moves the box by {@code (dx, dy)} original pixels as one edit (a nudge key press). */
    public EditOutcome nudge(double dx, double dy) {
        ZoomTarget t = target.get();
        if (t == null || active != null) {
            return EditOutcome.NONE;
        }
        Box box = moved(t.box(), BoxHandle.MOVE, dx, dy);
        if (t.tooSmall(box)) {
            message.set(tooSmallText(t, box));
            return EditOutcome.REFUSED;
        }
        return apply(box);
    }

    private EditOutcome apply(Box originalPixels) {
        ZoomTarget t = target.get();
        if (t == null || originalPixels.equals(t.box())) {
            message.set("");
            return EditOutcome.UNCHANGED;
        }
        try {
            sink.apply(commands.moveZoomBox(t.turnIndex(), t.toNormalized(originalPixels)));
            message.set("");
            return EditOutcome.APPLIED;
        } catch (EditException e) {
            message.set(messages.get("editor.box.failed", e.getMessage()));
            return EditOutcome.FAILED;
        }
    }

    /** {@code box} with the edges {@code handle} grabs moved by {@code (dx, dy)}, kept inside the cropped image. */
    Box moved(Box box, BoxHandle handle, double dx, double dy) {
        Box bounds = bounds();
        double x1 = box.x1();
        double y1 = box.y1();
        double x2 = box.x2();
        double y2 = box.y2();
        if (handle == BoxHandle.MOVE) {
            double mx = clamp(dx, bounds.x1() - x1, bounds.x2() - x2);
            double my = clamp(dy, bounds.y1() - y1, bounds.y2() - y2);
            return new Box(x1 + mx, y1 + my, x2 + mx, y2 + my, BoxConvention.ORIGINAL_PIXELS);
        }
        if (handle.movesLeft()) {
            x1 = clamp(x1 + dx, bounds.x1(), x2 - MIN_SIDE);
        }
        if (handle.movesRight()) {
            x2 = clamp(x2 + dx, x1 + MIN_SIDE, bounds.x2());
        }
        if (handle.movesTop()) {
            y1 = clamp(y1 + dy, bounds.y1(), y2 - MIN_SIDE);
        }
        if (handle.movesBottom()) {
            y2 = clamp(y2 + dy, y1 + MIN_SIDE, bounds.y2());
        }
        return new Box(x1, y1, x2, y2, BoxConvention.ORIGINAL_PIXELS);
    }

    /** The image the call crops, within the original file. */
    private Box bounds() {
        ZoomTarget t = target.get();
        Box r = t.region();
        return new Box(Math.max(0, r.x1()), Math.max(0, r.y1()), Math.min(t.imageWidth(), r.x2()),
                Math.min(t.imageHeight(), r.y2()), BoxConvention.ORIGINAL_PIXELS);
    }

    private void show(Box box) {
        ZoomTarget t = target.get();
        preview.set(box);
        refusal.set(t != null && t.tooSmall(box) ? tooSmallText(t, box) : "");
    }

    private String tooSmallText(ZoomTarget t, Box box) {
        int[] size = t.cutSize(box);
        return messages.get("editor.box.tooSmall", size[0], size[1], SmartResize.FACTOR);
    }

    private void clear() {
        active = null;
        startBox = null;
        preview.set(null);
        refusal.set("");
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
