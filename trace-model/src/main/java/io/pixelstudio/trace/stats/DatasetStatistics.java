package io.pixelstudio.trace.stats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Summary of a data file, for deciding whether a curated set has the mix of operations a run
 * needs: how many traces use pixel-space operations at all (the SFT-side view of RaPR), how many
 * per trace, and how large the zoom boxes are.
 *
 * @param traces              traces counted
 * @param videoTraces         traces whose media is a video
 * @param operationsPerTrace  histogram: number of tool calls → number of traces
 * @param zoomIns             zoom-in calls in all traces
 * @param selectFrames        select-frames calls in all traces
 * @param invalidCalls        tool calls that do not parse
 * @param boxAreaPercentiles  normalized zoom-box area (fraction of the image) at p0, p10, p50, p90, p100;
 *                            empty when no box could be normalized
 * @param normalizedBoxes     zoom boxes written normalized
 * @param pixelBoxes          zoom boxes written in model-input pixels
 */
public record DatasetStatistics(long traces, long videoTraces, SortedMap<Integer, Long> operationsPerTrace,
                                long zoomIns, long selectFrames, long invalidCalls,
                                Map<String, Double> boxAreaPercentiles, long normalizedBoxes, long pixelBoxes) {

    public DatasetStatistics {
        operationsPerTrace = Collections.unmodifiableSortedMap(new TreeMap<>(operationsPerTrace));
        boxAreaPercentiles = Collections.unmodifiableMap(new LinkedHashMap<>(
                Objects.requireNonNull(boxAreaPercentiles, "boxAreaPercentiles")));
    }

    /** Share of traces with at least one tool call. */
    public double shareWithOperations() {
        if (traces == 0) {
            return 0;
        }
        long without = operationsPerTrace.getOrDefault(0, 0L);
        return (traces - without) / (double) traces;
    }

    /** Mean tool calls per trace. */
    public double meanOperations() {
        if (traces == 0) {
            return 0;
        }
        long calls = operationsPerTrace.entrySet().stream().mapToLong(e -> e.getKey() * e.getValue()).sum();
        return calls / (double) traces;
    }
}
