package io.pixelstudio.bridge.recipe;

import io.pixelstudio.bridge.process.TrainerOutput;
import io.pixelstudio.bridge.run.RunKind;
import io.pixelstudio.bridge.run.RunSpec;

import java.nio.file.Path;
import java.util.Set;

/**
 * One way of running a spec. Recipes are found with {@link java.util.ServiceLoader} (register in
 * {@code META-INF/services/io.pixelstudio.bridge.recipe.RunRecipe}), so another trainer is one class.
 */
public interface RunRecipe {

    /** The id a spec names in {@code recipe}. */
    String id();

    /** One line for the launch form. */
    String description();

    /** The run kinds it can do. */
    Set<RunKind> kinds();

    /**
     * Writes what the run needs into {@code runFolder} and returns the command to start.
     *
     * @throws RecipeException when the spec cannot run with this recipe here (message says why and what to set)
     */
    PreparedRun prepare(RunSpec spec, Path runFolder, RecipeSettings settings) throws RecipeException;

    /** How to read progress of a run prepared earlier (after a restart, to follow it again). */
    default TrainerOutput output(RunSpec spec, Path runFolder) {
        return TrainerOutput.EVENTS_ONLY;
    }
}
