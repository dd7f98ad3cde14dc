package io.pixelstudio.bridge.endpoint;

import java.util.Locale;
import java.util.OptionalLong;

/**
 * Sampling settings sent with every request. Recorded with each run's provenance because two
 * scores are only comparable when they were decoded the same way.
 *
 * @param temperature sampling temperature (0 = greedy)
 * @param topP        nucleus sampling mass
 * @param maxTokens   the most tokens one reply may hold
 * @param seed        the server-side seed, when set
 */
public record Decoding(double temperature, double topP, int maxTokens, OptionalLong seed) {

    /** Greedy decoding with the reference evaluation's reply budget of 8192 tokens. */
    public static final Decoding GREEDY = new Decoding(0.0, 1.0, 8192, OptionalLong.empty());

    public Decoding {
        if (!(temperature >= 0) || !Double.isFinite(temperature)) {
            throw new IllegalArgumentException("temperature must be >= 0, got " + temperature);
        }
        if (!(topP > 0 && topP <= 1)) {
            throw new IllegalArgumentException("top_p must be in (0, 1], got " + topP);
        }
        if (maxTokens < 1) {
            throw new IllegalArgumentException("max_tokens must be >= 1, got " + maxTokens);
        }
        java.util.Objects.requireNonNull(seed, "seed");
    }

    /** As written in provenance, e.g. {@code T=0.0 top_p=1.0 max_tokens=8192 seed=7}. */
    public String describe() {
        return String.format(Locale.ROOT, "T=%s top_p=%s max_tokens=%d", temperature, topP, maxTokens)
                + (seed.isPresent() ? " seed=" + seed.getAsLong() : "");
    }
}
