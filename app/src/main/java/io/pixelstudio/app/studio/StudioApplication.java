package io.pixelstudio.app.studio;

import io.pixelstudio.app.launch.FirstWindowReport;
import io.pixelstudio.app.launch.StartupChoice;
import io.pixelstudio.app.studio.main.RecentFiles;
import javafx.application.Application;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * The JavaFX application: builds the {@link Studio} on the primary stage, opens the file it was
 * launched with (without one, what {@link StartupChoice} picks: the last opened file, else the
 * bundled sample) and shuts the background executor down on exit. Started by
 * {@code io.pixelstudio.app.Launcher} (an Application subclass cannot be the main class of a
 * class-path launch).
 */
public final class StudioApplication extends Application {

    private Studio studio;

    /** Launches the application on {@code file}, or on the startup choice; returns when the last window closes. */
    public static void launchOn(Optional<Path> file) {
        Application.launch(StudioApplication.class, file.map(Path::toString).stream().toArray(String[]::new));
    }

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        Preferences preferences = Preferences.userRoot().node("io/pixelstudio/studio");
        studio = Studio.create(stage, preferences);
        FirstWindowReport.install(stage);
        stage.show();
        Optional<Path> file = args.isEmpty()
                ? StartupChoice.withoutArguments(new RecentFiles(preferences).list(), SampleLocator.forThisProcess()::find)
                : Optional.of(Path.of(args.get(0)));
        file.ifPresentOrElse(studio::open, () -> LoggerFactory.getLogger(StudioApplication.class).warn(
                "no recent file and no bundled sample: starting empty ({})", SampleLocator.forThisProcess().candidates()));
    }

    @Override
    public void stop() {
        if (studio != null) {
            studio.close();
        }
    }
}
