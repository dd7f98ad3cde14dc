package io.pixelstudio.trace.synth;

import io.pixelstudio.trace.validate.Finding;
import java.util.List;

/**
 * The items of an annotation file that could be used, and one located finding per line that could
 * not (those lines are skipped, the others still count).
 */
public record ItemReadResult(List<AnnotatedItem> items, List<Finding> problems) {

    public ItemReadResult {
        items = List.copyOf(items);
        problems = List.copyOf(problems);
    }
}
