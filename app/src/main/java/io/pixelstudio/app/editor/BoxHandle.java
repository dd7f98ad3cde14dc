package io.pixelstudio.app.editor;

/**
 * What part of a zoom box a press grabbed: the inside (move) or an edge or corner (resize). Each
 * says which edges it moves, so one resize rule serves all eight.
 */
public enum BoxHandle {
    MOVE(true, true, true, true),
    NORTH(false, true, false, false),
    SOUTH(false, false, false, true),
    EAST(false, false, true, false),
    WEST(true, false, false, false),
    NORTH_EAST(false, true, true, false),
    NORTH_WEST(true, true, false, false),
    SOUTH_EAST(false, false, true, true),
    SOUTH_WEST(true, false, false, true);

    private final boolean left;
    private final boolean top;
    private final boolean right;
    private final boolean bottom;

    BoxHandle(boolean left, boolean top, boolean right, boolean bottom) {
        this.left = left;
        this.top = top;
        this.right = right;
        this.bottom = bottom;
    }

    /** True when dragging moves the box's left edge. */
    public boolean movesLeft() {
        return left;
    }

    /** True when dragging moves the box's top edge. */
    public boolean movesTop() {
        return top;
    }

    /** True when dragging moves the box's right edge. */
    public boolean movesRight() {
        return right;
    }

    /** True when dragging moves the box's bottom edge. */
    public boolean movesBottom() {
        return bottom;
    }

    /** The handle grabbing the given edges (both of an axis: none of it). */
    static BoxHandle of(boolean left, boolean top, boolean right, boolean bottom) {
        for (BoxHandle h : values()) {
            if (h != MOVE && h.left == left && h.top == top && h.right == right && h.bottom == bottom) {
                return h;
            }
        }
        return MOVE;
    }
}
