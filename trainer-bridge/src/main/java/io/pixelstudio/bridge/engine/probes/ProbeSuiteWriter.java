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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes a probe suite folder:
 * <pre>
 * DIR/probes.jsonl                   every item (manifest: kind, split, evidence box, cell, answer)
 * DIR/images/probe-NNNNN.png         the images
 * DIR/project/                       studio project: synthesized traces (single pass + self-correction) of the train split
 * DIR/benchmark/ground-truth.jsonl   the held-out split: qid, question, answer, category, image, box
 * </pre>
 * Traces come from the studio's synthesis code ({@link TraceSynthesizer}, default templates), so
 * they are exactly what {@code pixelstudio synthesize} writes for the same annotated items.
 */
public final class ProbeSuiteWriter {

    /** The studio project's folder inside the suite. */
    public static final String PROJECT = SuiteSynthesis.PROJECT;
    /** The benchmark split's ground truth, relative to the suite. */
    public static final String GROUND_TRUTH = "benchmark/ground-truth.jsonl";

    private final ProgressListener progress;

    public ProbeSuiteWriter(ProgressListener progress) {
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** What was written. */
    public record Suite(Path folder, List<ProbeItem> items, List<Trace> traces, SynthesisBatch.Report synthesis) {
    }

    /** Generates {@code count} items of {@code seed} into {@code folder} (created; existing files replaced). */
    public Suite write(Path folder, long seed, int count) throws IOException {
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1: " + count);
        }
        Path root = folder.toAbsolutePath().normalize();
        Files.createDirectories(root.resolve("images"));
        ProbeGenerator generator = new ProbeGenerator(seed);
        List<ProbeItem> items = new ArrayList<>();
        List<AnnotatedItem> annotated = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ProbeGenerator.Probe probe = generator.generate(i);
            ProbeItem item = probe.item();
            Path image = root.resolve(item.image());
            AtomicFiles.write(image, out -> ImageIO.write(probe.image(), "png", out));
            items.add(item);
            if (item.split() == ProbeSplit.TRAIN) {
                annotated.add(AnnotatedItem.image(item.id(), Location.ofFile(root.resolve(ProbeManifest.FILE)),
                        new AnnotatedMedia.Image(image), item.evidence(), item.question(), item.answer(), List.of()));
            }
        }
        ProbeManifest.write(items, root.resolve(ProbeManifest.FILE));
        writeGroundTruth(items, root.resolve(GROUND_TRUTH));
        SynthesisBatch.Report report = SuiteSynthesis.run(root, annotated, seed, progress);
        return new Suite(root, List.copyOf(items), report.traces(), report);
    }

    private static void writeGroundTruth(List<ProbeItem> items, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        List<ProbeItem> heldOut = items.stream().filter(item -> item.split() == ProbeSplit.TEST).toList();
        JsonLines.write(file, heldOut, item -> {
            ObjectNode o = JsonLines.object();
            o.put("qid", item.id()).put("question", item.question()).put("answer", item.answer())
                    .put("category", item.kind().id()).put("image", "../" + item.image());
            o.putArray("box").add((int) item.evidence().x1()).add((int) item.evidence().y1())
                    .add((int) item.evidence().x2()).add((int) item.evidence().y2());
            return o;
        });
    }
}
