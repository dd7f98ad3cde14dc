package io.pixelstudio.bridge.process;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to read a trainer's progress beyond the event protocol: a converter for plain output lines
 * (applied to lines that are not events) and other files it writes. The studio's own runner needs
 * neither ({@link #EVENTS_ONLY}).
 */
public record TrainerOutput(Optional<LineConverter> outputConverter, List<FollowedFile> followedFiles) {

    /** A trainer that speaks the event protocol on its standard output. */
    public static final TrainerOutput EVENTS_ONLY = new TrainerOutput(Optional.empty(), List.of());

    public TrainerOutput {
        Objects.requireNonNull(outputConverter, "outputConverter");
        followedFiles = List.copyOf(followedFiles);
    }
}
