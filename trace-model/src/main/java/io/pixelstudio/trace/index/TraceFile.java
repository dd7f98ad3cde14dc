package io.pixelstudio.trace.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.FormatException;
import io.pixelstudio.trace.format.JsonRecordLayout;
import io.pixelstudio.trace.format.ReadResult;
import io.pixelstudio.trace.format.RecordCodec;
import io.pixelstudio.trace.format.TraceFormat;
import io.pixelstudio.trace.progress.ProgressListener;
import io.pixelstudio.trace.validate.Finding;
import io.pixelstudio.trace.validate.Location;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * A JSON-list or JSON-lines trace file opened through a byte-offset index: opening scans the file
 * once, remembering where each record starts and ends and on which line; records are parsed only
 * when asked for, so a 100,000-trace file is never held as one tree. A malformed record becomes a
 * located finding and the others still load. Reading records is thread-safe (positional reads).
 */
public final class TraceFile implements AutoCloseable {

    private final Path path;
    private final JsonRecordLayout layout;
    private final RecordCodec codec;
    private final String source;
    private final RecordTable table;
    private final List<Finding> indexFindings;
    private final FileChannel channel;
    private final ObjectMapper mapper;
    private final Location fileLocation;

    private TraceFile(Path path, JsonRecordLayout layout, RecordCodec codec, RecordTable table, List<Finding> indexFindings,
                      FileChannel channel, ObjectMapper mapper) {
        this.path = path;
        this.layout = layout;
        this.codec = codec;
        this.source = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        this.table = table;
        this.indexFindings = List.copyOf(indexFindings);
        this.channel = channel;
        this.mapper = mapper;
        this.fileLocation = Location.ofFile(path);
    }

    /**
     * Indexes {@code path}, decoding records with {@code format}'s codec.
     *
     * @throws IllegalArgumentException      when the format does not store JSON records
     * @throws CancellationException when {@code progress} asks to stop
     */
    public static TraceFile open(Path path, TraceFormat format, ProgressListener progress) throws IOException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(progress, "progress");
        RecordCodec codec = format.codec();
        if (codec == null) {
            throw new IllegalArgumentException("format '" + format.id() + "' does not store JSON records");
        }
        ObjectMapper mapper = new ObjectMapper();
        JsonFactory factory = mapper.getFactory();
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
        try {
            long size = channel.size();
            FileStart start = FileStart.of(channel);
            RecordTable table = new RecordTable();
            List<Finding> findings = new ArrayList<>();
            Location file = Location.ofFile(path);
            progress.start("Indexing " + path.getFileName(), size);
            ScanProgress ticker = new ScanProgress(progress);
            ticker.checkCancelled();
            try (InputStream in = Files.newInputStream(path)) {
                in.skipNBytes(start.bomLength());
                if (start.layout() == JsonRecordLayout.LIST) {
                    new JsonListScanner(factory).scan(in, start.bomLength(), file, table, findings, ticker);
                } else {
                    new JsonLinesScanner(factory).scan(in, start.bomLength(), file, table, findings, ticker);
                }
            }
            progress.progress(size);
            progress.finish();
            return new TraceFile(path, start.layout(), codec, table, findings, channel, mapper);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Number of records that indexed well. */
    public int size() {
        return table.size();
    }

    /** The file. */
    public Path path() {
        return path;
    }

    /** Whether the file is one JSON list or JSON lines (decided from its first non-blank byte). */
    public JsonRecordLayout layout() {
        return layout;
    }

    /** 1-based line on which record {@code index} starts. */
    public long lineOf(int index) {
        return table.line(index);
    }

    /** Byte offset in the file at which record {@code index} starts. */
    public long offsetOf(int index) {
        return table.start(index);
    }

    /** Location (file and line) of record {@code index}, for findings about it. */
    public Location locationOf(int index) {
        return fileLocation.atLine(table.line(index));
    }

    /** The record's bytes exactly as stored (UTF-8). */
    public byte[] rawBytes(int index) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(table.length(index));
        long position = table.start(index);
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, position + buffer.position());
            if (read < 0) {
                throw new EOFException(locationOf(index) + ": the file ended before the record did"
                        + " (was it changed after it was opened?)");
            }
        }
        return buffer.array();
    }

    /** Record {@code index} as parsed JSON (read from disk on demand). */
    public JsonNode rawRecord(int index) throws IOException {
        byte[] bytes = rawBytes(index);
        try {
            return mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new IOException(locationOf(index) + ": the record no longer parses (was the file changed"
                    + " after it was opened?): " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Record {@code index} decoded to a trace.
     *
     * @throws LocatedFormatException when the codec rejects it, with file, line and field
     */
    public Trace get(int index) throws IOException, FormatException {
        JsonNode record = rawRecord(index);
        try {
            return codec.decode(record, table.ordinal(index), source);
        } catch (FormatException e) {
            Location at = locationOf(index);
            String id = idOf(record);
            if (id != null) {
                at = at.inTrace(id);
            }
            if (!e.field().isEmpty()) {
                at = at.atField(e.field());
            }
            throw new LocatedFormatException(at, e);
        }
    }

    private static String idOf(JsonNode record) {
        for (String key : new String[] {"id", "qid", "uid"}) {
            JsonNode value = record.get(key);
            if (value != null && value.isValueNode() && !value.asText().isEmpty()) {
                return value.asText();
            }
        }
        return null;
    }

    /** Findings from indexing: malformed records, with their line numbers. */
    public List<Finding> indexFindings() {
        return indexFindings;
    }

    /**
     * Decodes every record; those that fail become findings. The result's findings start with
     * {@link #indexFindings()}, so nothing that was skipped goes unreported.
     *
     * @throws CancellationException when {@code progress} asks to stop
     */
    public ReadResult readAll(ProgressListener progress) throws IOException {
        List<Trace> traces = new ArrayList<>(table.size());
        List<Finding> findings = forEach(progress, traces::add);
        return new ReadResult(traces, findings);
    }

    /**
     * Decodes the records one at a time, in file order, handing each trace to {@code action} and
     * keeping none: how a 100,000-trace file is summarised or validated in little memory. Returns
     * the findings ({@link #indexFindings()} first, then one per record that failed to decode).
     *
     * @throws CancellationException when {@code progress} asks to stop
     */
    public List<Finding> forEach(ProgressListener progress, Consumer<Trace> action) throws IOException {
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(action, "action");
        List<Finding> findings = new ArrayList<>(indexFindings);
        progress.start("Reading " + source, channel.size());
        ScanProgress ticker = new ScanProgress(progress);
        for (int i = 0; i < table.size(); i++) {
            try {
                action.accept(get(i));
            } catch (LocatedFormatException e) {
                findings.add(e.toFinding());
            } catch (FormatException e) {
                findings.add(new LocatedFormatException(locationOf(i), e).toFinding());
            }
            ticker.at(table.start(i) + table.length(i));
        }
        ticker.checkCancelled();
        progress.progress(channel.size());
        progress.finish();
        return findings;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
