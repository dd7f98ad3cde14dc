package io.pixelstudio.bridge.engine.rl;

import ai.djl.ndarray.NDArray;
import ai.djl.training.Trainer;
import io.pixelstudio.bridge.engine.EngineEventLog;
import io.pixelstudio.bridge.engine.GradientStep;
import io.pixelstudio.bridge.engine.policy.PixelPolicy;
import io.pixelstudio.bridge.engine.policy.PolicyDecision;
import io.pixelstudio.bridge.engine.policy.PolicyNetwork;
import io.pixelstudio.bridge.engine.policy.PolicyRollout;
import io.pixelstudio.bridge.engine.probes.ProbeItem;
import io.pixelstudio.trace.rollout.Rollout;
import io.pixelstudio.trace.rollout.RolloutGroup;
import io.pixelstudio.trace.rollout.reward.CuriosityReward;
import io.pixelstudio.trace.rollout.reward.GroupFilter;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * GRPO on the probe suite: per step, {@code questionsPerStep} items, {@code groupSize} sampled
 * rollouts each (written as traces by {@link PolicyRollout}), scored by trace-model's
 * {@link CuriosityReward} (the reward is not reimplemented here), uniform groups dropped by
 * {@link GroupFilter}, then one Adam step on {@code −Σ advantage · log π(action sequence)} over the
 * kept rollouts. Each step's rollouts go to {@code rollouts/step-NNNNN.jsonl} in the studio rollouts
 * format with the recomputed reward terms, announced by a {@code rollouts} event, then its
 * {@code metrics}. The caller sends {@code start} and {@code end}.
 */
public final class GrpoTrainer {

    /** Folder of the run folder that step rollouts are written to. */
    public static final String ROLLOUTS_FOLDER = GrpoStep.ROLLOUTS_FOLDER;

    private final EngineEventLog events;

    public GrpoTrainer(EngineEventLog events) {
        this.events = Objects.requireNonNull(events, "events");
    }

    /**
     * Trains {@code policy} on {@code items} (images resolve against {@code mediaBase}, crops are
     * written under it); returns one result per step.
     */
    public List<RlStepResult> train(PixelPolicy policy, List<ProbeItem> items, Path mediaBase, RlSettings settings,
                                    Path runFolder) throws IOException {
        return train(policy, items, mediaBase, settings, runFolder, RlStepListener.NONE);
    }

    /**
     * As {@link #train(PixelPolicy, List, Path, RlSettings, Path)}, calling {@code listener} after
     * every step's update. To continue from SFT, {@link PixelPolicy#load} the SFT checkpoint into
     * {@code policy} first: the first step samples from exactly those parameters.
     */
    public List<RlStepResult> train(PixelPolicy policy, List<ProbeItem> items, Path mediaBase, RlSettings settings,
                                    Path runFolder, RlStepListener listener) throws IOException {
        Objects.requireNonNull(listener, "listener");
        if (items.isEmpty()) {
            throw new IllegalArgumentException("no probe items to train on");
        }
        PolicyRollout roller = new PolicyRollout(policy, mediaBase);
        Random random = new Random(settings.seed());
        List<ProbeItem> order = new ArrayList<>(items);
        Collections.shuffle(order, random);
        Map<String, BufferedImage> images = new HashMap<>();
        List<RlStepResult> results = new ArrayList<>();
        int next = 0;
        try (Trainer trainer = policy.model().newTrainer(GradientStep.adam(settings.learningRate()))) {
            GrpoStep<PolicyDecision> grpo = new GrpoStep<>(events, settings.reward(),
                    (rows, advantages) -> update(trainer, policy.network(), rows, advantages));
            for (int step = 1; step <= settings.steps(); step++) {
                List<RolloutGroup> groups = new ArrayList<>();
                Map<Rollout, List<PolicyDecision>> decisions = new IdentityHashMap<>();
                for (int q = 0; q < settings.questionsPerStep(); q++) {
                    ProbeItem item = order.get(next++ % order.size());
                    BufferedImage image = images.computeIfAbsent(item.image(), p -> read(mediaBase.resolve(p)));
                    List<Rollout> group = new ArrayList<>();
                    for (int g = 0; g < settings.groupSize(); g++) {
                        PolicyRollout.Outcome o = roller.run(item, image,
                                String.format("%s-s%05d-r%02d", item.id(), step, g), random);
                        Rollout r = EngineRollouts.of(item, step, g, o);
                        decisions.put(r, o.decisions());
                        group.add(r);
                    }
                    groups.add(new RolloutGroup(item.id(), step, group));
                }
                RlStepResult result = grpo.finish(step, groups, decisions, runFolder);
                results.add(result);
                listener.stepDone(result);
            }
        }
        return List.copyOf(results);
    }

    private static double update(Trainer trainer, PolicyNetwork net, List<PolicyDecision> rows, double[] advantages) {
        float[][] inputs = rows.stream().map(PolicyDecision::input).toArray(float[][]::new);
        return GradientStep.run(trainer, m -> PolicyNetwork.batch(m, inputs),
                out -> new NDArray[] {PolicyGradientLoss.loss(net, out, rows, advantages)})[0];
    }

    private static BufferedImage read(Path file) {
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null) {
                throw new IllegalArgumentException(file + ": not a readable image");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read probe image " + file, e);
        }
    }
}
