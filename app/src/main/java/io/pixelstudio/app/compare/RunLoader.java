package io.pixelstudio.app.compare;

import io.pixelstudio.trace.eval.PredictionSet;
import io.pixelstudio.trace.eval.SampleScore;
import io.pixelstudio.trace.eval.faithfulness.FaithfulnessJudge;
import io.pixelstudio.trace.eval.faithfulness.FaithfulnessVerdict;
import io.pixelstudio.trace.eval.importer.ImportOptions;
import io.pixelstudio.trace.eval.importer.PredictionImporters;
import io.pixelstudio.trace.eval.metric.BenchmarkScorers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Imports one run (any source the {@code score} command reads: a Pixel Reasoner logs folder or eval
 * JSONL, lmms-eval samples, the studio's predictions file), scores it and judges each traced answer's
 * faithfulness. Separate from the view model so loading runs off the UI thread as one plain call.
 */
public final class RunLoader {

    private final PredictionImporters importers;
    private final BenchmarkScorers scorers;
    private final FaithfulnessJudge judge;

    public RunLoader(PredictionImporters importers, BenchmarkScorers scorers, FaithfulnessJudge judge) {
        this.importers = Objects.requireNonNull(importers, "importers");
        this.scorers = Objects.requireNonNull(scorers, "scorers");
        this.judge = Objects.requireNonNull(judge, "judge");
    }

    /** The scorers every run is scored with (the comparison needs each benchmark's metric kind). */
    public BenchmarkScorers scorers() {
        return scorers;
    }

    /**
     * Loads the run at {@code path}.
     *
     * @throws IOException when the path cannot be read or holds no predictions
     * @throws IllegalArgumentException when a qid is scored twice (a comparison needs one answer per qid)
     */
    public LoadedRun load(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        Path name = absolute.getFileName();
        PredictionSet set = importers.read(absolute, ImportOptions.defaults()
                .withName(name == null ? absolute.toString() : name.toString()));
        if (set.predictions().isEmpty()) {
            throw new IOException(absolute + ": no predictions to compare");
        }
        List<SampleScore> scores = scorers.scoreAll(set.predictions());
        List<Optional<FaithfulnessVerdict>> verdicts = judge.verdicts(set.predictions(), scores);
        Map<String, RunSample> samples = new HashMap<>();
        for (int i = 0; i < scores.size(); i++) {
            SampleScore score = scores.get(i);
            if (samples.put(score.qid(), new RunSample(set.predictions().get(i), score, verdicts.get(i))) != null) {
                throw new IllegalArgumentException(absolute + ": qid '" + score.qid()
                        + "' appears more than once; compare runs with one answer per qid");
            }
        }
        Path folder = Files.isDirectory(absolute) ? absolute : absolute.getParent();
        return new LoadedRun(absolute, folder, set, scores, samples);
    }
}
