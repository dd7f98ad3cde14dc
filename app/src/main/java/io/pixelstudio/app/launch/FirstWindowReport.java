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
 * launcher, JVM start and class loading are included, with the CPU time spent so far. The installer smoke test waits for this
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
                ProcessHandle.Info process = ProcessHandle.current().info();
                LOG.info(line(process.startInstant(), Instant.now(), process.totalCpuDuration()));
            }
        });
    }

    /**
     * The logged line: {@code main window shown in N ms (CPU M ms)}. The CPU time (all threads)
     * tells a slow start on a busy machine from a start that does too much work.
     */
    static String line(Optional<Instant> processStart, Instant now, Optional<Duration> cpu) {
        String wall = processStart.map(start -> Duration.between(start, now).toMillis() + " ms")
                .orElse("? ms (process start unknown)");
        return PREFIX + wall + cpu.map(c -> " (CPU " + c.toMillis() + " ms)").orElse("");
    }
}
