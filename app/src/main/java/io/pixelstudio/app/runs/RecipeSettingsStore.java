package io.pixelstudio.app.runs;

import io.pixelstudio.bridge.recipe.RecipeSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.prefs.Preferences;

/**
 * Where this machine's trainers are installed (the Python interpreter, each recipe's installation),
 * kept in the user's preferences — machine settings, never written into a spec. The studio runner's
 * folder defaults to {@code trainer-bridge/python} under the studio's home when it is there.
 */
public final class RecipeSettingsStore {

    private static final String PYTHON = "python";
    private static final List<String> RECIPES = List.of("studio-python", "llamafactory", "pixelreasoner");

    private final Preferences node;
    private final Path studioHome;

    /** @param studioHome the checkout or install folder (null when unknown) */
    public RecipeSettingsStore(Preferences node, Path studioHome) {
        this.node = Objects.requireNonNull(node, "node");
        this.studioHome = studioHome;
    }

    /** The settings now. */
    public RecipeSettings load() {
        Map<String, Path> installations = new HashMap<>();
        for (String recipe : RECIPES) {
            String value = node.get(recipe, "");
            if (!value.isBlank()) {
                installations.put(recipe, Path.of(value));
            }
        }
        if (!installations.containsKey("studio-python") && studioHome != null) {
            Path runner = studioHome.resolve("trainer-bridge/python");
            if (Files.isDirectory(runner.resolve("pixelstudio_runner"))) {
                installations.put("studio-python", runner);
            }
        }
        return new RecipeSettings(node.get(PYTHON, "python3"), installations);
    }

    /** Saves the interpreter and an installation per recipe (blank removes it). */
    public void save(String python, Map<String, String> installations) {
        node.put(PYTHON, python.isBlank() ? "python3" : python.strip());
        for (String recipe : RECIPES) {
            String value = installations.getOrDefault(recipe, "").strip();
            if (value.isEmpty()) {
                node.remove(recipe);
            } else {
                node.put(recipe, value);
            }
        }
    }

    /** The recipe ids whose installation can be set. */
    public static List<String> recipes() {
        return RECIPES;
    }
}
