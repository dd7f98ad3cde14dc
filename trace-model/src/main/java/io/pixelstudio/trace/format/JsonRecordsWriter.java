package io.pixelstudio.trace.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Writes JSON records in the studio's canonical layouts, byte for byte reproducibly (golden files
 * depend on it): a JSON list exactly as Python's {@code json.dumps(records, indent=2,
 * ensure_ascii=False)} plus a final newline, or JSON lines, each record as
 * {@code json.dumps(record, ensure_ascii=False)}. Keys keep their order; non-ASCII text is written
 * as UTF-8, not escaped.
 */
public final class JsonRecordsWriter {

    private static final int LIST_INDENT = 2;

    private final ObjectWriter listWriter;
    private final ObjectWriter lineWriter;

    public JsonRecordsWriter(ObjectMapper mapper) {
        Objects.requireNonNull(mapper, "mapper");
        ObjectWriter base = mapper.writer()
                .without(SerializationFeature.INDENT_OUTPUT)
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        this.listWriter = base.with(new PythonJsonPrettyPrinter(LIST_INDENT));
        this.lineWriter = base.with(new PythonJsonPrettyPrinter(0));
    }

    /** Writes {@code records} to {@code out} in {@code layout}. */
    public void write(List<? extends JsonNode> records, JsonRecordLayout layout, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (layout == JsonRecordLayout.LIST) {
            listWriter.writeValue(writer, records);
            writer.write('\n');
        } else {
            for (JsonNode record : records) {
                lineWriter.writeValue(writer, record);
                writer.write('\n');
            }
        }
        writer.flush();
    }

    /** Supplies record {@code index} of a stream being written; may read it from disk on demand. */
    @FunctionalInterface
    public interface RecordSupplier {
        JsonNode record(int index) throws IOException;
    }

    /**
     * Writes {@code count} records, asking {@code records} for each in order, byte for byte as
     * {@link #write(List, JsonRecordLayout, OutputStream)} would write the same list; only one record
     * is held at a time, so a 100,000-record file is saved without building it in memory.
     */
    public void writeEach(int count, RecordSupplier records, JsonRecordLayout layout, OutputStream out) throws IOException {
        Objects.requireNonNull(records, "records");
        Writer sink = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        Writer writer = new FilterWriter(sink) {
            @Override
            public void flush() {
                // one flush at the end instead of one per record
            }

            @Override
            public void close() {
                // the caller owns the stream
            }
        };
        if (layout == JsonRecordLayout.LIST) {
            try (JsonGenerator generator = listWriter.createGenerator(writer)) {
                generator.writeStartArray();
                for (int i = 0; i < count; i++) {
                    generator.writeTree(records.record(i));
                }
                generator.writeEndArray();
            }
            writer.write('\n');
        } else {
            for (int i = 0; i < count; i++) {
                lineWriter.writeValue(writer, records.record(i));
                writer.write('\n');
            }
        }
        sink.flush();
    }

    /** Replaces {@code target} atomically with {@code records}, in the layout its extension asks for. */
    public void writeFile(List<? extends JsonNode> records, Path target) throws IOException {
        JsonRecordLayout layout = JsonRecordLayout.forOutput(target);
        AtomicFiles.write(target, out -> write(records, layout, out));
    }

    /** One record as a single canonical line (no newline). */
    public String toLine(JsonNode record) throws IOException {
        return lineWriter.writeValueAsString(record);
    }
}
