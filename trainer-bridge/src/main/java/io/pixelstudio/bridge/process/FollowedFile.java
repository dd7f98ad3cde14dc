package io.pixelstudio.bridge.process;

import java.nio.file.Path;
import java.util.Objects;

/** A file a trainer writes besides its output (e.g. {@code trainer_log.jsonl}), followed and converted to events. */
public record FollowedFile(Path file, LineConverter converter) {

    public FollowedFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(converter, "converter");
    }
}
