package io.pixelstudio.bridge.engine.rl;

import io.pixelstudio.bridge.engine.EngineEventLog;
import io.pixelstudio.trace.rollout.Rollout;
import io.pixelstudio.trace.rollout.RolloutGroup;
import io.pixelstudio.trace.rollout.importer.StudioRolloutsFormat;
import io.pixelstudio.trace.rollout.reward.CuriosityReward;
import io.pixelstudio.trace.rollout.reward.GroupFilter;
import io.pixelstudio.trace.rollout.reward.GroupReward;
import io.pixelstudio.trace.rollout.reward.RewardBreakdown;
import io.pixelstudio.trace.rollout.reward.RewardParameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The policy-independent half of a GRPO step, shared by the image and the video engine: score the
 * step's groups with trace-model's {@link CuriosityReward}, drop uniform groups with
 * {@link GroupFilter}, let the caller update on the kept ones, write the rollouts with their
 * recomputed reward terms to {@code rollouts/step-NNNNN.jsonl}, announce them with a
 * {@code rollouts} event, then send the step's {@code metrics}.
 *
 * @param <D> what a policy recorded per decision of a rollout (the gradient's rows)
 */
public final class GrpoStep<D> {

    /** Folder of the run folder that step rollouts are written to. */
    public static final String ROLLOUTS_FOLDER = "rollouts";

    /** The gradient update on the kept groups' decisions; returns the loss. */
    @FunctionalInterface
    public interface Update<D> {
        /**
         * @param rows       every decision of every kept rollout, in group and rollout order
         * @param advantages the advantage of the rollout each row belongs to
         */
        double apply(List<D> rows, double[] advantages);
    }

    private final EngineEventLog events;
    private final CuriosityReward reward;
    private final GroupFilter filter;
    private final Update<D> update;
    private final StudioRolloutsFormat format = new StudioRolloutsFormat();

    public GrpoStep(EngineEventLog events, RewardParameters parameters, Update<D> update) {
        this.events = Objects.requireNonNull(events, "events");
        this.reward = new CuriosityReward(Objects.requireNonNull(parameters, "parameters"));
        this.filter = new GroupFilter(parameters);
        this.update = Objects.requireNonNull(update, "update");
    }

    /**
     * Scores, updates on, writes and reports step {@code step}'s {@code groups}; {@code decisions}
     * holds each rollout's decisions by identity.
     */
    public RlStepResult finish(int step, List<RolloutGroup> groups, Map<Rollout, List<D>> decisions,
                               Path runFolder) throws IOException {
        List<GroupReward> scored = reward.score(groups);
        List<GroupReward> kept = filter.kept(scored);
        double loss = kept.isEmpty() ? 0.0 : update(kept, decisions);
        Path file = runFolder.resolve(ROLLOUTS_FOLDER).resolve(String.format("step-%05d.jsonl", step));
        List<Rollout> written = withRewards(scored);
        format.write(file, written);
        events.rollouts(step, file.toAbsolutePath().toString(), written.size());
        RlStepResult result = summarize(step, loss, scored, kept, file);
        events.metrics(step, result.metrics());
        return result;
    }

    private double update(List<GroupReward> kept, Map<Rollout, List<D>> decisions) {
        List<D> rows = new ArrayList<>();
        List<Double> advantages = new ArrayList<>();
        for (GroupReward group : kept) {
            for (RewardBreakdown b : group.breakdowns()) {
                for (D d : decisions.get(b.rollout())) {
                    rows.add(d);
                    advantages.add(b.advantage());
                }
            }
        }
        return update.apply(rows, advantages.stream().mapToDouble(Double::doubleValue).toArray());
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

    private RlStepResult summarize(long step, double loss, List<GroupReward> scored, List<GroupReward> kept,
                                   Path file) {
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
}
