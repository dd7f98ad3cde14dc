package io.pixelstudio.bridge.recipe;

import io.pixelstudio.bridge.process.LaunchCommand;
import io.pixelstudio.bridge.process.TrainerOutput;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A run ready to start: the command, how to read its progress, and the files the recipe generated
 * in the run folder (config YAML, dataset registry, patched scripts) so the user can see and rerun them.
 */
public record PreparedRun(LaunchCommand command, TrainerOutput output, List<Path> generatedFiles) {

    public PreparedRun {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(output, "output");
        generatedFiles = List.copyOf(generatedFiles);
    }
}
