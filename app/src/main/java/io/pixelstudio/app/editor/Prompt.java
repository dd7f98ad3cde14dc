package io.pixelstudio.app.editor;

import java.util.List;

/**
 * Asks the user to pick one of a few answers (Save / Discard / Cancel, Restore / Discard). An
 * interface so the document life cycle can be tested with scripted answers; the studio shows an
 * {@link AlertPrompt}.
 */
@FunctionalInterface
public interface Prompt {

    /** The index of the option chosen, or -1 when the question was dismissed. */
    int choose(String title, String header, String content, List<String> options);
}
