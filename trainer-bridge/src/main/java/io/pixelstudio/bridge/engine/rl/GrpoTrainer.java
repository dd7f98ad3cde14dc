package io.pixelstudio.bridge.engine.rl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import io.pixelstudio.bridge.engine.EngineEventLog;
import io.pixelstudio.bridge.engine.policy.PixelPolicy;
import io.pixelstudio.bridge.engine.policy.PolicyDecision;
import io.pixelstudio.bridge.engine.policy.PolicyNetwork;
import io.pixelstudio.bridge.engine.policy.PolicyRollout;
import io.pixelstudio.bridge.engine.probes.ProbeItem;
import io.pixelstudio.trace.rollout.Rollout;
import io.pixelstudio.trace.rollout.RolloutGroup;
import io.pixelstudio.trace.rollout.importer.StudioRolloutsFormat;
import io.pixelstudio.trace.rollout.reward.CuriosityReward;
import io.pixelstudio.trace.rollout.reward.GroupFilter;
import io.pixelstudio.trace.rollout.reward.GroupReward;
import io.pixelstudio.trace.rollout.reward.RewardBreakdown;

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
import java.util.OptionalDouble;
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
    public static final String ROLLOUTS_FOLDER = "rollouts";

    private final EngineEventLog events;
    private final StudioRolloutsFormat format = new StudioRolloutsFormat();

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
        CuriosityReward reward = new CuriosityReward(settings.reward());
        GroupFilter filter = new GroupFilter(settings.reward());
        PolicyRollout roller = new PolicyRollout(policy, mediaBase);
        Random random = new Random(settings.seed());
        List<ProbeItem> order = new ArrayList<>(items);
        Collections.shuffle(order, random);
        Map<String, BufferedImage> images = new HashMap<>();
        DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.l2Loss())
                .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(settings.learningRate())).build());
        List<RlStepResult> results = new ArrayList<>();
        int next = 0;
        try (Trainer trainer = policy.model().newTrainer(config)) {
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
                List<GroupReward> scored = reward.score(groups);
                List<GroupReward> kept = filter.kept(scored);
                double loss = kept.isEmpty() ? 0.0 : update(trainer, policy.network(), kept, decisions);
                Path file = runFolder.resolve(ROLLOUTS_FOLDER).resolve(String.format("step-%05d.jsonl", step));
                List<Rollout> written = withRewards(scored);
                format.write(file, written);
                events.rollouts(step, file.toAbsolutePath().toString(), written.size());
                RlStepResult result = summarize(step, loss, scored, filter, kept, file);
                events.metrics(step, result.metrics());
                results.add(result);
                listener.stepDone(result);
            }
        }
        return List.copyOf(results);
    }

    private static double update(Trainer trainer, PolicyNetwork net, List<GroupReward> kept,
                                 Map<Rollout, List<PolicyDecision>> decisions) {
        List<PolicyDecision> rows = new ArrayList<>();
        List<Double> advantages = new ArrayList<>();
        for (GroupReward group : kept) {
            for (RewardBreakdown b : group.breakdowns()) {
                for (PolicyDecision d : decisions.get(b.rollout())) {
                    rows.add(d);
                    advantages.add(b.advantage());
                }
            }
        }
        float[][] inputs = rows.stream().map(PolicyDecision::input).toArray(float[][]::new);
        try (NDManager manager = trainer.getManager().newSubManager()) {
            NDArray x = PolicyNetwork.batch(manager, inputs);
            float value;
            try (GradientCollector gc = trainer.newGradientCollector()) {
                NDArray out = trainer.forward(new NDList(x)).singletonOrThrow();
                NDArray loss = PolicyGradientLoss.loss(net, out, rows,
                        advantages.stream().mapToDouble(Double::doubleValue).toArray());
                gc.backward(loss);
                value = loss.getFloat();
            }
            trainer.step();
            return value;
        }
    }

    /** The rollouts with the recomputed reward as stored reward and its terms under {@code recorded}. */
    private static List<Rollout> withRewards(List<GroupReward> scored) {
        List<Rollout> out = new ArrayList<>();
        for (GroupReward group : scored) {
            for (RewardBreakdown b : group.breakdowns()) {
                Rollout r = b.rollout();
                out.add(new Rollout(r.qid(), r.step(), r.sample(), r.question(), r.video(), r.groundTruths(),
                        r.response(), r.lazyTrace(), r.correctness(), r.toolCalls(), r.toolFailures(),
                        OptionalDouble.of(b.total()), Map.of("curiosity", b.curiosity(), "penalty",
                        b.penalty(), "advantage", b.advantage())));
            }
        }
        return out;
    }

    private static RlStepResult summarize(long step, double loss, List<GroupReward> scored, GroupFilter filter,
                                          List<GroupReward> kept, Path file) {
        double total = 0, curiosity = 0, penalty = 0, correct = 0, operations = 0, rapr = 0;
        int n = 0;
        for (GroupReward group : scored) {
            rapr += group.rapr();
            for (RewardBreakdown b : group.breakdowns()) {
                total += b.total();
                curiosity += b.curiosity();
                penalty += b.penalty();
                correct += b.rollout().correctness() == 1 ? 1 : 0;
                operations += b.rollout().toolCalls();
                n++;
            }
        }
        int keptRollouts = kept.stream().mapToInt(g -> g.breakdowns().size()).sum();
        return new RlStepResult(step, loss, total / n, curiosity / n, penalty / n, rapr / scored.size(), correct / n,
                operations / n, filter.uniformShare(scored), keptRollouts, file.toString());
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
