package io.pixelstudio.trace.rollout;

import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;

import java.lang.ref.SoftReference;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A rollout's trace, held either decoded or compactly (the importer's encoded bytes, decoded again
 * on request). A million decoded traces cost about 1.9 KB each, two thirds of a run's heap, while
 * the reward, grouping and step statistics never read them: they need only the one fact taken from
 * the trace, {@link #endedAfterFailedCall()}, which is computed once when the holder is built. The
 * studio decodes a trace when a researcher opens that rollout, and keeps it softly (the collector
 * reclaims it under memory pressure) so that a view asking several times decodes once. Equality is
 * the decoded trace's.
 */
public final class RolloutTrace {

    private static final RolloutTrace NONE = new RolloutTrace(null, null, null, false);

    private final Trace decoded;
    private final byte[] encoded;
    private final Function<byte[], Trace> decoder;
    private final boolean endedAfterFailedCall;
    private volatile SoftReference<Trace> recent;

    private RolloutTrace(Trace decoded, byte[] encoded, Function<byte[], Trace> decoder, boolean endedAfterFailedCall) {
        this.decoded = decoded;
        this.encoded = encoded;
        this.decoder = decoder;
        this.endedAfterFailedCall = endedAfterFailedCall;
    }

    /** No trace: the rollout could not be rebuilt as one. */
    public static RolloutTrace none() {
        return NONE;
    }

    /** A trace kept decoded (small sets, tests, traces built in memory). */
    public static RolloutTrace of(Optional<Trace> trace) {
        Objects.requireNonNull(trace, "trace");
        return trace.map(t -> new RolloutTrace(t, null, null, endedAfterFailedCall(t))).orElse(NONE);
    }

    /**
     * A trace kept as {@code encoded} and decoded by {@code decoder} on each {@link #get()}.
     * {@code trace} is the decoded form, read once here for {@link #endedAfterFailedCall()} and not
     * kept; {@code decoder} must give back an equal trace (the importer validated the bytes).
     */
    public static RolloutTrace compact(Trace trace, byte[] encoded, Function<byte[], Trace> decoder) {
        Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(encoded, "encoded");
        Objects.requireNonNull(decoder, "decoder");
        return new RolloutTrace(null, encoded, decoder, endedAfterFailedCall(trace));
    }

    /** The trace; decoded now when it is held compactly and not decoded recently. */
    public Optional<Trace> get() {
        if (decoded != null) {
            return Optional.of(decoded);
        }
        if (encoded == null) {
            return Optional.empty();
        }
        SoftReference<Trace> kept = recent;
        Trace trace = kept == null ? null : kept.get();
        if (trace == null) {
            trace = decoder.apply(encoded);
            recent = new SoftReference<>(trace);
        }
        return Optional.of(trace);
    }

    public boolean isPresent() {
        return decoded != null || encoded != null;
    }

    /** Bytes held for a compact trace (0 otherwise): what the trace costs beyond this object. */
    public int encodedSize() {
        return encoded == null ? 0 : encoded.length;
    }

    /**
     * Whether the last assistant turn comes right after a user turn carrying the reference's
     * execution-error text: the final answer followed a failed operation.
     */
    public boolean endedAfterFailedCall() {
        return endedAfterFailedCall;
    }

    private static boolean endedAfterFailedCall(Trace trace) {
        var turns = trace.turns();
        int last = turns.size() - 1;
        while (last >= 0 && turns.get(last).role() != Role.ASSISTANT) {
            last--;
        }
        if (last < 1) {
            return false;
        }
        var before = turns.get(last - 1);
        return before.role() == Role.USER && before.text().contains(Rollout.EXECUTION_ERROR_MARKER);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof RolloutTrace that)) {
            return false;
        }
        if (encoded != null && that.encoded != null && decoder == that.decoder) {
            return Arrays.equals(encoded, that.encoded);
        }
        return get().equals(that.get());
    }

    @Override
    public int hashCode() {
        return get().hashCode();
    }

    @Override
    public String toString() {
        return get().map(Trace::toString).orElse("no trace");
    }
}
