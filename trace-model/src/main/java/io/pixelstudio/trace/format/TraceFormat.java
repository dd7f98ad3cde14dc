package io.pixelstudio.trace.format;

import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.progress.ProgressListener;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A file format the studio reads and/or writes, registered through
 * {@code META-INF/services/io.pixelstudio.trace.format.TraceFormat} and looked up by {@link #id()}
 * in {@link TraceFormats}. Reading goes through the streaming index
 * ({@code io.pixelstudio.trace.index.TraceFile}) for formats stored as JSON lists or JSON lines,
 * so a format only needs a {@link RecordCodec} for that; formats stored otherwise (Parquet, a
 * project folder) override {@link #read}.
 */
public interface TraceFormat {

    /** Short id used on the command line, e.g. {@code pixelreasoner-sft}. */
    String id();

    /** One line for help texts. */
    String description();

    /** True when this format can load {@code path} (by extension and a cheap look at the content). */
    boolean canRead(Path path);

    /** The per-record codec, or {@code null} for formats that are not JSON records. */
    RecordCodec codec();

    /**
     * True when {@code path} is a file of this format's JSON records that the streaming index
     * ({@code io.pixelstudio.trace.index.TraceFile}) can open record by record, so callers that look
     * at one trace at a time (lookup, validation) need not load the whole file through
     * {@link #read}. The default: the format has a {@link #codec()} and the path is a JSON-list or
     * JSON-lines file ({@link JsonRecordLayout#detect(Path)}). Formats whose files are not plain
     * record files (a project folder, Parquet) answer {@code false} for those.
     */
    default boolean isIndexable(Path path) {
        return codec() != null && JsonRecordLayout.detect(path).isPresent();
    }

    /**
     * Reads every trace of {@code path}. The default streams the file through the record index;
     * records that fail to parse or decode are skipped and reported in {@link ReadResult#findings()},
     * the others still load.
     */
    default ReadResult read(Path path, ProgressListener progress) throws IOException {
        try (io.pixelstudio.trace.index.TraceFile file = io.pixelstudio.trace.index.TraceFile.open(path, this, progress)) {
            return file.readAll(progress);
        }
    }

    /**
     * Writes {@code traces} to {@code out} atomically (temp file, fsync, rename, previous file kept
     * as {@code .bak}). Media referenced by the traces are resolved against {@code mediaBase} when a
     * format has to copy or re-reference them.
     *
     * @throws UnsupportedOperationException for read-only formats
     */
    void write(List<Trace> traces, Path out, Path mediaBase, ProgressListener progress) throws IOException;
}
