package io.pixelstudio.trace.format.project;

import io.pixelstudio.trace.format.ReadResult;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A project as read: its folder, manifest, the traces that loaded with the findings about those
 * that did not, and the unreadable lines themselves (to be written back on save).
 */
public record ProjectContents(Path folder, ProjectManifest manifest, ReadResult result,
                              List<UnreadableLine> unreadable) {

    public ProjectContents {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(result, "result");
        unreadable = List.copyOf(unreadable);
    }
}
