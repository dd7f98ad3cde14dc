package io.pixelstudio.trace.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.Trace;

/**
 * Maps one JSON record of a format to a {@link Trace} and back. The contract is a lossless round
 * trip: {@code decode(encode(decode(r)))} equals {@code decode(r)}, and {@code encode(decode(r))}
 * equals {@code r} field for field (unknown fields preserved in order, via
 * {@link io.pixelstudio.trace.Extras}).
 */
public interface RecordCodec {

    /**
     * Decodes one record.
     *
     * @param record      the record as parsed JSON
     * @param recordIndex 0-based position in the file, used to derive an id when the record has none
     * @param source      the dataset name to store in {@link Trace#source()}
     * @throws FormatException when the record is not of this format, with the offending field
     */
    Trace decode(JsonNode record, int recordIndex, String source) throws FormatException;

    /** Encodes a trace as one record of this format. */
    ObjectNode encode(Trace trace);
}
