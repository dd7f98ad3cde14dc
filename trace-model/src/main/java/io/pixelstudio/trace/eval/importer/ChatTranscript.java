package io.pixelstudio.trace.eval.importer;

import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.format.pixelreasoner.PromptSuffix;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the chat-template text the Pixel Reasoner evaluator writes to its logs back into turns.
 * {@code questions} holds the prompt as rendered for Qwen2-VL ({@code <|im_start|>role\n…<|im_end|>\n},
 * image pads removed, so {@code <|vision_start|><|vision_end|>} remains where an image was);
 * {@code solutions} holds the first assistant turn followed by each later round's user turn and
 * assistant turn in the same template. Turns come back with their text only: the images are not in
 * these files.
 */
final class ChatTranscript {

    static final String START = "<|im_start|>";
    static final String END = "<|im_end|>";
    static final String VISION = "<|vision_start|><|vision_end|>";

    private ChatTranscript() {
    }

    /** The turns of a rendered prompt, without the empty assistant turn a generation prompt ends with. */
    static List<Turn> promptTurns(String prompt) {
        List<Turn> turns = new ArrayList<>();
        if (!prompt.contains(START)) {
            return turns;
        }
        String[] segments = prompt.split(java.util.regex.Pattern.quote(START), -1);
        for (int i = 1; i < segments.length; i++) {
            segment(segments[i]).ifPresent(turns::add);
        }
        return turns;
    }

    /** The question a rendered prompt asks: the last user turn's text without its prompt suffix. */
    static String question(String prompt) {
        if (!prompt.contains(START)) {
            return PromptSuffix.split(prompt.replace(VISION, "")).question();
        }
        List<Turn> turns = promptTurns(prompt);
        for (int i = turns.size() - 1; i >= 0; i--) {
            if (turns.get(i).role() == Role.USER) {
                return PromptSuffix.split(turns.get(i).text()).question();
            }
        }
        return "";
    }

    /** The turns of a {@code solutions} text: assistant, then (user, assistant) per later round. */
    static List<Turn> responseTurns(String solutions) {
        List<Turn> turns = new ArrayList<>();
        String[] segments = solutions.split(java.util.regex.Pattern.quote(START), -1);
        String first = stripEnd(segments[0]);
        if (!first.isEmpty() || segments.length == 1) {
            turns.add(Turn.text(Role.ASSISTANT, first));
        }
        for (int i = 1; i < segments.length; i++) {
            segment(segments[i]).ifPresent(turns::add);
        }
        return turns;
    }

    private static Optional<Turn> segment(String segment) {
        int newline = segment.indexOf('\n');
        String roleName = newline < 0 ? segment : segment.substring(0, newline);
        String body = newline < 0 ? "" : stripEnd(segment.substring(newline + 1));
        Role role;
        try {
            role = Role.fromWireName(roleName.strip());
        } catch (IllegalArgumentException e) {
            return Optional.of(Turn.text(Role.USER, segment));
        }
        if (role == Role.ASSISTANT && body.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Turn.text(role, body.replace(VISION, "")));
    }

    /** The body without the closing {@code <|im_end|>} and the newline after it. */
    private static String stripEnd(String text) {
        String t = text.endsWith("\n") && text.endsWith(END + "\n") ? text.substring(0, text.length() - 1) : text;
        return t.endsWith(END) ? t.substring(0, t.length() - END.length()) : t;
    }
}
