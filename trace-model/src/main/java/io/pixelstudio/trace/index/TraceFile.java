package io.pixelstudio.trace.index;

import com.fasterxml.jackson.databind.JsonNode;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.FormatException;
import io.pixelstudio.trace.format.ReadResult;
import io.pixelstudio.trace.format.TraceFormat;
import io.pixelstudio.trace.progress.ProgressListener;
import io.pixelstudio.trace.validate.Finding;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A JSON-list or JSON-lines trace file opened through a byte-offset index: opening scans the file
 * once, remembering where each record starts and ends and on which line; records are parsed only
 * when asked for, so a 100,000-trace file is never held as one tree. A malformed record becomes a
 * located finding and the others still load.
 */
public final class TraceFile implements AutoCloseable {

    private TraceFile() {
    }

    /** Indexes {@code path}, decoding records with {@code format}'s codec. */
    public static TraceFile open(Path path, TraceFormat format, ProgressListener progress) throws IOException {
        throw new UnsupportedOperationException("TraceFile is being implemented");
    }

    /** Number of records that indexed well. */
    public int size() {
        throw new UnsupportedOperationException();
    }

    /** The file. */
    public Path path() {
        throw new UnsupportedOperationException();
    }

    /** 1-based line on which record {@code index} starts. */
    public long lineOf(int index) {
        throw new UnsupportedOperationException();
    }

    /** Record {@code index} as parsed JSON (read from disk on demand). */
    public JsonNode rawRecord(int index) throws IOException {
        throw new UnsupportedOperationException();
    }

    /** Record {@code index} decoded to a trace. */
    public Trace get(int index) throws IOException, FormatException {
        throw new UnsupportedOperationException();
    }

    /** Findings from indexing: malformed records, with their line numbers. */
    public List<Finding> indexFindings() {
        throw new UnsupportedOperationException();
    }

    /** Decodes every record; those that fail become findings. */
    public ReadResult readAll(ProgressListener progress) throws IOException {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() throws IOException {
    }
}
