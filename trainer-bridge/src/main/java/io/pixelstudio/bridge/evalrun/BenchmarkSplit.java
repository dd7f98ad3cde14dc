package io.pixelstudio.bridge.evalrun;

import com.fasterxml.jackson.databind.JsonNode;
import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.eval.Benchmark;
import io.pixelstudio.trace.eval.importer.GroundTruths;
import io.pixelstudio.trace.format.ReadResult;
import io.pixelstudio.trace.format.TraceFormat;
import io.pixelstudio.trace.format.TraceFormats;
import io.pixelstudio.trace.format.pixelreasoner.PixelReasonerRlFormat;
import io.pixelstudio.trace.media.ImageLoader;
import io.pixelstudio.trace.media.MediaDecodeException;
import io.pixelstudio.trace.media.MediaPathException;
import io.pixelstudio.trace.media.MediaResolver;
import io.pixelstudio.trace.progress.ProgressListener;
import io.pixelstudio.trace.validate.Finding;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The items of a benchmark file — the same Pixel Reasoner RL/benchmark files {@code score --gt}
 * reads (JSON, JSON lines or Parquet with qid, question, image, answer) — with each item's benchmark
 * (given, or the qid's prefix as the reference names them, e.g. {@code vstar-12}) and category,
 * with media paths made absolute (resolved against the file's folder), and a loader for them.
 */
public final class BenchmarkSplit {

    /** One question of the split. */
    public record Item(Trace row, Benchmark benchmark, String category) {
        public Item {
            Objects.requireNonNull(row, "row");
            Objects.requireNonNull(benchmark, "benchmark");
            Objects.requireNonNull(category, "category");
        }
    }

    private final Path file;
    private final List<Item> items;
    private final List<Finding> findings;
    private final Function<String, BufferedImage> loader;

    private BenchmarkSplit(Path file, List<Item> items, List<Finding> findings, Function<String, BufferedImage> loader) {
        this.file = file;
        this.items = List.copyOf(items);
        this.findings = List.copyOf(findings);
        this.loader = loader;
    }

    /**
     * Reads {@code file}.
     *
     * @param benchmark the benchmark of every item, or empty to take it from each qid's prefix
     * @throws IOException when the file is not a benchmark file, or an item's benchmark cannot be told
     */
    public static BenchmarkSplit load(Path file, TraceFormats formats, Optional<Benchmark> benchmark) throws IOException {
        TraceFormat rl = formats.require(PixelReasonerRlFormat.ID);
        if (!rl.canRead(file)) {
            throw new IOException(file + ": not a Pixel Reasoner RL benchmark file (JSON, JSON lines or Parquet"
                    + " with question, image, answer or gt_answer, qid)");
        }
        ReadResult rows = rl.read(file, ProgressListener.NONE);
        List<Item> items = new ArrayList<>();
        MediaResolver resolver = new MediaResolver(file.toAbsolutePath().getParent());
        for (Trace row : rows.traces()) {
            if (row.media().isEmpty()) {
                throw new IOException(file + " qid " + row.id() + " field image: the item has no image or video");
            }
            Benchmark b = benchmark.isPresent() ? benchmark.get() : fromQid(file, row.id());
            Trace absolute = new Trace(row.id(), row.source(), row.question(), absoluteMedia(file, row, resolver),
                    row.answers(), row.evidence(), row.turns(), row.review(), row.extras());
            items.add(new Item(absolute, b, category(row)));
        }
        ImageLoader images = new ImageLoader();
        Function<String, BufferedImage> loader = path -> {
            try {
                return images.load(resolver.resolve(path));
            } catch (MediaPathException e) {
                throw new IllegalArgumentException(file + ": media path " + path + ": " + e.getMessage(), e);
            } catch (MediaDecodeException e) {
                throw new UncheckedIOException(e);
            }
        };
        return new BenchmarkSplit(file, items, rows.findings(), loader);
    }

    /** The row's media with paths resolved against the file's folder, so predictions made from it open anywhere. */
    private static List<Media> absoluteMedia(Path file, Trace row, MediaResolver resolver) throws IOException {
        List<Media> out = new ArrayList<>();
        try {
            for (Media m : row.media()) {
                if (m instanceof Media.Image image) {
                    out.add(new Media.Image(resolver.resolve(image.path()).toString()));
                } else if (m instanceof Media.Video video) {
                    List<String> frames = new ArrayList<>();
                    for (String frame : video.framePaths()) {
                        frames.add(resolver.resolve(frame).toString());
                    }
                    out.add(new Media.Video(video.file(), frames, video.fps(), video.frameCount(), video.sampledIndices()));
                }
            }
        } catch (MediaPathException e) {
            throw new IOException(file + " qid " + row.id() + " field image: " + e.getMessage(), e);
        }
        return out;
    }

    private static Benchmark fromQid(Path file, String qid) throws IOException {
        int dash = qid.indexOf('-');
        try {
            return Benchmark.fromId(dash > 0 ? qid.substring(0, dash) : qid);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " qid " + qid + ": the qid does not start with a benchmark name"
                    + " (vstar-, tallyqa-, infovqa-, mvbench-); pass --benchmark", e);
        }
    }

    private static String category(Trace row) {
        for (String field : GroundTruths.CATEGORY_FIELDS) {
            Optional<JsonNode> value = row.extras().get(field);
            if (value.isPresent() && value.get().isTextual()) {
                return value.get().asText();
            }
        }
        return "";
    }

    public Path file() {
        return file;
    }

    public List<Item> items() {
        return items;
    }

    /** Rows of the file that could not be read (located). */
    public List<Finding> findings() {
        return findings;
    }

    /** Decodes a media path as the file wrote it (relative to the file's folder). */
    public Function<String, BufferedImage> loader() {
        return loader;
    }
}
