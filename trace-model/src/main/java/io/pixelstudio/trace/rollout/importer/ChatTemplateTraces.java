package io.pixelstudio.trace.rollout.importer;

import io.pixelstudio.trace.Extras;
import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.ops.ToolCall;
import io.pixelstudio.trace.ops.ToolCallParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rebuilds turns from text rendered with the Qwen chat template
 * ({@code <|im_start|>role\n … <|im_end|>}), which is how the reference and OpenRLHF/verl dumps
 * store a multi-turn rollout, and counts its tool calls the way the rollout loop does: an
 * assistant turn whose text ends with {@code </tool_call>} is a call; a call that does not parse is
 * a failure.
 */
final class ChatTemplateTraces {

    static final String START = "<|im_start|>";
    static final String END = "<|im_end|>";

    /** Tool calls and failures found in a rollout's assistant turns. */
    record ToolCounts(int calls, int failures) {
    }

    private ChatTemplateTraces() {
    }

    /**
     * The turns of {@code text}. Text before the first {@code <|im_start|>} belongs to
     * {@code leadingRole} (a response usually starts inside the assistant turn the prompt opened).
     * A turn that is opened but neither filled nor closed (a prompt's trailing
     * {@code <|im_start|>assistant\n}) is left out. Empty when a turn names a role the domain does not know.
     */
    static Optional<List<Turn>> turns(String text, Role leadingRole) {
        List<Turn> turns = new ArrayList<>();
        String[] segments = text.split(java.util.regex.Pattern.quote(START), -1);
        String lead = body(segments[0]);
        if (!lead.isBlank()) {
            turns.add(Turn.text(leadingRole, lead));
        }
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            int newline = segment.indexOf('\n');
            String roleName = (newline < 0 ? segment : segment.substring(0, newline)).strip();
            String content = newline < 0 ? "" : body(segment.substring(newline + 1));
            boolean open = !segment.contains(END);
            if (content.isBlank() && (roleName.isEmpty() || open)) {
                continue;
            }
            Role role;
            try {
                role = Role.fromWireName(roleName);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            turns.add(Turn.text(role, content));
        }
        return Optional.of(turns);
    }

    /** A trace holding {@code turns}, with the rollout's question and accepted answers. */
    static Trace trace(String id, String source, String question, List<String> answers, List<Turn> turns) {
        return new Trace(id, source, question, List.of(), answers, List.of(), turns, Review.none(), Extras.empty());
    }

    /** Tool calls and failures of the assistant turns in {@code turns}. */
    static ToolCounts toolCounts(List<Turn> turns) {
        int calls = 0;
        int failures = 0;
        for (Turn turn : turns) {
            if (turn.role() != Role.ASSISTANT) {
                continue;
            }
            String text = turn.text();
            if (ToolCallParser.triggersExecution(text)) {
                calls++;
                Optional<ToolCall> call = ToolCallParser.parse(text);
                if (call.isPresent() && call.get() instanceof ToolCall.Invalid) {
                    failures++;
                }
            }
        }
        return new ToolCounts(calls, failures);
    }

    private static String body(String segment) {
        int end = segment.indexOf(END);
        return end < 0 ? segment : segment.substring(0, end);
    }
}
