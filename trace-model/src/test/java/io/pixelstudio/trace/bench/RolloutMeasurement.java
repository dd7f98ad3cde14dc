package io.pixelstudio.trace.bench;

import io.pixelstudio.trace.rollout.Rollout;
import io.pixelstudio.trace.rollout.RolloutGroup;
import io.pixelstudio.trace.rollout.importer.RolloutImport;
import io.pixelstudio.trace.rollout.importer.StudioRolloutsFormat;
import io.pixelstudio.trace.rollout.importer.TraceStorage;
import io.pixelstudio.trace.rollout.reward.CuriosityReward;
import io.pixelstudio.trace.rollout.reward.GroupReward;
import io.pixelstudio.trace.rollout.reward.RewardParameters;
import io.pixelstudio.trace.rollout.stats.RolloutGrouping;
import io.pixelstudio.trace.rollout.stats.StepStats;
import io.pixelstudio.trace.rollout.stats.StepStatsCalculator;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs in a child JVM started by {@link RolloutBenchmark} with a fixed heap limit: imports a studio
 * rollouts file, groups, scores every group under both reward profiles, computes the step
 * statistics, and prints one {@code key=value} line per figure, plus a checksum of the results so
 * runs before and after a change to the rollout model can be compared.
 */
public final class RolloutMeasurement {

    private RolloutMeasurement() {
    }

    /** Arguments: the studio rollouts file, the {@link TraceStorage} to import with. */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        TraceStorage storage = TraceStorage.valueOf(args[1]);
        print("trace_storage", storage);
        long t0 = System.nanoTime();
        RolloutImport imported = new StudioRolloutsFormat(storage).read(file);
        long importNanos = System.nanoTime() - t0;
        List<Rollout> rollouts = imported.rollouts();
        print("rollouts", rollouts.size());
        print("findings", imported.findings().size());
        print("import_s", seconds(importNanos));
        print("import_rollouts_per_s", Math.round(rollouts.size() / (importNanos / 1e9)));
        print("peak_heap_import_mb", peakHeap() >> 20);
        print("retained_heap_rollouts_mb", retainedHeap() >> 20);
        print("bytes_per_rollout", retainedHeap() / Math.max(1, rollouts.size()));
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);

        t0 = System.nanoTime();
        List<RolloutGroup> groups = RolloutGrouping.group(rollouts);
        print("grouping_s", seconds(System.nanoTime() - t0));
        print("groups", groups.size());

        Map<Integer, List<RolloutGroup>> bySteps = new TreeMap<>();
        groups.forEach(g -> bySteps.computeIfAbsent(g.step(), s -> new ArrayList<>()).add(g));
        for (Map.Entry<String, RewardParameters> profile : List.of(Map.entry("paper", RewardParameters.PAPER),
                Map.entry("reference", RewardParameters.REFERENCE_CODE))) {
            CuriosityReward reward = new CuriosityReward(profile.getValue());
            t0 = System.nanoTime();
            double sum = 0;
            for (List<RolloutGroup> batch : bySteps.values()) {
                for (GroupReward scored : reward.score(batch)) {
                    sum += scored.meanReward();
                }
            }
            print("scoring_" + profile.getKey() + "_s", seconds(System.nanoTime() - t0));
            print("scoring_" + profile.getKey() + "_sum_of_group_means", sum);

            t0 = System.nanoTime();
            List<StepStats> steps = new StepStatsCalculator(profile.getValue()).compute(groups);
            print("step_stats_" + profile.getKey() + "_s", seconds(System.nanoTime() - t0));
            print("step_stats_" + profile.getKey() + "_checksum", Integer.toHexString(steps.hashCode()));
            print("steps", steps.size());
        }
        print("peak_heap_analysis_mb", peakHeap() >> 20);
        print("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
        print("retained_heap_all_mb", retainedHeap() >> 20);
        if (groups.isEmpty() || rollouts.isEmpty()) {
            throw new IllegalStateException("nothing was imported");
        }
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static long retainedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.2f", nanos / 1e9);
    }

    private static void print(String key, Object value) {
        System.out.println(key + "=" + value);
    }
}
