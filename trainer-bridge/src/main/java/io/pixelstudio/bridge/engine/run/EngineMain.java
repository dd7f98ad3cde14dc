package io.pixelstudio.bridge.engine.run;

import io.pixelstudio.bridge.engine.DjlRuntime;
import io.pixelstudio.bridge.events.RunListener;
import io.pixelstudio.bridge.run.RunSpec;
import io.pixelstudio.bridge.run.RunSpecCodec;
import io.pixelstudio.bridge.run.RunSpecException;
import io.pixelstudio.trace.progress.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The child JVM's entry point of an embedded run ({@code EmbeddedRecipe} starts it):
 * {@code --spec spec.json --run-folder DIR [--djl-cache DIR]}. Events are appended to
 * {@code DIR/events.log} by {@link io.pixelstudio.bridge.engine.EngineEventLog} — the file the
 * supervisor already follows (it appends the child's stdout there too, so stray output lines still
 * reach the log view); logs go to stderr. Exit status: 0 done, 1 the run failed, 2 bad arguments or spec.
 */
public final class EngineMain {

    private static final Logger LOG = LoggerFactory.getLogger(EngineMain.class);

    private EngineMain() {
    }

    /** Parsed arguments. */
    record Arguments(Path spec, Path runFolder, Path djlCache) {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs and returns the exit status (separate from {@link #main} so a test can call it in-process). */
    static int run(String[] args) {
        Arguments parsed;
        RunSpec spec;
        try {
            parsed = parse(args);
            spec = new RunSpecCodec().read(parsed.spec());
            EngineRunSettings.of(spec);
        } catch (IllegalArgumentException | IOException | RunSpecException e) {
            LOG.error("embedded engine: {}", e.getMessage());
            return 2;
        }
        try {
            DjlRuntime runtime = DjlRuntime.offline(parsed.djlCache());
            new EngineRun(runtime, ProgressListener.NONE).run(spec, parsed.runFolder(), new RunListener() { });
            return 0;
        } catch (IOException | RunSpecException | RuntimeException e) {
            LOG.error("embedded engine run failed: {}", e.toString(), e);
            return 1;
        }
    }

    static Arguments parse(String[] args) {
        Path spec = null;
        Path runFolder = null;
        Path cache = null;
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String flag = rest.remove(0);
            if (rest.isEmpty()) {
                throw new IllegalArgumentException(flag + " needs a value (usage: --spec FILE --run-folder DIR"
                        + " [--djl-cache DIR])");
            }
            Path value = Path.of(rest.remove(0));
            switch (flag) {
                case "--spec" -> spec = value;
                case "--run-folder" -> runFolder = value;
                case "--djl-cache" -> cache = value;
                default -> throw new IllegalArgumentException("unknown option " + flag
                        + " (usage: --spec FILE --run-folder DIR [--djl-cache DIR])");
            }
        }
        if (spec == null || runFolder == null) {
            throw new IllegalArgumentException("--spec and --run-folder are required");
        }
        return new Arguments(spec, runFolder, cache);
    }
}
