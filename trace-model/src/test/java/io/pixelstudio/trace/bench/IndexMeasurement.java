package io.pixelstudio.trace.bench;

import io.pixelstudio.trace.format.pixelreasoner.PixelReasonerSftFormat;
import io.pixelstudio.trace.index.TraceFile;
import io.pixelstudio.trace.progress.ProgressListener;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

/**
 * Runs in a child JVM started by {@link IndexBenchmark} with a fixed heap limit, so the heap it
 * reports is the indexer's alone. Prints one {@code key=value} line per figure.
 */
public final class IndexMeasurement {

    private IndexMeasurement() {
    }

    /** Arguments: file, number of timed runs. */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        PixelReasonerSftFormat format = new PixelReasonerSftFormat();
        try (TraceFile warmUp = TraceFile.open(file, format, ProgressListener.NONE)) {
            print("records", warmUp.size());
            print("findings", warmUp.indexFindings().size());
        }
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long[] millis = new long[runs];
        TraceFile kept = null;
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            TraceFile traces = TraceFile.open(file, format, ProgressListener.NONE);
            millis[r] = (System.nanoTime() - t0) / 1_000_000;
            if (kept != null) {
                kept.close();
            }
            kept = traces;
        }
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        Arrays.sort(millis);
        print("index_ms_median", millis[runs / 2]);
        print("index_ms_all", Arrays.toString(millis));
        print("peak_heap_mb", peak >> 20);
        print("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        print("retained_heap_after_gc_mb", (rt.totalMemory() - rt.freeMemory()) >> 20);

        Random random = new Random(7);
        int n = kept.size();
        for (int i = 0; i < 2000; i++) {
            kept.rawRecord(random.nextInt(n));
        }
        long t0 = System.nanoTime();
        long bytes = 0;
        for (int i = 0; i < 1000; i++) {
            bytes += kept.rawRecord(random.nextInt(n)).size();
        }
        print("random_1000_ms", (System.nanoTime() - t0) / 1_000_000);
        print("random_check", bytes > 0 ? "ok" : "empty");
        t0 = System.nanoTime();
        long turns = 0;
        for (int i = 0; i < 1000; i++) {
            turns += kept.get(random.nextInt(n)).turns().size();
        }
        print("random_1000_decoded_ms", (System.nanoTime() - t0) / 1_000_000);
        print("random_decoded_check", turns > 0 ? "ok" : "empty");
        kept.close();
    }

    private static void print(String key, Object value) {
        System.out.println(key + "=" + value);
    }
}
