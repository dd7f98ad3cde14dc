package io.pixelstudio.app.cli;

import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.FormatException;
import io.pixelstudio.trace.format.ReadResult;
import io.pixelstudio.trace.format.TraceFormat;
import io.pixelstudio.trace.index.TraceFile;
import io.pixelstudio.trace.progress.ProgressListener;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Finds one trace by id in a data file. JSON record files go through the streaming index, decoding
 * one record at a time, so looking up a trace in a 100,000-trace file never holds them all.
 */
final class TraceLookup {

    private TraceLookup() {
    }

    static Trace find(Path file, TraceFormat format, String id, ProgressListener progress) throws IOException {
        if (format.isIndexable(file)) {
            try (TraceFile traces = TraceFile.open(file, format, progress)) {
                for (int i = 0; i < traces.size(); i++) {
                    Trace trace = decode(traces, i);
                    if (trace != null && trace.id().equals(id)) {
                        return trace;
                    }
                }
            }
        } else {
            ReadResult result = format.read(file, progress);
            for (Trace trace : result.traces()) {
                if (trace.id().equals(id)) {
                    return trace;
                }
            }
        }
        throw new CliUserException(file + ": no trace with id '" + id + "'");
    }

    private static Trace decode(TraceFile traces, int index) throws IOException {
        try {
            return traces.get(index);
        } catch (FormatException unreadable) {
            return null;
        }
    }
}
