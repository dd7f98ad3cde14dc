package io.pixelstudio.trace;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One message of a trace. The content is kept exactly as read; the visual operation an assistant
 * turn calls is parsed from its text (see {@code io.pixelstudio.trace.ops.ToolCallParser}), so the
 * text stays the single source of truth and editing an operation rewrites the text.
 */
public record Turn(Role role, List<Content> content, Extras extras) {

    public Turn {
        Objects.requireNonNull(role, "role");
        content = List.copyOf(content);
        Objects.requireNonNull(extras, "extras");
    }

    public Turn(Role role, List<Content> content) {
        this(role, content, Extras.empty());
    }

    /** A turn holding one text item. */
    public static Turn text(Role role, String text) {
        return new Turn(role, List.of(new Content.Text(text)));
    }

    /** The concatenation of the turn's text items, in order. */
    public String text() {
        return content.stream()
                .filter(Content.Text.class::isInstance)
                .map(c -> ((Content.Text) c).text())
                .collect(Collectors.joining());
    }

    /** The image paths of the turn, in order (video frames not included). */
    public List<String> imagePaths() {
        return content.stream()
                .filter(Content.Image.class::isInstance)
                .map(c -> ((Content.Image) c).path())
                .toList();
    }

    /** This turn with other content. */
    public Turn withContent(List<Content> newContent) {
        return new Turn(role, newContent, extras);
    }
}
