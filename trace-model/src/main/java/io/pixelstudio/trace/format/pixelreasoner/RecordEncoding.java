package io.pixelstudio.trace.format.pixelreasoner;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.RecordCodec;
import io.pixelstudio.trace.progress.ProgressListener;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;

/**
 * Encodes a list of traces with one codec, reporting progress and stopping on cancellation before
 * anything is written. Shared by the SFT and RL formats (JSON and Parquet), whose writers take
 * the whole list of records.
 */
final class RecordEncoding {

    private RecordEncoding() {
    }

    /**
     * Every trace as a record of {@code codec}, in order.
     *
     * @param progress told about each record; {@code null} for none
     * @throws CancellationException when {@code progress} asks to stop (nothing has been written)
     */
    static List<ObjectNode> encodeAll(RecordCodec codec, List<Trace> traces, ProgressListener progress) {
        Objects.requireNonNull(codec, "codec");
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        listener.start("encoding traces", traces.size());
        List<ObjectNode> records = new ArrayList<>(traces.size());
        for (Trace trace : traces) {
            if (listener.isCancelled()) {
                throw new CancellationException("write cancelled");
            }
            records.add(codec.encode(trace));
            listener.progress(records.size());
        }
        listener.finish();
        return records;
    }
}
