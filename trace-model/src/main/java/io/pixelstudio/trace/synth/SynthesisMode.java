package io.pixelstudio.trace.synth;

/**
 * The two trace shapes of the paper's warm-start data: a single pass straight to the evidence, and
 * an error-induced self-correction that first looks at a region (frames) without the evidence.
 */
public enum SynthesisMode {
    /** Look at the whole, zoom into (select) the evidence, read it, answer. */
    SINGLE_PASS("single-pass"),
    /** Zoom into (select) a wrong region first, notice the evidence is missing, then look correctly. */
    SELF_CORRECTION("self-correction");

    private final String label;

    SynthesisMode(String label) {
        this.label = label;
    }

    /** The label used in trace ids, tags and reports. */
    public String label() {
        return label;
    }
}
