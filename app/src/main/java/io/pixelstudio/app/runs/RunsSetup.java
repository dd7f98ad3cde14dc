package io.pixelstudio.app.runs;

import java.nio.file.Path;
import java.util.Objects;
import java.util.prefs.Preferences;

/**
 * Where the Runs screen keeps its runs and this machine's trainer settings, decided once by the
 * composition root: the runs folder is {@code -Dpixelstudio.runs} or {@code ~/.pixelstudio/runs};
 * settings live under the studio's preferences node (a scratch node in tests).
 */
public record RunsSetup(Path runsRoot, RecipeSettingsStore settings) {

    public RunsSetup {
        Objects.requireNonNull(runsRoot, "runsRoot");
        Objects.requireNonNull(settings, "settings");
    }

    /** The setup for a studio whose preferences are {@code preferences}. */
    public static RunsSetup of(Preferences preferences) {
        String configured = System.getProperty("pixelstudio.runs");
        Path root = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".pixelstudio", "runs");
        String home = System.getProperty("pixelstudio.home");
        return new RunsSetup(root, new RecipeSettingsStore(preferences.node("runs"),
                home == null || home.isBlank() ? null : Path.of(home)));
    }
}
