package io.pixelstudio.app.runs;

import java.nio.file.Path;
import java.util.Objects;
import java.util.prefs.Preferences;

/**
 * Where the Runs screen keeps its runs and this machine's trainer settings, decided once by the
 * composition root: the runs folder is {@code runs/} in the studio's data folder; settings live under
 * the studio's preferences node (a scratch node in tests).
 */
public record RunsSetup(Path runsRoot, RecipeSettingsStore settings) {

    public RunsSetup {
        Objects.requireNonNull(runsRoot, "runsRoot");
        Objects.requireNonNull(settings, "settings");
    }

    /** The setup for a studio whose preferences are {@code preferences}, with its runs under {@code runsRoot}. */
    public static RunsSetup of(Preferences preferences, Path runsRoot) {
        String home = System.getProperty("pixelstudio.home");
        return new RunsSetup(runsRoot, new RecipeSettingsStore(preferences.node("runs"),
                home == null || home.isBlank() ? null : Path.of(home)));
    }
}
