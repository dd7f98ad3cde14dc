package io.pixelstudio.bridge.engine.probes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.AtomicFiles;
import io.pixelstudio.trace.progress.ProgressListener;
import io.pixelstudio.trace.synth.AnnotatedItem;
import io.pixelstudio.trace.synth.AnnotatedMedia;
import io.pixelstudio.trace.synth.SynthesisBatch;
import io.pixelstudio.trace.synth.TraceSynthesizer;
import io.pixelstudio.trace.validate.Location;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes a video probe suite folder:
 * <pre>
 * DIR/videos.jsonl                   every item (manifest: kind, split, frames, evidence frames and box, answer)
 * DIR/videos/video-NNNNN/frame-NN.png the 16 frames of each video
 * DIR/synth-crops/…                  the selected frames of the synthesized traces
 * DIR/project/                       studio project: synthesized traces (single pass + self-correction) of the train split
 * DIR/benchmark/ground-truth.jsonl   the held-out split: qid, question, answer, category, video, evidence frames, box
 * </pre>
 * Videos are stored as their frame images, the form Pixel Reasoner's SFT data uses
 * ({@code {"video": [frame paths]}}); traces come from the studio's synthesis
 * ({@link TraceSynthesizer}, default templates), so they are what {@code pixelstudio synthesize}
 * writes for the same items with a {@code frames} list.
 */
public final class VideoProbeSuiteWriter {

    /** The studio project's folder inside the suite. */
    public static final String PROJECT = SuiteSynthesis.PROJECT;
    /** The benchmark split's ground truth, relative to the suite. */
    public static final String GROUND_TRUTH = "benchmark/ground-truth.jsonl";

    private final ProgressListener progress;

    public VideoProbeSuiteWriter(ProgressListener progress) {
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** What was written. */
    public record Suite(Path folder, List<VideoProbeItem> items, List<Trace> traces, SynthesisBatch.Report synthesis) {
    }

    /** Generates {@code count} videos of {@code seed} into {@code folder} (created; existing files replaced). */
    public Suite write(Path folder, long seed, int count) throws IOException {
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1: " + count);
        }
        Path root = folder.toAbsolutePath().normalize();
        VideoProbeGenerator generator = new VideoProbeGenerator(seed);
        List<VideoProbeItem> items = new ArrayList<>();
        List<AnnotatedItem> annotated = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            VideoProbeGenerator.VideoProbe probe = generator.generate(i);
            VideoProbeItem item = probe.item();
            List<Path> files = new ArrayList<>();
            for (int n = 0; n < item.frames().size(); n++) {
                Path file = root.resolve(item.frames().get(n));
                Files.createDirectories(file.getParent());
                BufferedImage frame = probe.frames().get(n);
                AtomicFiles.write(file, out -> ImageIO.write(frame, "png", out));
                files.add(file);
            }
            items.add(item);
            if (item.split() == ProbeSplit.TRAIN) {
                annotated.add(AnnotatedItem.video(item.id(), Location.ofFile(root.resolve(VideoProbeManifest.FILE)),
                        new AnnotatedMedia.FrameFiles(files), item.evidenceFrames(), item.question(), item.answer(),
                        List.of()));
            }
        }
        VideoProbeManifest.write(items, root.resolve(VideoProbeManifest.FILE));
        writeGroundTruth(items, root.resolve(GROUND_TRUTH));
        SynthesisBatch.Report report = SuiteSynthesis.run(root, annotated, seed, progress);
        return new Suite(root, List.copyOf(items), report.traces(), report);
    }

    private static void writeGroundTruth(List<VideoProbeItem> items, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        List<VideoProbeItem> heldOut = items.stream().filter(item -> item.split() == ProbeSplit.TEST).toList();
        JsonLines.write(file, heldOut, item -> {
            ObjectNode o = JsonLines.object();
            o.put("qid", item.id()).put("category", item.kind().id());
            o.setAll(VideoProbeManifest.describe(item, "../"));
            return o;
        });
    }
}
