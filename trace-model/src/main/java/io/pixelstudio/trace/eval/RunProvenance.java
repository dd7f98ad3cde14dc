package io.pixelstudio.trace.eval;

import java.util.Map;
import java.util.Objects;

/**
 * Where a set of predictions came from, kept with every score so that two numbers are only
 * compared when they were made comparably: checkpoint, benchmark version, decoding, the pixel
 * bounds images were resized with, and the judge if any. Unknown parts are empty strings.
 *
 * @param checkpoint       model path or name
 * @param benchmarkVersion file or split the predictions answer (e.g. {@code vstar.parquet})
 * @param decoding         decoding settings as written by the source (e.g. {@code greedy}, {@code T=0.9 top_p=0.95})
 * @param pixelBounds      resize bounds, e.g. {@code min_pixels=401408 max_pixels=4014080}
 * @param judge            answer judge, e.g. {@code math-verify}, {@code exact}; empty when rule-based default
 * @param other            anything else the source recorded, verbatim
 */
public record RunProvenance(String checkpoint, String benchmarkVersion, String decoding, String pixelBounds,
                            String judge, Map<String, String> other) {

    public RunProvenance {
        Objects.requireNonNull(checkpoint, "checkpoint");
        Objects.requireNonNull(benchmarkVersion, "benchmarkVersion");
        Objects.requireNonNull(decoding, "decoding");
        Objects.requireNonNull(pixelBounds, "pixelBounds");
        Objects.requireNonNull(judge, "judge");
        other = Map.copyOf(other);
    }

    /** Nothing known. */
    public static RunProvenance unknown() {
        return new RunProvenance("", "", "", "", "", Map.of());
    }
}
