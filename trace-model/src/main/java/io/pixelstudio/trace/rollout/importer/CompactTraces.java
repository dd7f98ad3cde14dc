package io.pixelstudio.trace.rollout.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.FormatException;
import io.pixelstudio.trace.format.project.StudioTraceCodec;
import io.pixelstudio.trace.rollout.RolloutTrace;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * One import's way of holding traces compactly and of sharing repeated text: each rollout's trace
 * record is kept as its JSON bytes, deflated or not ({@link TraceStorage}), and decoded again when
 * asked for; question ids, questions and answer lists, repeated by every rollout of a question at
 * every step, are stored once. Not thread-safe: one instance per {@code read}, closed after it.
 */
final class CompactTraces implements AutoCloseable {

    private final TraceStorage storage;
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
    private final byte[] buffer = new byte[16 * 1024];
    private final Function<byte[], Trace> decoder;
    private final Map<String, String> sharedText = new HashMap<>();
    private final Map<List<String>, List<String>> sharedLists = new HashMap<>();

    CompactTraces(StudioTraceCodec codec, String source, TraceStorage storage) {
        this.storage = storage;
        this.decoder = storage == TraceStorage.DEFLATED ? bytes -> decode(codec, source, inflate(bytes))
                : bytes -> decode(codec, source, bytes);
    }

    /** {@code trace}, decoded from {@code node}, held as {@code node}'s JSON (deflated if so chosen). */
    RolloutTrace hold(Trace trace, JsonNode node) {
        byte[] json;
        try {
            json = RolloutJson.MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed trace could not be written back", e);
        }
        return RolloutTrace.compact(trace, storage == TraceStorage.DEFLATED ? deflate(json) : json, decoder);
    }

    /** The equal string this import has already seen, else {@code text} itself. */
    String share(String text) {
        return sharedText.computeIfAbsent(text, t -> t);
    }

    /** The equal list this import has already seen, else an immutable copy of {@code list}. */
    List<String> share(List<String> list) {
        return sharedLists.computeIfAbsent(List.copyOf(list), l -> l);
    }

    private byte[] deflate(byte[] json) {
        deflater.reset();
        deflater.setInput(json);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 3 + 16);
        while (!deflater.finished()) {
            int n = deflater.deflate(buffer);
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static byte[] inflate(byte[] deflated) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(deflated);
            ByteArrayOutputStream json = new ByteArrayOutputStream(deflated.length * 4);
            byte[] chunk = new byte[8 * 1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(chunk);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("truncated compact trace");
                }
                json.write(chunk, 0, n);
            }
            return json.toByteArray();
        } catch (DataFormatException e) {
            throw new IllegalStateException("a trace deflated at import could not be inflated", e);
        } finally {
            inflater.end();
        }
    }

    private static Trace decode(StudioTraceCodec codec, String source, byte[] json) {
        try {
            return codec.decode(RolloutJson.MAPPER.readTree(json), 0, source);
        } catch (FormatException e) {
            throw new IllegalStateException("a trace validated at import could not be decoded again", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        deflater.end();
        sharedText.clear();
        sharedLists.clear();
    }
}
