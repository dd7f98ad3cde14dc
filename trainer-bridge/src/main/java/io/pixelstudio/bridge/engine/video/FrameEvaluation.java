package io.pixelstudio.bridge.engine.video;

import io.pixelstudio.bridge.engine.probes.VideoProbeItem;
import io.pixelstudio.bridge.engine.probes.VideoProbeKind;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.media.ImageLoader;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Greedy evaluation of the frame policy on video probes (usually the held-out split): per kind,
 * how often it answered right, selected frames at all, and selected an evidence frame. Why the
 * evidence rate beside accuracy: a right answer without the evidence frame is a guess from the
 * kind's prior, which the faithfulness of pixel reasoning is about.
 */
public final class FrameEvaluation {

    private final FramePolicy policy;
    private final Path mediaBase;
    private final ImageLoader loader = new ImageLoader();

    /** @param mediaBase the suite folder: frame paths resolve against it, rollout frames go under it */
    public FrameEvaluation(FramePolicy policy, Path mediaBase) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.mediaBase = Objects.requireNonNull(mediaBase, "mediaBase");
    }

    /** Counts for one kind. */
    public record KindScore(int items, int correct, int selected, int evidenceSelected) {

        public double accuracy() {
            return items == 0 ? 0 : correct / (double) items;
        }

        public double selectionRate() {
            return items == 0 ? 0 : selected / (double) items;
        }

        public double evidenceRate() {
            return items == 0 ? 0 : evidenceSelected / (double) items;
        }
    }

    /** One item's greedy rollout: its trace (with the evidence frames), selections and answer. */
    public record ItemOutcome(VideoProbeItem item, Trace trace, List<List<Integer>> selections, String answer) {

        /** Whether a selection included an evidence frame. */
        public boolean evidenceSelected() {
            return selections.stream().anyMatch(s -> !Collections.disjoint(s, item.evidenceFrames()));
        }
    }

    /** Scores per kind (only kinds with items), the overall accuracy and every item's outcome in order. */
    public record Report(Map<VideoProbeKind, KindScore> perKind, double accuracy, List<ItemOutcome> outcomes) {
    }

    /** Rolls the policy out greedily on each item (trace ids {@code <item>-eval}). */
    public Report evaluate(List<VideoProbeItem> items) throws IOException {
        return evaluate(items, "eval");
    }

    /** As {@link #evaluate(List)} with trace ids {@code <item>-<suffix>} (evaluations during RL keep theirs apart). */
    public Report evaluate(List<VideoProbeItem> items, String suffix) throws IOException {
        List<ItemOutcome> outcomes = new ArrayList<>();
        Map<VideoProbeKind, int[]> counts = new EnumMap<>(VideoProbeKind.class);
        FrameRollout rollout = new FrameRollout(policy, mediaBase);
        int correct = 0;
        for (VideoProbeItem item : items) {
            List<BufferedImage> frames = new ArrayList<>();
            for (String f : item.frames()) {
                frames.add(loader.load(mediaBase.resolve(f)));
            }
            FrameRollout.Outcome o = rollout.run(item, frames, item.id() + "-" + suffix, null);
            ItemOutcome outcome = new ItemOutcome(item, o.trace(), o.selections(), o.answer());
            outcomes.add(outcome);
            int[] c = counts.computeIfAbsent(item.kind(), k -> new int[4]);
            boolean right = o.answer().equals(item.answer());
            c[0]++;
            c[1] += right ? 1 : 0;
            c[2] += o.selections().isEmpty() ? 0 : 1;
            c[3] += outcome.evidenceSelected() ? 1 : 0;
            correct += right ? 1 : 0;
        }
        Map<VideoProbeKind, KindScore> perKind = new EnumMap<>(VideoProbeKind.class);
        counts.forEach((k, c) -> perKind.put(k, new KindScore(c[0], c[1], c[2], c[3])));
        return new Report(Collections.unmodifiableMap(perKind), items.isEmpty() ? 0 : correct / (double) items.size(),
                List.copyOf(outcomes));
    }
}
