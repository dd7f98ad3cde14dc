package io.pixelstudio.app.rollouts.dynamics;

import io.pixelstudio.trace.rollout.stats.StepStats;

import java.util.List;
import java.util.Objects;

/**
 * Step statistics as tab-separated text for a spreadsheet or a script: a header of the
 * {@link StepStats} component names, then one row per step with every number at full precision
 * ({@link Double#toString}, independent of the locale), so nothing pasted is a rounded copy.
 */
public final class DynamicsTsv {

    private DynamicsTsv() {
    }

    /** The header line, without a line end. */
    public static String header() {
        StringBuilder out = new StringBuilder("step\tgroups\trollouts");
        for (DynamicsMetric metric : DynamicsMetric.values()) {
            out.append('\t').append(metric.column());
        }
        return out.toString();
    }

    /** Header and {@code rows} in the given order, each line ending in {@code \n}. */
    public static String of(List<StepStats> rows) {
        Objects.requireNonNull(rows, "rows");
        StringBuilder out = new StringBuilder(header()).append('\n');
        for (StepStats row : rows) {
            out.append(row.step()).append('\t').append(row.groups()).append('\t').append(row.rollouts());
            for (DynamicsMetric metric : DynamicsMetric.values()) {
                out.append('\t').append(metric.of(row));
            }
            out.append('\n');
        }
        return out.toString();
    }
}
