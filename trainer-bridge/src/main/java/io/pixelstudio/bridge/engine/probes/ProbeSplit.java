package io.pixelstudio.bridge.engine.probes;

/** Which part of the suite an item belongs to: synthesized into SFT traces, or held out for evaluation. */
public enum ProbeSplit {
    TRAIN, TEST;

    /** The id written into the suite manifest. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
