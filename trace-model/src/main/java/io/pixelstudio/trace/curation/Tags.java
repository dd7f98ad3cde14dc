package io.pixelstudio.trace.curation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How tags are written: trimmed, non-empty, without commas or whitespace inside (a tag is one query
 * term, {@code tag:x}), compared case-insensitively. Shared by the edits and the tag field so a tag
 * typed in the studio is the tag a query finds.
 */
public final class Tags {

    private Tags() {
    }

    /**
     * Splits comma-separated input ({@code "blurry, small-box"}) into clean tags, dropping empties
     * and duplicates (first spelling kept).
     *
     * @throws IllegalArgumentException when a tag holds whitespace
     */
    public static List<String> parse(String input) {
        Objects.requireNonNull(input, "input");
        List<String> out = new ArrayList<>();
        for (String part : input.split(",")) {
            String tag = part.strip();
            if (tag.isEmpty()) {
                continue;
            }
            check(tag);
            if (out.stream().noneMatch(tag::equalsIgnoreCase)) {
                out.add(tag);
            }
        }
        return out;
    }

    /** Validates one tag. */
    static String check(String tag) {
        Objects.requireNonNull(tag, "tag");
        if (tag.isBlank() || tag.chars().anyMatch(c -> Character.isWhitespace(c) || c == ',')) {
            throw new IllegalArgumentException("a tag must be one word without commas: '" + tag + "'");
        }
        return tag;
    }

    /** {@code existing} plus the {@code added} tags it lacks (case-insensitive), in order. */
    static List<String> union(List<String> existing, List<String> added) {
        List<String> out = new ArrayList<>(existing);
        for (String tag : added) {
            if (out.stream().noneMatch(tag::equalsIgnoreCase)) {
                out.add(tag);
            }
        }
        return out;
    }

    /** {@code existing} without the {@code removed} tags (case-insensitive). */
    static List<String> minus(List<String> existing, List<String> removed) {
        Set<String> drop = new LinkedHashSet<>();
        removed.forEach(t -> drop.add(t.toLowerCase(java.util.Locale.ROOT)));
        return existing.stream().filter(t -> !drop.contains(t.toLowerCase(java.util.Locale.ROOT))).toList();
    }
}
