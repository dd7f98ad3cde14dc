package io.pixelstudio.trace;

/** A curator's verdict on a trace. New traces start {@link #UNREVIEWED}. */
public enum ReviewStatus {
    UNREVIEWED,
    ACCEPTED,
    REJECTED,
    NEEDS_FIX
}
