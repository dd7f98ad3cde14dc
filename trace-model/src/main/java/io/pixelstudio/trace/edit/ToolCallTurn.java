package io.pixelstudio.trace.edit;

import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.VisualOperation;
import io.pixelstudio.trace.ops.ToolCall;
import io.pixelstudio.trace.ops.ToolCallParser;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the tool call of an assistant turn lies: the text item holding the last
 * {@code <tool_call>} (the one the reference parses), and the JSON between the tags. Edits rewrite
 * only that JSON, so the model's reasoning before the call and anything after it stay byte for byte.
 */
final class ToolCallTurn {

    final int turnIndex;
    final int contentIndex;
    final VisualOperation operation;
    final String json;
    private final String head;
    private final String tail;

    private ToolCallTurn(int turnIndex, int contentIndex, VisualOperation operation, String head, String json, String tail) {
        this.turnIndex = turnIndex;
        this.contentIndex = contentIndex;
        this.operation = operation;
        this.head = head;
        this.json = json;
        this.tail = tail;
    }

    /**
     * The valid {@code kind} call of assistant turn {@code turnIndex}.
     *
     * @throws EditException naming the turn when there is no such turn, it is not an assistant turn,
     *                       it holds no call, the call is invalid or calls another tool
     */
    static <T extends VisualOperation> ToolCallTurn locate(Trace trace, int turnIndex, Class<T> kind, String tool)
            throws EditException {
        Turn turn = Turns.require(trace, turnIndex);
        if (turn.role() != Role.ASSISTANT) {
            throw new EditException("turn " + turnIndex + " is a " + turn.role().name().toLowerCase(java.util.Locale.ROOT)
                    + " turn; a " + tool + " call is in an assistant turn");
        }
        List<Content> content = turn.content();
        for (int c = content.size() - 1; c >= 0; c--) {
            if (content.get(c) instanceof Content.Text text && text.text().contains(ToolCallParser.START_TAG)) {
                return split(turnIndex, c, text.text(), kind, tool);
            }
        }
        throw new EditException("turn " + turnIndex + ", tool call: the turn holds no " + ToolCallParser.START_TAG);
    }

    private static <T extends VisualOperation> ToolCallTurn split(int turnIndex, int contentIndex, String text,
                                                                  Class<T> kind, String tool) throws EditException {
        int start = text.lastIndexOf(ToolCallParser.START_TAG) + ToolCallParser.START_TAG.length();
        int end = text.indexOf(ToolCallParser.END_TAG, start);
        String where = "turn " + turnIndex + ", content " + contentIndex + ", tool call";
        if (end < 0) {
            throw new EditException(where + ": no " + ToolCallParser.END_TAG + " closes the last " + ToolCallParser.START_TAG);
        }
        String json = text.substring(start, end);
        ToolCall call = ToolCallParser.parseJson(json);
        if (call instanceof ToolCall.Invalid invalid) {
            throw new EditException(where + ": " + invalid.message() + "; edit the text instead");
        }
        VisualOperation operation = ((ToolCall.Valid) call).operation();
        if (!kind.isInstance(operation)) {
            throw new EditException(where + ": calls " + operation.toolName() + ", not " + tool);
        }
        return new ToolCallTurn(turnIndex, contentIndex, operation, text.substring(0, start), json, text.substring(end));
    }

    /** {@code trace} with this call's JSON replaced by {@code newJson}, all else as it was. */
    Trace withJson(Trace trace, String newJson) {
        Turn turn = trace.turns().get(turnIndex);
        List<Content> content = new ArrayList<>(turn.content());
        Content.Text old = (Content.Text) content.get(contentIndex);
        content.set(contentIndex, new Content.Text(head + newJson + tail, old.extras()));
        return Turns.replace(trace, turnIndex, turn.withContent(content));
    }
}
