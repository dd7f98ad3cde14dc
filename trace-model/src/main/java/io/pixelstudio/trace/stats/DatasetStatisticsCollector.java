package io.pixelstudio.trace.stats;

import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.VisualOperation;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Accumulates {@link DatasetStatistics} one trace at a time, so a 100,000-trace file is summarised
 * while it streams. Box areas are counted for normalized boxes only: a pixel box needs the image
 * size, which statistics do not open files to learn.
 */
public final class DatasetStatisticsCollector {

    private static final double[] PERCENTILES = {0, 10, 50, 90, 100};

    private long traces;
    private long videoTraces;
    private final TreeMap<Integer, Long> operationsPerTrace = new TreeMap<>();
    private long zoomIns;
    private long selectFrames;
    private long invalidCalls;
    private long normalizedBoxes;
    private long pixelBoxes;
    private double[] areas = new double[1024];
    private int areaCount;

    /** Counts one trace. */
    public void accept(Trace trace) {
        traces++;
        if (trace.isVideo()) {
            videoTraces++;
        }
        OperationCounts calls = OperationCounts.of(trace);
        calls.operations().forEach(this::countOperation);
        invalidCalls += calls.invalidCalls();
        operationsPerTrace.merge(calls.calls(), 1L, Long::sum);
    }

    private void countOperation(VisualOperation operation) {
        if (operation instanceof VisualOperation.SelectFrames) {
            selectFrames++;
            return;
        }
        VisualOperation.ZoomIn zoom = (VisualOperation.ZoomIn) operation;
        zoomIns++;
        if (zoom.box().convention() == BoxConvention.NORMALIZED) {
            normalizedBoxes++;
            addArea(Math.abs(zoom.box().width() * zoom.box().height()));
        } else {
            pixelBoxes++;
        }
    }

    private void addArea(double area) {
        if (areaCount == areas.length) {
            areas = Arrays.copyOf(areas, areas.length * 2);
        }
        areas[areaCount++] = area;
    }

    /** The statistics of every trace accepted so far. */
    public DatasetStatistics result() {
        Map<String, Double> percentiles = new LinkedHashMap<>();
        if (areaCount > 0) {
            double[] sorted = Arrays.copyOf(areas, areaCount);
            Arrays.sort(sorted);
            for (double p : PERCENTILES) {
                int index = (int) Math.round(p / 100.0 * (sorted.length - 1));
                percentiles.put("p" + (int) p, sorted[index]);
            }
        }
        return new DatasetStatistics(traces, videoTraces, operationsPerTrace, zoomIns, selectFrames,
                invalidCalls, percentiles, normalizedBoxes, pixelBoxes);
    }
}
