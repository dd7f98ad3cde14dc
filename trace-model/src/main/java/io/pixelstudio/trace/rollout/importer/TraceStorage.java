package io.pixelstudio.trace.rollout.importer;

/**
 * How an import holds each rollout's trace after validating it. Neither changes any result: the
 * reward, grouping and step statistics read only the failed-call flag, taken from the decoded trace
 * once; a trace is decoded again when someone opens it. The default, {@link #JSON}, costs no import
 * time and about a third less heap than decoded traces; {@link #DEFLATED} halves the heap again for
 * very large runs at the price of a slower import (figures in {@code docs/benchmarks.md}).
 */
public enum TraceStorage {
    /** The trace record's compact JSON bytes (default). */
    JSON,
    /** The same bytes, deflated at the fastest level. */
    DEFLATED
}
