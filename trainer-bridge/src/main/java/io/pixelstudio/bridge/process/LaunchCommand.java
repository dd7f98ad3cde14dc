package io.pixelstudio.bridge.process;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The process a recipe wants started: program and arguments, working folder, and environment
 * variables added to the studio's own (e.g. {@code CUDA_VISIBLE_DEVICES}, {@code HF_HUB_OFFLINE=1}), in
 * the recipe's order so generated scripts are stable.
 */
public record LaunchCommand(List<String> argv, Path workingFolder, Map<String, String> environment) {

    public LaunchCommand {
        argv = List.copyOf(argv);
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("a command needs a program");
        }
        Objects.requireNonNull(workingFolder, "workingFolder");
        environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
    }
}
