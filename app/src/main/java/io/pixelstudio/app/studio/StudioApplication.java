package io.pixelstudio.app.studio;

import javafx.application.Application;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;

/**
 * The JavaFX application: builds the {@link Studio} on the primary stage, opens the file it was
 * launched with and shuts the background executor down on exit. Started by
 * {@code io.pixelstudio.app.Launcher} (an Application subclass cannot be the main class of a
 * class-path launch).
 */
public final class StudioApplication extends Application {

    private Studio studio;

    /** Launches the application on {@code file}; returns when the last window closes. */
    public static void launchOn(Path file) {
        Application.launch(StudioApplication.class, file.toString());
    }

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        studio = Studio.create(stage, Preferences.userRoot().node("io/pixelstudio/studio"));
        stage.show();
        if (!args.isEmpty()) {
            studio.open(Path.of(args.get(0)));
        }
    }

    @Override
    public void stop() {
        if (studio != null) {
            studio.close();
        }
    }
}
