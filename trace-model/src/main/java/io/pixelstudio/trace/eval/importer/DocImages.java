package io.pixelstudio.trace.eval.importer;

import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.ReadResult;
import io.pixelstudio.trace.validate.Finding;
import io.pixelstudio.trace.validate.Severity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Images a prediction log dropped (lmms-eval removes every {@code doc} key containing "image"),
 * found again by document: in a folder of {@code {qid}.{ext}} or {@code {doc_id}.{ext}} files, or in
 * the benchmark file itself (Pixel Reasoner RL format: matched by {@code qid}, else by row number =
 * {@code doc_id}, since lmms-eval numbers documents in dataset order). Relative paths of a benchmark
 * file are resolved against its folder, so the attached media open wherever the predictions are.
 */
public final class DocImages {

    /** Reads a benchmark file's rows (the composition root passes the RL format's reader). */
    @FunctionalInterface
    public interface Loader {
        ReadResult load(Path benchmarkFile) throws IOException;
    }

    private static final List<String> EXTENSIONS = List.of("jpg", "jpeg", "png", "webp");

    private final Path folder;
    private final Map<String, List<Media>> byQid;
    private final List<List<Media>> byRow;

    private DocImages(Path folder, Map<String, List<Media>> byQid, List<List<Media>> byRow) {
        this.folder = folder;
        this.byQid = byQid;
        this.byRow = byRow;
    }

    /** Nothing to re-attach. */
    static DocImages none() {
        return new DocImages(null, Map.of(), List.of());
    }

    /** Images from {@code source}: a folder, or a benchmark file read by {@code loader}. */
    static DocImages load(Path source, Loader loader, List<Finding> findings) throws IOException {
        Objects.requireNonNull(loader, "loader");
        if (Files.isDirectory(source)) {
            return new DocImages(source, Map.of(), List.of());
        }
        ReadResult rows = loader.load(source);
        findings.addAll(rows.findings());
        Path base = source.toAbsolutePath().getParent();
        Map<String, List<Media>> byQid = new HashMap<>();
        List<List<Media>> byRow = new ArrayList<>();
        for (Trace row : rows.traces()) {
            List<Media> media = row.media().stream().map(m -> resolve(m, base)).toList();
            byQid.put(row.id(), media);
            byRow.add(media);
        }
        if (rows.traces().isEmpty()) {
            findings.add(ImportFindings.inFile(Severity.WARNING, ImportFindings.MISSING_MEDIA, source,
                    "the benchmark file holds no rows; no images re-attached"));
        }
        return new DocImages(null, byQid, byRow);
    }

    /** The media of a document, empty when none is known. */
    List<Media> find(String qid, String docId) {
        if (folder != null) {
            for (String stem : List.of(qid, docId)) {
                for (String ext : EXTENSIONS) {
                    Path file = folder.resolve(stem + "." + ext);
                    if (Files.isRegularFile(file)) {
                        return List.of(new Media.Image(file.toAbsolutePath().toString()));
                    }
                }
            }
            return List.of();
        }
        List<Media> media = byQid.get(qid);
        if (media != null) {
            return media;
        }
        try {
            int row = Integer.parseInt(docId);
            return row >= 0 && row < byRow.size() ? byRow.get(row) : List.of();
        } catch (NumberFormatException e) {
            return List.of();
        }
    }

    private static Media resolve(Media media, Path base) {
        if (media instanceof Media.Image image) {
            return new Media.Image(base.resolve(image.path()).toString());
        }
        if (media instanceof Media.Video video) {
            return Media.Video.ofFrames(video.framePaths().stream().map(p -> base.resolve(p).toString()).toList());
        }
        return media;
    }
}
