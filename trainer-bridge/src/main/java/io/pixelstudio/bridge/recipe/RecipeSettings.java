package io.pixelstudio.bridge.recipe;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the tools a recipe drives are installed on this machine — the user's settings, never part of
 * a spec (a spec moves between machines; installations do not).
 *
 * @param python        the Python interpreter for the studio runner and the Pixel Reasoner scripts
 * @param installations recipe id → installation folder or executable (e.g. {@code pixelreasoner} →
 *                      the repository checkout, {@code llamafactory} → the {@code llamafactory-cli} path,
 *                      {@code studio-python} → the runner's folder)
 */
public record RecipeSettings(String python, Map<String, Path> installations) {

    public RecipeSettings {
        Objects.requireNonNull(python, "python");
        installations = Map.copyOf(installations);
    }

    /** The installation configured for {@code recipe}. */
    public Optional<Path> installation(String recipe) {
        return Optional.ofNullable(installations.get(recipe));
    }

    /** The installation for {@code recipe}, or an error saying how to configure it. */
    public Path requireInstallation(String recipe, String what) throws RecipeException {
        return installation(recipe).orElseThrow(() -> new RecipeException("recipe " + recipe
                + " needs the path of " + what + " (set it in the run settings)"));
    }
}
