package io.pixelstudio.bridge.engine.video;

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
import io.pixelstudio.bridge.engine.probes.VideoProbeItem;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.media.ImageLoader;
import io.pixelstudio.trace.ops.ToolCallParser;
import io.pixelstudio.trace.rollout.Rollout;
import io.pixelstudio.trace.rollout.RolloutGroup;
import io.pixelstudio.trace.rollout.importer.StudioRolloutsFormat;
import io.pixelstudio.trace.rollout.reward.CuriosityReward;
import io.pixelstudio.trace.rollout.reward.GroupFilter;
import io.pixelstudio.trace.rollout.reward.GroupReward;
import io.pixelstudio.trace.rollout.reward.RewardBreakdown;

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
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.stream.Collectors;

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

    /** Folder of the run folder that step rollouts are written to. */
    public static final String ROLLOUTS_FOLDER = "rollouts";

    private final EngineEventLog events;
    private final StudioRolloutsFormat format = new StudioRolloutsFormat();
    private final ImageLoader loader = new ImageLoader();

    public FrameGrpoTrainer(EngineEventLog events) {
        this.events = Objects.requireNonNull(events, "events");
    }

    /** Trains {@code policy} on {@code items} (frames resolve against {@code mediaBase}); one result per step. */
    public List<FrameRlStep> train(FramePolicy policy, List<VideoProbeItem> items, Path mediaBase,
                                   FrameRlSettings settings, Path runFolder) throws IOException {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("no video probes to train on");
        }
        CuriosityReward reward = new CuriosityReward(settings.reward());
        GroupFilter filter = new GroupFilter(settings.reward());
        FrameRollout roller = new FrameRollout(policy, mediaBase);
        Random random = new Random(settings.seed());
        List<VideoProbeItem> order = new ArrayList<>(items);
        Collections.shuffle(order, random);
        Map<String, List<BufferedImage>> videos = new HashMap<>();
        DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.l2Loss())
                .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(settings.learningRate())).build());
        List<FrameRlStep> results = new ArrayList<>();
        int next = 0;
        try (Trainer trainer = policy.model().newTrainer(config)) {
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
                        Rollout r = rollout(item, step, g, o);
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
                FrameRlStep result = summarize(step, loss, scored, filter, kept, file);
                events.metrics(step, result.metrics());
                results.add(result);
            }
        }
        return List.copyOf(results);
    }

    /**
     * A written rollout as trace-model's {@link Rollout}: tool calls counted as the reference counts
     * them (assistant turns ending in {@code </tool_call>}), correctness from the probe's answer.
     */
    static Rollout rollout(VideoProbeItem item, int step, int sample, FrameRollout.Outcome o) {
        List<Turn> assistant = o.trace().turns().stream().filter(t -> t.role() == Role.ASSISTANT).toList();
        int calls = (int) assistant.stream().filter(t -> ToolCallParser.triggersExecution(t.text())).count();
        String response = assistant.stream().map(Turn::text).collect(Collectors.joining("\n"));
        return new Rollout(item.id(), step, sample, item.question(), true, List.of(item.answer()), response,
                Optional.of(o.trace()), item.answer().equals(o.answer()) ? 1 : 0, calls, 0, OptionalDouble.empty(),
                Map.of());
    }

    private List<BufferedImage> load(VideoProbeItem item, Path mediaBase) throws IOException {
        List<BufferedImage> frames = new ArrayList<>();
        for (String f : item.frames()) {
            frames.add(loader.load(mediaBase.resolve(f)));
        }
        return frames;
    }

    private static double update(Trainer trainer, FrameNetwork net, List<GroupReward> kept,
                                 Map<Rollout, List<FrameDecision>> decisions) {
        List<FrameDecision> rows = new ArrayList<>();
        List<Double> advantages = new ArrayList<>();
        for (GroupReward group : kept) {
            for (RewardBreakdown b : group.breakdowns()) {
                for (FrameDecision d : decisions.get(b.rollout())) {
                    rows.add(d);
                    advantages.add(b.advantage());
                }
            }
        }
        float[][] inputs = rows.stream().map(FrameDecision::input).toArray(float[][]::new);
        try (NDManager manager = trainer.getManager().newSubManager()) {
            NDArray x = FrameNetwork.batch(manager, inputs);
            float value;
            try (GradientCollector gc = trainer.newGradientCollector()) {
                NDArray out = trainer.forward(new NDList(x)).singletonOrThrow();
                NDArray loss = FrameGradientLoss.loss(net, out, rows,
                        advantages.stream().mapToDouble(Double::doubleValue).toArray());
                gc.backward(loss);
                value = loss.getFloat();
            }
            trainer.step();
            return value;
        }
    }

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

    private static FrameRlStep summarize(long step, double loss, List<GroupReward> scored, GroupFilter filter,
                                         List<GroupReward> kept, Path file) {
        double total = 0;
        double curiosity = 0;
        double penalty = 0;
        double correct = 0;
        double operations = 0;
        double rapr = 0;
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
        return new FrameRlStep(step, loss, total / n, curiosity / n, penalty / n, rapr / scored.size(), correct / n,
                operations / n, filter.uniformShare(scored), keptRollouts, file.toString());
    }
}
