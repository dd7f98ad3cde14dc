package io.pixelstudio.trace.rollout.reward;

import io.pixelstudio.trace.rollout.Rollout;
import io.pixelstudio.trace.rollout.RolloutGroup;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Recomputes the curiosity-driven reward and the group-relative advantages from raw rollouts, so the
 * studio can show every term and answer what-ifs without the trainer. Pure and cheap: a what-if is a
 * new instance with other {@link RewardParameters} applied to the same groups.
 */
public final class CuriosityReward {

    private final RewardParameters parameters;

    public CuriosityReward(RewardParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    /** A scorer with the profile's default parameters. */
    public static CuriosityReward of(RewardProfile profile) {
        return new CuriosityReward(profile.defaults());
    }

    public RewardParameters parameters() {
        return parameters;
    }

    /** Scores one group on its own (a batch of one: the index bug then reads the group's own flags). */
    public GroupReward score(RolloutGroup group) {
        return score(List.of(group)).get(0);
    }

    /**
     * Scores the groups of one generation batch, in order. The batch matters only when
     * {@link RewardParameters#reproduceFlagIndexBug()} is on: the reference then reads the
     * "ended after a failed call" flag of rollout {@code i} of every group from the {@code i}-th rollout
     * of the whole batch.
     */
    public List<GroupReward> score(List<RolloutGroup> batch) {
        Objects.requireNonNull(batch, "batch");
        List<Rollout> flat = batch.stream().flatMap(g -> g.rollouts().stream()).toList();
        List<GroupReward> out = new ArrayList<>(batch.size());
        for (RolloutGroup group : batch) {
            out.add(scoreGroup(group, flat));
        }
        return out;
    }

    private GroupReward scoreGroup(RolloutGroup group, List<Rollout> batchRollouts) {
        double rapr = group.rapr();
        List<Rollout> rollouts = group.rollouts();
        int size = rollouts.size();
        double[] correctness = new double[size];
        double[] curiosity = new double[size];
        double[] penalty = new double[size];
        double[] total = new double[size];
        boolean[] zeroed = new boolean[size];
        boolean[] foreignFlag = new boolean[size];
        for (int i = 0; i < size; i++) {
            Rollout rollout = rollouts.get(i);
            double term = rollout.correctness() < 0 ? parameters.unparsableAnswerReward() : rollout.correctness();
            if (parameters.zeroCorrectAfterFailedCall() && term > 0.5) {
                Rollout flagSource = parameters.reproduceFlagIndexBug() && i < batchRollouts.size()
                        ? batchRollouts.get(i) : rollout;
                if (flagSource.endedAfterFailedCall()) {
                    term = 0.0;
                    zeroed[i] = true;
                    foreignFlag[i] = flagSource != rollout;
                }
            }
            correctness[i] = term;
            if (rollout.usedOperation()) {
                curiosity[i] = curiosity(rapr, rollout.video());
                penalty[i] = penalty(rollout.toolCalls());
            }
            total[i] = term + (curiosity[i] + penalty[i]);
        }
        double mean = mean(total);
        double deviation = 0;
        for (double r : total) {
            deviation += Math.abs(r - mean);
        }
        deviation /= size;
        double scale = parameters.normalizeAdvantageByStd() ? sampleStd(total, mean) + 1e-9 : 1.0;
        List<RewardBreakdown> breakdowns = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            breakdowns.add(new RewardBreakdown(rollouts.get(i), correctness[i], curiosity[i], penalty[i], total[i],
                    (total[i] - mean) / scale, zeroed[i], foreignFlag[i]));
        }
        return new GroupReward(group, rapr, mean, deviation, breakdowns);
    }

    private double curiosity(double rapr, boolean video) {
        double bonus = Math.max(parameters.curiosityThreshold() - rapr, 0.0);
        bonus /= video ? parameters.videoCuriosityDivisor() : parameters.imageCuriosityDivisor();
        if (parameters.divideCuriosityByRapr()) {
            bonus /= rapr;
        }
        return parameters.curiosityWeight() * bonus;
    }

    private double penalty(int calls) {
        double over = calls - parameters.operationBudget();
        if (parameters.clampPenaltyAtBudget()) {
            over = Math.max(over, 0.0);
        }
        return over == 0 ? 0.0 : -parameters.penaltyWeight() * over;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double sampleStd(double[] values, double mean) {
        if (values.length < 2) {
            return 0.0;
        }
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / (values.length - 1));
    }
}
