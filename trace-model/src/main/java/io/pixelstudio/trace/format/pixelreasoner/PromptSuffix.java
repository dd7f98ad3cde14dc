package io.pixelstudio.trace.format.pixelreasoner;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The instruction texts the reference RL code appends to a question ({@code templates} in
 * {@code openrlhf/datasets/prompts_dataset.py}, chosen by the {@code sys} setting and joined with
 * {@code "\n\n"}). A trace's question is the user text without them; the turn keeps the full text,
 * so the suffix is never lost, and {@link #split} tells which one was used.
 */
public enum PromptSuffix {
    /** The setting of the reported runs: look closer with the visual operations. */
    VCOT("\n\nGuidelines: Understand the given visual information and the user query. Determine if it is beneficial"
            + " to employ the given visual operations (tools). For a video, we can look closer by `select_frames`."
            + " For an image, we can look closer by `crop_image`. Reason with the visual information step by step,"
            + " and put your final answer within \\boxed{}."),
    NOTOOL("Please think step by step, and put your final answer within \\boxed{}."),
    DEFAULT("Please reason step by step, and put your final answer within \\boxed{}."),
    ELABORATE("First understand the problem: understand what information is given in the text and understand what the"
            + " images describes. Then think about what the problem is asking for and what knowledge the problem aims"
            + " to examine. Finally, think about how to solve the problem step by step. Explain your solution in simple"
            + " words that are easy to follow, assuming the readers are junior students who DOT NOT master well the"
            + " relevant knowledge. Remember to put your final answer within \\boxed{}."),
    ELABORATE_RETHINK("Guidelines:\n- First understand the problem: understand what information is given in the text"
            + " and understand what the images describes. Then think about what the problem is asking for and what"
            + " knowledge the problem aims to examine. Finally, think about how to solve the problem step by step."
            + " Explain your solution in simple words that are easy to follow, assuming the readers are junior students"
            + " who DOT NOT master well the relevant knowledge. \n- **Regularly perform self-questioning,"
            + " self-verification, self-correction to check your ongoing reasoning**, using connectives such as \"Wait a"
            + " moment\", \"Wait, does it seem right?\", etc.\n- Remember to put your final answer within \\boxed{}."),
    EXPLAIN("Guidelines:\nUnderstand what the problem is asking for, and what knowledge the problem aims to examine. \n"
            + "Explain the problem and your solution in simple words to a reader, assuming he has rare knowledge and"
            + " poor mastery about the related concepts. \nRemember to put your final answer within \\boxed{}."),
    RETHINK("Guidelines: \nPlease think step by step, and **regularly perform self-questioning, self-verification,"
            + " self-correction to check your ongoing reasoning**, using connectives such as \"Wait a moment\", \"Wait,"
            + " does it seem right?\", etc. Remember to put your final answer within \\boxed{}."),
    QWEN("Please select the correct answer from the options above. If you are uncertain or the problem is too complex,"
            + " make a reasoned guess based on the information provided. Avoid repeating steps indefinitely\u2014provide"
            + " your best guess even if unsure. Determine whether to think step by step based on the difficulty of the"
            + " question, considering all relevant information before answering.");

    /** What the reference code puts between the question and the template. */
    public static final String SEPARATOR = "\n\n";

    private final String template;

    PromptSuffix(String template) {
        this.template = template;
    }

    /** The template as the reference defines it (VCOT's starts with its own two newlines). */
    public String template() {
        return template;
    }

    /** The exact text the reference appends to a question: {@link #SEPARATOR} + template. */
    public String appended() {
        return SEPARATOR + template;
    }

    /** A user text split into the question and the known suffix it ends with. */
    public record Split(String question, Optional<PromptSuffix> suffix, String suffixText) {
        public Split {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(suffix, "suffix");
            Objects.requireNonNull(suffixText, "suffixText");
        }

        /** The text split, unchanged. */
        public String text() {
            return question + suffixText;
        }
    }

    private static final List<PromptSuffix> LONGEST_FIRST = Arrays.stream(values())
            .sorted(Comparator.comparingInt((PromptSuffix s) -> s.body().length()).reversed())
            .toList();

    private String body() {
        return template.strip();
    }

    /**
     * Splits {@code text} into question and suffix: when the text ends with a known template (its
     * leading newlines aside), the suffix runs from the whitespace before the template to the end,
     * whatever that whitespace is ({@code "\n\n\n\n"} in the reference's VCOT prompts, a space in
     * some hand-made data). Otherwise the whole text is the question.
     */
    public static Split split(String text) {
        Objects.requireNonNull(text, "text");
        for (PromptSuffix suffix : LONGEST_FIRST) {
            String body = suffix.body();
            if (text.endsWith(body)) {
                int start = text.length() - body.length();
                while (start > 0 && Character.isWhitespace(text.charAt(start - 1))) {
                    start--;
                }
                return new Split(text.substring(0, start), Optional.of(suffix), text.substring(start));
            }
        }
        return new Split(text, Optional.empty(), "");
    }
}
