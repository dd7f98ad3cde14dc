package io.pixelstudio.app.launch;

import javafx.event.EventHandler;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Logs, at INFO (shown with {@code PIXELSTUDIO_LOG_LEVEL=INFO}), how long the process took to show
 * its main window, counted from the operating system's process start so that the native
 * launcher, JVM start and class loading are included. The installer smoke test waits for this
 * line, and the start-up times in {@code installers/README.md} are read from it.
 */
public final class FirstWindowReport {

    /** The text the line starts with (the smoke test matches it). */
    public static final String PREFIX = "main window shown in ";

    private static final Logger LOG = LoggerFactory.getLogger(FirstWindowReport.class);

    private FirstWindowReport() {
    }

    /** Logs once, when {@code stage} is first shown (FX thread). */
    public static void install(Stage stage) {
        Objects.requireNonNull(stage, "stage");
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, new EventHandler<>() {
            @Override
            public void handle(WindowEvent event) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                LOG.info(line(ProcessHandle.current().info().startInstant(), Instant.now()));
            }
        });
    }

    /** The logged line: {@code main window shown in N ms}, or "(process start unknown)". */
    static String line(Optional<Instant> processStart, Instant now) {
        return processStart.map(start -> PREFIX + Duration.between(start, now).toMillis() + " ms")
                .orElse(PREFIX + "? ms (process start unknown)");
    }
}
