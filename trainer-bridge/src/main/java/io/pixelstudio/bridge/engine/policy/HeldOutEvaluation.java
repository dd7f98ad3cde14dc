package io.pixelstudio.bridge.engine.policy;

import io.pixelstudio.bridge.engine.probes.ProbeItem;
import io.pixelstudio.bridge.engine.probes.ProbeKind;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.media.ImageLoader;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Greedy rollouts of a policy over held-out probe items, with the figures every engine benchmark
 * and run reports: accuracy per kind, on the zoom-needing kinds and on the whole-image kind, the
 * zoom rate (RaPR of greedy rollouts: a group of one per item), zooms per item and how often the
 * zooms hit the evidence cell. Why one class: SFT, RL and the curiosity experiment must measure
 * "before" and "after" the same way, and a run writes its predictions from the same outcomes.
 */
public final class HeldOutEvaluation {

    private final PixelPolicy policy;
    private final Path mediaBase;
    private final ImageLoader loader = new ImageLoader();

    /** @param mediaBase the folder item images resolve against; the rollouts' crops are written under it */
    public HeldOutEvaluation(PixelPolicy policy, Path mediaBase) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.mediaBase = Objects.requireNonNull(mediaBase, "mediaBase");
    }

    /** What the policy did on one item. */
    public record ItemOutcome(ProbeItem item, String answer, List<Integer> zoomCells, Trace trace) {

        public ItemOutcome {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(answer, "answer");
            zoomCells = List.copyOf(zoomCells);
            Objects.requireNonNull(trace, "trace");
        }

        public boolean correct() {
            return item.answer().equals(answer);
        }

        public boolean zoomed() {
            return !zoomCells.isEmpty();
        }

        /** Whether one of the zooms was on the cell holding the evidence. */
        public boolean hitEvidenceCell() {
            return zoomCells.contains(item.cell());
        }
    }

    /** The outcomes of one evaluation and their summary figures (NaN where no item counts). */
    public record Report(List<ItemOutcome> outcomes) {

        public Report {
            outcomes = List.copyOf(outcomes);
        }

        public double accuracy() {
            return share(o -> true, ItemOutcome::correct);
        }

        /** Accuracy over the kinds whose evidence the whole view cannot show ({@link ProbeKind#needsZoom}). */
        public double zoomNeedingAccuracy() {
            return share(o -> o.item().kind().needsZoom(), ItemOutcome::correct);
        }

        /** Accuracy over the kinds answerable from the whole image. */
        public double wholeImageAccuracy() {
            return share(o -> !o.item().kind().needsZoom(), ItemOutcome::correct);
        }

        /** Share of items whose rollout zoomed at least once. */
        public double rapr() {
            return share(o -> true, ItemOutcome::zoomed);
        }

        public double zoomsPerItem() {
            return outcomes.stream().mapToInt(o -> o.zoomCells().size()).average().orElse(Double.NaN);
        }

        /** Share of zoom-needing items where a zoom hit the evidence cell. */
        public double cellHitRate() {
            return share(o -> o.item().kind().needsZoom(), ItemOutcome::hitEvidenceCell);
        }

        public Map<ProbeKind, Double> accuracyByKind() {
            Map<ProbeKind, Double> byKind = new EnumMap<>(ProbeKind.class);
            for (ProbeKind kind : ProbeKind.values()) {
                double a = share(o -> o.item().kind() == kind, ItemOutcome::correct);
                if (!Double.isNaN(a)) {
                    byKind.put(kind, a);
                }
            }
            return byKind;
        }

        private double share(Predicate<ItemOutcome> among, Predicate<ItemOutcome> counted) {
            long n = outcomes.stream().filter(among).count();
            return n == 0 ? Double.NaN : outcomes.stream().filter(among).filter(counted).count() / (double) n;
        }
    }

    /**
     * Rolls the policy out greedily on every item; trace ids are {@code <item>-<label>}.
     *
     * @throws IOException naming the item whose image cannot be read
     */
    public Report evaluate(List<ProbeItem> items, String label) throws IOException {
        Objects.requireNonNull(label, "label");
        PolicyRollout rollout = new PolicyRollout(policy, mediaBase);
        List<ItemOutcome> outcomes = new ArrayList<>();
        for (ProbeItem item : items) {
            BufferedImage image = loadImage(item);
            PolicyRollout.Outcome o = rollout.run(item, image, item.id() + "-" + label, null);
            outcomes.add(new ItemOutcome(item, o.answer(), o.zoomCells(), o.trace()));
        }
        return new Report(outcomes);
    }

    private BufferedImage loadImage(ProbeItem item) throws IOException {
        try {
            return loader.load(mediaBase.resolve(item.image()));
        } catch (IOException | RuntimeException e) {
            throw new IOException("probe " + item.id() + ": cannot read " + item.image() + ": " + e.getMessage(), e);
        }
    }
}
