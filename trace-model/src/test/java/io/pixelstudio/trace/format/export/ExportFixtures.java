package io.pixelstudio.trace.format.export;

import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.project.StudioProject;
import io.pixelstudio.trace.progress.ProgressListener;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The golden project's three traces (image zoom, video select-frames, failed call), used as export
 * input so export goldens and project goldens describe the same data.
 */
final class ExportFixtures {

    static final Path PROJECT = Path.of("src/test/resources/golden/project");
    static final Path EXPORTS = Path.of("src/test/resources/golden/export");

    private ExportFixtures() {
    }

    static List<Trace> goldenTraces() throws IOException {
        return new StudioProject(Clock.systemUTC()).read(PROJECT, ProgressListener.NONE).result().traces();
    }
}
