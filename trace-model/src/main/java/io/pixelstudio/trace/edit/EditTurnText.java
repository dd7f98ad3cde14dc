package io.pixelstudio.trace.edit;

import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Replaces the text of one text item of a turn (its extras kept). Edits the text as text: a tool
 * call typed here is not re-executed — use {@link MoveZoomBox} or {@link SelectFramesEdit} for that.
 */
public final class EditTurnText implements TraceEdit {

    private final int turnIndex;
    private final int contentIndex;
    private final String text;

    /**
     * @param turnIndex    the turn (0-based)
     * @param contentIndex the item of the turn's content (0-based); it must be a text item
     * @param text         the new text
     */
    public EditTurnText(int turnIndex, int contentIndex, String text) {
        this.turnIndex = turnIndex;
        this.contentIndex = contentIndex;
        this.text = Objects.requireNonNull(text, "text");
    }

    @Override
    public Trace apply(Trace before) throws EditException {
        Turn turn = Turns.require(before, turnIndex);
        List<Content> content = new ArrayList<>(turn.content());
        if (contentIndex < 0 || contentIndex >= content.size()) {
            throw new EditException("turn " + turnIndex + ", content " + contentIndex + ": no such item (the turn has "
                    + content.size() + ")");
        }
        if (!(content.get(contentIndex) instanceof Content.Text old)) {
            throw new EditException("turn " + turnIndex + ", content " + contentIndex + ": is "
                    + content.get(contentIndex).getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT)
                    + ", not text");
        }
        content.set(contentIndex, new Content.Text(text, old.extras()));
        return Turns.replace(before, turnIndex, turn.withContent(content));
    }

    @Override
    public String description() {
        return "Edit text of turn " + turnIndex;
    }
}
