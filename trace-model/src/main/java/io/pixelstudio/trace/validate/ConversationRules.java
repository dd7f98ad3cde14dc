package io.pixelstudio.trace.validate;

import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;

import java.util.List;

/**
 * Rules about the shape of an SFT conversation: the first user turn gives the question text and
 * then the visual (the reference trainer takes {@code message_list[1].content[1]} as the primary
 * visual), and the last assistant turn holds a {@code \boxed{}} answer, which the reference scorer
 * looks for.
 */
final class ConversationRules {

    private ConversationRules() {
    }

    static void check(Trace trace, Location at, List<Finding> out) {
        List<Turn> turns = trace.turns();
        int firstUser = firstIndex(turns, Role.USER);
        if (firstUser >= 0) {
            checkPromptOrder(turns.get(firstUser), at.atTurn(firstUser).atField("message_list[" + firstUser + "].content"), out);
        }
        int lastAssistant = lastIndex(turns, Role.ASSISTANT);
        if (lastAssistant < 0) {
            out.add(Rule.ANSWER_MISSING.finding(at, "the trace has no assistant turn, so no answer to train on"));
        } else if (!turns.get(lastAssistant).text().contains("\\boxed{")) {
            out.add(Rule.ANSWER_MISSING.finding(at.atTurn(lastAssistant).atField("message_list[" + lastAssistant + "].content"),
                    "the last assistant turn has no \\boxed{...} final answer"));
        }
    }

    private static void checkPromptOrder(Turn user, Location at, List<Finding> out) {
        List<Content> content = user.content();
        int firstText = -1;
        int firstVisual = -1;
        for (int i = 0; i < content.size(); i++) {
            boolean visual = !(content.get(i) instanceof Content.Text);
            if (visual && firstVisual < 0) {
                firstVisual = i;
            } else if (!visual && firstText < 0) {
                firstText = i;
            }
        }
        if (firstText < 0) {
            out.add(Rule.PROMPT_ORDER.finding(at, "the first user turn has no question text"));
        } else if (firstVisual < 0) {
            out.add(Rule.PROMPT_ORDER.finding(at, "the first user turn has no image or video"));
        } else if (firstVisual < firstText) {
            out.add(Rule.PROMPT_ORDER.finding(at, "the first user turn puts the visual (item " + firstVisual
                    + ") before the text (item " + firstText + "); SFT data has text first, then the visual"));
        }
    }

    private static int firstIndex(List<Turn> turns, Role role) {
        for (int i = 0; i < turns.size(); i++) {
            if (turns.get(i).role() == role) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndex(List<Turn> turns, Role role) {
        for (int i = turns.size() - 1; i >= 0; i--) {
            if (turns.get(i).role() == role) {
                return i;
            }
        }
        return -1;
    }
}
