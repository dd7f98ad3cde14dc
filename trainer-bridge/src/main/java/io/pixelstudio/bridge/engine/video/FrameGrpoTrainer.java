package io.pixelstudio.bridge.engine.video;

import ai.djl.ndarray.NDArray;
import ai.djl.training.Trainer;
import io.pixelstudio.bridge.engine.EngineEventLog;
import io.pixelstudio.bridge.engine.GradientStep;
import io.pixelstudio.bridge.engine.probes.VideoProbeItem;
import io.pixelstudio.bridge.engine.rl.EngineRollouts;
import io.pixelstudio.bridge.engine.rl.GrpoStep;
import io.pixelstudio.bridge.engine.rl.RlSettings;
import io.pixelstudio.bridge.engine.rl.RlStepListener;
import io.pixelstudio.bridge.engine.rl.RlStepResult;
import io.pixelstudio.trace.media.ImageLoader;
import io.pixelstudio.trace.rollout.Rollout;
import io.pixelstudio.trace.rollout.RolloutGroup;
import io.pixelstudio.trace.rollout.reward.CuriosityReward;
import io.pixelstudio.trace.rollout.reward.GroupFilter;

import java.awt.image.BufferedImage;
import java.io.IOException;
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
 * GRPO on the video probes, the image engine's loop for the frame policy: per step,
 * {@code questionsPerStep} videos, {@code groupSize} sampled rollouts each (ordinary traces written
 * by {@link FrameRollout}), scored by trace-model's {@link CuriosityReward} (RaPR = share of a
 * group that selected frames), uniform groups dropped by {@link GroupFilter}, one Adam step on
 * {@link FrameGradientLoss}. Each step's rollouts go to {@code rollouts/step-NNNNN.jsonl} in the
 * studio rollouts format (reward terms under {@code recorded}), announced by a {@code rollouts}
 * event, then its {@code metrics}. The caller sends {@code start} and {@code end}.
 */
public final class FrameGrpoTrainer {

    private final EngineEventLog events;
    private final ImageLoader loader = new ImageLoader();

    public FrameGrpoTrainer(EngineEventLog events) {
        this.events = Objects.requireNonNull(events, "events");
    }

    /** Trains {@code policy} on {@code items} (frames resolve against {@code mediaBase}); one result per step. */
    public List<RlStepResult> train(FramePolicy policy, List<VideoProbeItem> items, Path mediaBase,
                                    RlSettings settings, Path runFolder) throws IOException {
        return train(policy, items, mediaBase, settings, runFolder, RlStepListener.NONE);
    }

    /**
     * As {@link #train(FramePolicy, List, Path, RlSettings, Path)}, calling {@code listener} after each
     * step's update and events (checkpoints, evaluations during RL).
     */
    public List<RlStepResult> train(FramePolicy policy, List<VideoProbeItem> items, Path mediaBase,
                                    RlSettings settings, Path runFolder, RlStepListener listener) throws IOException {
        Objects.requireNonNull(listener, "listener");
        if (items.isEmpty()) {
            throw new IllegalArgumentException("no video probes to train on");
        }
        FrameRollout roller = new FrameRollout(policy, mediaBase);
        Random random = new Random(settings.seed());
        List<VideoProbeItem> order = new ArrayList<>(items);
        Collections.shuffle(order, random);
        Map<String, List<BufferedImage>> videos = new HashMap<>();
        List<RlStepResult> results = new ArrayList<>();
        int next = 0;
        try (Trainer trainer = policy.model().newTrainer(GradientStep.adam(settings.learningRate()))) {
            GrpoStep<FrameDecision> grpo = new GrpoStep<>(events, settings.reward(),
                    (rows, advantages) -> update(trainer, policy.network(), rows, advantages));
            for (int step = 1; step <= settings.steps(); step++) {
                List<RolloutGroup> groups = new ArrayList<>();
                Map<Rollout, List<FrameDecision>> decisions = new IdentityHashMap<>();
                for (int q = 0; q < settings.questionsPerStep(); q++) {
                    VideoProbeItem item = order.get(next++ % order.size());
                    List<BufferedImage> frames = videos.get(item.id());
                    if (frames == null) {
                        frames = load(item, mediaBase);
                        videos.put(item.id(), frames);
                    }
                    List<Rollout> group = new ArrayList<>();
                    for (int g = 0; g < settings.groupSize(); g++) {
                        FrameRollout.Outcome o = roller.run(item, frames,
                                String.format("%s-s%05d-r%02d", item.id(), step, g), random);
                        Rollout r = EngineRollouts.of(item.id(), item.question(), item.answer(), true, step, g,
                                o.trace(), o.answer());
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

    private List<BufferedImage> load(VideoProbeItem item, Path mediaBase) throws IOException {
        List<BufferedImage> frames = new ArrayList<>();
        for (String f : item.frames()) {
            frames.add(loader.load(mediaBase.resolve(f)));
        }
        return frames;
    }

    private static double update(Trainer trainer, FrameNetwork net, List<FrameDecision> rows, double[] advantages) {
        float[][] inputs = rows.stream().map(FrameDecision::input).toArray(float[][]::new);
        return GradientStep.run(trainer, m -> FrameNetwork.batch(m, inputs),
                out -> new NDArray[] {FrameGradientLoss.loss(net, out, rows, advantages)})[0];
    }
}
