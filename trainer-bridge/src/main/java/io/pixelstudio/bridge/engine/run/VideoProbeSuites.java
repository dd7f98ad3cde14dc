package io.pixelstudio.bridge.engine.run;

import io.pixelstudio.bridge.engine.probes.ProbeSplit;
import io.pixelstudio.bridge.engine.probes.VideoProbeItem;
import io.pixelstudio.bridge.engine.probes.VideoProbeManifest;
import io.pixelstudio.bridge.engine.probes.VideoProbeSuiteWriter;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.project.StudioProjectFormat;
import io.pixelstudio.trace.progress.ProgressListener;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The video probe suite a video run reads: the one in the spec's data folder ({@code videos.jsonl}),
 * or a new one generated there when the folder is empty or missing, as {@link ProbeSuites} does for
 * the image variant. Items come back with absolute frame paths, so rollouts and predictions written
 * under the run's output still find their frames.
 */
final class VideoProbeSuites {

    private VideoProbeSuites() {
    }

    /** A suite's folder, items (absolute frames), training traces and the folder their media paths resolve against. */
    record Loaded(Path folder, List<VideoProbeItem> items, List<Trace> traces, Path traceMedia, boolean generated) {

        List<VideoProbeItem> split(ProbeSplit split) {
            return items.stream().filter(i -> i.split() == split).toList();
        }
    }

    /**
     * The suite named by {@code data}: a suite folder, or its {@code videos.jsonl} or benchmark ground
     * truth; generated with {@code seed} and {@code count} when missing.
     */
    static Loaded open(Path data, long seed, int count, ProgressListener progress) throws IOException {
        Objects.requireNonNull(data, "data");
        Path folder = ProbeSuites.suiteFolder(data.toAbsolutePath().normalize(), VideoProbeManifest.FILE);
        Path manifest = folder.resolve(VideoProbeManifest.FILE);
        if (!Files.isRegularFile(manifest)) {
            ProbeSuites.requireEmpty(folder, VideoProbeManifest.FILE);
            VideoProbeSuiteWriter.Suite suite = new VideoProbeSuiteWriter(progress).write(folder, seed, count);
            return new Loaded(folder, absolute(folder, suite.items()), suite.traces(), folder, true);
        }
        Path project = folder.resolve(VideoProbeSuiteWriter.PROJECT);
        List<Trace> traces = Files.isDirectory(project) ? new StudioProjectFormat().read(project, progress).traces()
                : List.of();
        return new Loaded(folder, absolute(folder, VideoProbeManifest.read(manifest)), traces, project, false);
    }

    private static List<VideoProbeItem> absolute(Path folder, List<VideoProbeItem> items) {
        return items.stream().map(i -> new VideoProbeItem(i.id(), i.kind(),
                i.frames().stream().map(f -> folder.resolve(f).toString()).toList(), i.width(), i.height(),
                i.evidenceFrames(), i.evidence(), i.answer(), i.split())).toList();
    }
}
