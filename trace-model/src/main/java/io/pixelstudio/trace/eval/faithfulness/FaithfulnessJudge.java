package io.pixelstudio.trace.eval.faithfulness;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.Evidence;
import io.pixelstudio.trace.media.ImageSize;
import io.pixelstudio.trace.eval.Prediction;
import io.pixelstudio.trace.eval.SampleScore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Judges whether a prediction's zooms looked at its evidence. Region evidence is compared with the
 * cuts on the same original image (best IoU; coverage = evidence area inside the union of cuts over
 * evidence area, summed over regions); frame evidence with the selected frames. A sample is covered
 * when every kind of evidence it has reaches the coverage threshold (0.5 unless configured).
 */
public final class FaithfulnessJudge {

    /** The coverage threshold used unless another is given. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    private final double threshold;

    public FaithfulnessJudge() {
        this(DEFAULT_THRESHOLD);
    }

    /** @param threshold minimum coverage (and frame overlap) for a sample to count as covered, in [0, 1] */
    public FaithfulnessJudge(double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("coverage threshold must be in [0, 1]: " + threshold);
        }
        this.threshold = threshold;
    }

    public double threshold() {
        return threshold;
    }

    /**
     * Judges {@code prediction} against its trace's own evidence, with cuts from the boxes as written.
     * Empty when it has no trace or the trace no usable evidence.
     */
    public Optional<Faithfulness> judge(Prediction prediction, boolean correct) {
        Objects.requireNonNull(prediction, "prediction");
        return prediction.trace().flatMap(t -> judge(prediction.qid(), correct, t.evidence(), ZoomCuts.requested(t)));
    }

    /**
     * Judges every prediction with the correctness its score gave it (matched by qid): one entry per
     * prediction, in order, empty where it has no score or cannot be judged.
     */
    public List<Optional<FaithfulnessVerdict>> verdicts(List<Prediction> predictions, List<SampleScore> scores) {
        Map<String, Boolean> correct = new HashMap<>();
        scores.forEach(s -> correct.put(s.qid(), s.correct()));
        return predictions.stream()
                .map(p -> Optional.ofNullable(correct.get(p.qid())).flatMap(right -> judge(p, right))
                        .map(Faithfulness::verdict))
                .toList();
    }

    /**
     * Judges a sample given its evidence (from the trace, or an evidence map passed in) and cuts.
     * Empty when none of the evidence is usable.
     */
    public Optional<Faithfulness> judge(String qid, boolean correct, List<Evidence> evidence, ZoomCuts cuts) {
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(cuts, "cuts");
        double regionArea = 0;
        double coveredArea = 0;
        double bestIou = 0;
        boolean anyRegion = false;
        boolean degenerateCovered = true;
        int skipped = 0;
        int framesWanted = 0;
        int framesSeen = 0;
        for (Evidence e : evidence) {
            if (e instanceof Evidence.Region region) {
                Optional<Box> box = normalized(region, cuts.originalSizes());
                if (box.isEmpty()) {
                    skipped++;
                    continue;
                }
                anyRegion = true;
                List<Box> same = new ArrayList<>();
                cuts.cuts().stream().filter(c -> c.source() == region.imageIndex()).forEach(c -> same.add(c.cut()));
                for (Box c : same) {
                    bestIou = Math.max(bestIou, BoxMath.iou(box.get(), c));
                }
                double area = BoxMath.area(box.get());
                double share = BoxMath.coverage(box.get(), same);
                if (area == 0) {
                    degenerateCovered &= share >= 1;
                }
                regionArea += area;
                coveredArea += share * area;
            } else if (e instanceof Evidence.FrameRange range) {
                for (int f = range.first(); f <= range.last(); f++) {
                    framesWanted++;
                    framesSeen += cuts.selectedFrames().contains(f) ? 1 : 0;
                }
            }
        }
        if (!anyRegion && framesWanted == 0) {
            return Optional.empty();
        }
        OptionalDouble coverage = !anyRegion ? OptionalDouble.empty()
                : OptionalDouble.of(regionArea > 0 ? Math.min(1, coveredArea / regionArea) : (degenerateCovered ? 1 : 0));
        OptionalDouble frames = framesWanted == 0 ? OptionalDouble.empty()
                : OptionalDouble.of((double) framesSeen / framesWanted);
        boolean covered = (coverage.isEmpty() || coverage.getAsDouble() >= threshold)
                && (frames.isEmpty() || frames.getAsDouble() >= threshold);
        return Optional.of(new Faithfulness(qid, anyRegion ? OptionalDouble.of(bestIou) : OptionalDouble.empty(),
                coverage, frames, cuts.cuts().size(), cuts.unplaced(), skipped,
                FaithfulnessVerdict.of(correct, covered)));
    }

    /** The region in normalized units of its original, when its convention allows. */
    private static Optional<Box> normalized(Evidence.Region region, List<ImageSize> sizes) {
        Box box = region.box();
        if (box.convention() == BoxConvention.NORMALIZED) {
            return Optional.of(box);
        }
        if (box.convention() == BoxConvention.ORIGINAL_PIXELS && region.imageIndex() >= 1
                && region.imageIndex() <= sizes.size()) {
            ImageSize size = sizes.get(region.imageIndex() - 1);
            return Optional.of(Box.normalized(box.x1() / size.width(), box.y1() / size.height(),
                    box.x2() / size.width(), box.y2() / size.height()));
        }
        return Optional.empty();
    }
}
