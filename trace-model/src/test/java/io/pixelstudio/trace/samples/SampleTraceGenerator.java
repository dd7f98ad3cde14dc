package io.pixelstudio.trace.samples;

import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.pixelreasoner.PixelReasonerSftFormat;
import io.pixelstudio.trace.format.project.StudioProjectFormat;
import io.pixelstudio.trace.progress.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates the bundled sample project once (outputs committed): builds the sample traces over
 * {@code assets/sample/media} with the real visual operations, writes the observation images to
 * {@code media/crops/}, the traces as Pixel Reasoner SFT data ({@code sample-sft.json}) and as a
 * studio project ({@code project/}, media copied in). Regenerating replaces those three outputs and
 * nothing else. Usage: {@code SampleTraceGenerator [sampleDir]} (default {@code assets/sample},
 * or {@code ../assets/sample} when run from the module folder).
 */
public final class SampleTraceGenerator {

    /** The SFT file name in the sample folder. */
    public static final String SFT_FILE = "sample-sft.json";
    /** The project folder name in the sample folder. */
    public static final String PROJECT_FOLDER = "project";

    private static final Logger LOG = LoggerFactory.getLogger(SampleTraceGenerator.class);
    /** Project timestamps are fixed so that regenerating gives the same bytes. */
    private static final Clock FIXED_CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);

    private SampleTraceGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path sampleDir = args.length > 0 ? Path.of(args[0]) : defaultSampleDir();
        List<Trace> traces = generate(sampleDir);
        LOG.info("wrote {} traces to {} and {}", traces.size(), sampleDir.resolve(SFT_FILE), sampleDir.resolve(PROJECT_FOLDER));
    }

    /** Regenerates the crops, the SFT file and the project under {@code sampleDir}; returns the traces. */
    static List<Trace> generate(Path sampleDir) throws IOException {
        Path sft = sampleDir.resolve(SFT_FILE);
        Path project = sampleDir.resolve(PROJECT_FOLDER);
        deleteTree(sampleDir.resolve(ObservationImages.FOLDER));
        deleteTree(project);
        Files.deleteIfExists(sft);

        SampleMedia media = new SampleMedia(sampleDir);
        ObservationImages out = new ObservationImages(media.sampleDir());
        List<Trace> traces = new ArrayList<>();
        traces.addAll(StreetTraces.all(media, out));
        traces.addAll(ShelfTraces.all(media, out));
        traces.addAll(ChartTraces.all(media, out));
        traces.addAll(TrafficTraces.all(media, out));

        new PixelReasonerSftFormat().write(traces, sft, sampleDir, ProgressListener.NONE);
        new StudioProjectFormat(FIXED_CLOCK).write(traces, project, sampleDir, ProgressListener.NONE);
        Files.deleteIfExists(sampleDir.resolve(SFT_FILE + ".bak"));
        for (Trace trace : traces) {
            LOG.info("{}: {} turns, review {}", trace.id(), trace.turns().size(), trace.review().status());
        }
        return traces;
    }

    private static Path defaultSampleDir() {
        Path here = Path.of("assets", "sample");
        return Files.isDirectory(here) ? here : Path.of("..", "assets", "sample");
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
