package io.pixelstudio.app.compare;

import java.util.Locale;
import java.util.Optional;

/**
 * Which items the per-sample diff shows, relative to the baseline (run 0): the ones that a later
 * run broke, the ones it fixed, the ones nobody gets, and the ones some run answered without
 * looking where the evidence is (lucky-correct or blind-wrong). These are the lists a researcher
 * reads after a score moves, to see whether the move is real.
 */
public enum SampleFilter {
    /** Every item any run answered. */
    ALL,
    /** The baseline is right and at least one other run is wrong. */
    RIGHT_TO_WRONG,
    /** The baseline is wrong and at least one other run is right. */
    WRONG_TO_RIGHT,
    /** Every run that answered the item is wrong. */
    ALL_WRONG,
    /** Some run's faithfulness verdict is lucky-correct or blind-wrong. */
    UNFAITHFUL;

    /** The message key of the filter's name. */
    public String messageKey() {
        return "compare.filter." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** True when {@code row} belongs in this filter's list. */
    public boolean test(SampleRow row) {
        return switch (this) {
            case ALL -> true;
            case RIGHT_TO_WRONG -> flipped(row, true);
            case WRONG_TO_RIGHT -> flipped(row, false);
            case ALL_WRONG -> row.runs().stream().flatMap(Optional::stream).noneMatch(s -> s.score().correct());
            case UNFAITHFUL -> row.runs().stream().flatMap(Optional::stream).anyMatch(RunSample::unfaithful);
        };
    }

    private static boolean flipped(SampleRow row, boolean baselineRight) {
        Optional<RunSample> baseline = row.baseline();
        if (baseline.isEmpty() || baseline.get().score().correct() != baselineRight) {
            return false;
        }
        return row.runs().stream().skip(1).flatMap(Optional::stream)
                .anyMatch(s -> s.score().correct() != baselineRight);
    }
}
