package io.pixelstudio.bridge.engine.run;

import io.pixelstudio.bridge.engine.probes.ProbeItem;
import io.pixelstudio.bridge.engine.probes.ProbeManifest;
import io.pixelstudio.bridge.engine.probes.ProbeSplit;
import io.pixelstudio.bridge.engine.probes.ProbeSuiteWriter;
import io.pixelstudio.bridge.engine.probes.VideoProbeManifest;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.ReadResult;
import io.pixelstudio.trace.format.project.StudioProjectFormat;
import io.pixelstudio.trace.progress.ProgressListener;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The probe suite a run reads: the one in the spec's data folder, or a new one generated there when
 * the folder holds no {@code probes.jsonl}, so a run on a fresh machine needs nothing else. Items come
 * back with absolute image paths, so rollouts and predictions written anywhere still find them.
 */
final class ProbeSuites {

    private ProbeSuites() {
    }

    /**
     * A suite's folder, items (absolute images), its synthesized training traces and the folder their
     * media paths resolve against (the suite when just generated, its project when read back, since a
     * project keeps its own copy of the media).
     */
    record Loaded(Path folder, List<ProbeItem> items, List<Trace> traces, Path traceMedia, boolean generated) {

        List<ProbeItem> split(ProbeSplit split) {
            return items.stream().filter(i -> i.split() == split).toList();
        }
    }

    /**
     * The suite named by {@code data}: a suite folder, or its {@code probes.jsonl} or benchmark
     * ground truth (the folder is then the suite's); generated with {@code seed} and {@code count}
     * when missing.
     */
    static Loaded open(Path data, long seed, int count, ProgressListener progress) throws IOException {
        Objects.requireNonNull(data, "data");
        Path folder = suiteFolder(data.toAbsolutePath().normalize(), ProbeManifest.FILE);
        Path manifest = folder.resolve(ProbeManifest.FILE);
        if (!Files.isRegularFile(manifest)) {
            requireEmpty(folder, ProbeManifest.FILE);
            ProbeSuiteWriter.Suite suite = new ProbeSuiteWriter(progress).write(folder, seed, count);
            return new Loaded(folder, absolute(folder, suite.items()), suite.traces(), folder, true);
        }
        List<ProbeItem> items = ProbeManifest.read(manifest);
        Path project = folder.resolve(ProbeSuiteWriter.PROJECT);
        List<Trace> traces = List.of();
        if (Files.isDirectory(project)) {
            ReadResult read = new StudioProjectFormat().read(project, progress);
            traces = read.traces();
        }
        return new Loaded(folder, absolute(folder, items), traces, project, false);
    }

    /**
     * Refuses to generate into a folder holding anything (it would mix with what is there), naming the
     * other variant's manifest when that is what the folder holds.
     */
    static void requireEmpty(Path folder, String manifest) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        for (String other : List.of(ProbeManifest.FILE, VideoProbeManifest.FILE)) {
            if (!other.equals(manifest) && Files.isRegularFile(folder.resolve(other))) {
                throw new IOException(folder + ": holds " + other + ", a suite of the other engine variant (this run "
                        + "reads " + manifest + "); set hyperparameters.extra.variant to match, or give another folder");
            }
        }
        try (var entries = Files.list(folder)) {
            if (entries.findAny().isPresent()) {
                throw new IOException(folder + ": has no " + manifest + " but is not empty; give a "
                        + "probe suite folder or an empty or new folder to generate one into");
            }
        }
    }

    /** The suite folder named by {@code data}: the folder, or the parent of its manifest or of its benchmark ground truth. */
    static Path suiteFolder(Path data, String manifest) {
        if (Files.isRegularFile(data)) {
            Path parent = data.getParent();
            if (data.getFileName().toString().equals(manifest)) {
                return parent;
            }
            if (data.endsWith(ProbeSuiteWriter.GROUND_TRUTH)) {
                return parent.getParent();
            }
        }
        return data;
    }

    private static List<ProbeItem> absolute(Path folder, List<ProbeItem> items) {
        return items.stream().map(i -> new ProbeItem(i.id(), i.kind(), folder.resolve(i.image()).toString(), i.width(),
                i.height(), i.evidence(), i.grid(), i.cell(), i.answer(), i.split())).toList();
    }
}
