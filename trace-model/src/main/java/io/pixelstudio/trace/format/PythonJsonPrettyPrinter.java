package io.pixelstudio.trace.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.Instantiatable;

import java.io.IOException;

/**
 * Lays JSON out the way Python's {@code json.dumps} does, so files the studio writes diff cleanly
 * against files written by the reference (Python) tools: with an indent, every value on its own
 * line, {@code "key": value}, and {@code []} / {@code {}} for empty containers; without one, a
 * single line with {@code ", "} and {@code ": "} separators (Python's defaults, used for JSON lines).
 */
public final class PythonJsonPrettyPrinter implements PrettyPrinter, Instantiatable<PythonJsonPrettyPrinter> {

    private final int indent;
    private int depth;

    /** @param indent spaces per level, or 0 for Python's single-line layout */
    public PythonJsonPrettyPrinter(int indent) {
        if (indent < 0) {
            throw new IllegalArgumentException("indent must be >= 0: " + indent);
        }
        this.indent = indent;
    }

    @Override
    public PythonJsonPrettyPrinter createInstance() {
        return new PythonJsonPrettyPrinter(indent);
    }

    private void newLine(JsonGenerator g) throws IOException {
        if (indent > 0) {
            g.writeRaw('\n');
            g.writeRaw(" ".repeat(indent * depth));
        }
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        g.writeRaw('{');
        depth++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        newLine(g);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(indent > 0 ? "," : ", ");
        newLine(g);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
        depth--;
        if (nrOfEntries > 0) {
            newLine(g);
        }
        g.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        g.writeRaw('[');
        depth++;
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        newLine(g);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(indent > 0 ? "," : ", ");
        newLine(g);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
        depth--;
        if (nrOfValues > 0) {
            newLine(g);
        }
        g.writeRaw(']');
    }
}
