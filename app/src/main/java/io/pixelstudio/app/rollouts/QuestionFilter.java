package io.pixelstudio.app.rollouts;

import java.util.Locale;
import java.util.Objects;

/**
 * Which questions the list shows: free text over qid and question (case-insensitive, every word must
 * occur), and optionally only those whose RaPR collapsed and/or whose latest rollouts all fail.
 *
 * @param text          words to find
 * @param collapsedOnly keep only questions flagged as RaPR-collapsed
 * @param allFailOnly   keep only questions whose latest step has no correct rollout
 */
public record QuestionFilter(String text, boolean collapsedOnly, boolean allFailOnly) {

    /** Lets every question through. */
    public static final QuestionFilter ALL = new QuestionFilter("", false, false);

    public QuestionFilter {
        Objects.requireNonNull(text, "text");
    }

    public boolean test(QuestionRow row) {
        if (collapsedOnly && !row.health().collapsed()) {
            return false;
        }
        if (allFailOnly && !row.health().allFail()) {
            return false;
        }
        String haystack = (row.qid() + " " + row.health().question()).toLowerCase(Locale.ROOT);
        for (String word : text.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!word.isEmpty() && !haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
