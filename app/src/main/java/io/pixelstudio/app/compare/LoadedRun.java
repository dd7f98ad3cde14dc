package io.pixelstudio.app.compare;

import io.pixelstudio.trace.eval.PredictionSet;
import io.pixelstudio.trace.eval.SampleScore;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A run as the compare screen holds it: where it came from, the folder its relative media paths
 * are resolved against, its predictions, their scores (in prediction order) and each item's
 * answer by qid.
 */
public record LoadedRun(Path path, Path mediaFolder, PredictionSet predictions, List<SampleScore> scores,
                        Map<String, RunSample> samples) {

    public LoadedRun {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(mediaFolder, "mediaFolder");
        Objects.requireNonNull(predictions, "predictions");
        scores = List.copyOf(scores);
        samples = Map.copyOf(samples);
    }

    /** The run's display name (the imported set's name). */
    public String name() {
        return predictions.name();
    }
}
