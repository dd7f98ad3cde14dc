package io.pixelstudio.bridge.engine.policy;

import java.util.stream.Collectors;

/** Formats a held-out report for the by-hand benchmarks. */
public final class EvaluationLines {

    private EvaluationLines() {
    }

    public static String of(HeldOutEvaluation.Report r) {
        return String.format("held-out n=%d accuracy %.2f zoom-needing %.2f whole-image %.2f RaPR %.2f zooms/item %.2f "
                        + "cell hit %.2f | %s", r.outcomes().size(), r.accuracy(), r.zoomNeedingAccuracy(),
                r.wholeImageAccuracy(), r.rapr(), r.zoomsPerItem(), r.cellHitRate(),
                r.accuracyByKind().entrySet().stream().map(e -> String.format("%s %.2f", e.getKey().id(), e.getValue()))
                        .collect(Collectors.joining(", ")));
    }
}
