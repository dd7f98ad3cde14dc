package io.pixelstudio.bridge.engine.rl;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import io.pixelstudio.bridge.engine.TestEngines;
import io.pixelstudio.bridge.engine.policy.PolicyDecision;
import io.pixelstudio.bridge.engine.policy.PolicyInput;
import io.pixelstudio.bridge.engine.policy.PolicyNetwork;
import io.pixelstudio.trace.rollout.Rollout;
import io.pixelstudio.trace.rollout.RolloutGroup;
import io.pixelstudio.trace.rollout.reward.CuriosityReward;
import io.pixelstudio.trace.rollout.reward.GroupFilter;
import io.pixelstudio.trace.rollout.reward.GroupReward;
import io.pixelstudio.trace.rollout.reward.RewardParameters;
import io.pixelstudio.trace.rollout.reward.RewardProfile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CuriosityAdvantageGradientTest {

    private static final PolicyNetwork NET = new PolicyNetwork(16, 10);

    /** Group of 8: sample 0 zooms once and is wrong, sample 1 answers directly and is right, the rest answer wrong. */
    private static RolloutGroup group() {
        List<Rollout> rollouts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            rollouts.add(new Rollout("q", 1, i, "What digit?", false, List.of("7"), "r" + i, Optional.empty(),
                    i == 1 ? 1 : 0, i == 0 ? 1 : 0, 0, OptionalDouble.empty(), Map.of()));
        }
        return new RolloutGroup("q", 1, rollouts);
    }

    @Test
    void theCuriosityBonusTurnsTheLoneZoomersAdvantagePositive() {
        RewardParameters on = RewardProfile.REFERENCE_CODE.defaults();
        GroupReward with = new CuriosityReward(on).score(group());
        GroupReward without = new CuriosityReward(on.withCuriosityWeight(0)).score(group());
        // RaPR 1/8: curiosity 0.25 * (0.3 - 0.125) / 2 / 0.125 = 0.175; group means 1.175/8 and 1/8
        assertThat(with.breakdowns().get(0).curiosity()).isCloseTo(0.175, within(1e-12));
        assertThat(with.breakdowns().get(0).advantage()).isCloseTo(0.175 - 1.175 / 8, within(1e-12)).isPositive();
        assertThat(without.breakdowns().get(0).advantage()).isCloseTo(-0.125, within(1e-12));
        assertThat(new GroupFilter(on).kept(List.of(with, without))).hasSize(2);
    }

    @Test
    void theZoomLogitsGradientFollowsTheAdvantagesSign() {
        double withBonus = zoomLogitGradient(new CuriosityReward(RewardProfile.REFERENCE_CODE.defaults()));
        double withoutBonus = zoomLogitGradient(
                new CuriosityReward(RewardProfile.REFERENCE_CODE.defaults().withCuriosityWeight(0)));
        // descent raises the zoom logit when the gradient is negative
        assertThat(withBonus).isNegative();
        assertThat(withoutBonus).isPositive();
        // at uniform logits p(zoom) = 1/2: d(−A log p)/d logit = −A (1 − p)
        assertThat(withBonus).isCloseTo(-(0.175 - 1.175 / 8) / 2, within(1e-6));
        assertThat(withoutBonus).isCloseTo(0.125 / 2, within(1e-6));
    }

    @Test
    void theLossIsMinusTheAdvantageWeightedLogProbabilityOfTheSampledOutputs() {
        try (NDManager m = TestEngines.runtime().newManager()) {
            NDArray out = m.zeros(new Shape(2, NET.outputs()));
            List<PolicyDecision> steps = List.of(decision(PolicyNetwork.ACTION_ZOOM, 3, -1),
                    decision(-1, -1, 4));
            float loss = PolicyGradientLoss.loss(NET, out, steps, new double[]{2, 2}).getFloat();
            double logp = Math.log(0.5) + Math.log(1 / 16.0) + Math.log(1 / 10.0);
            assertThat((double) loss).isCloseTo(-2 * logp, within(1e-4));
        }
    }

    private static double zoomLogitGradient(CuriosityReward reward) {
        double advantage = reward.score(group()).breakdowns().get(0).advantage();
        try (NDManager m = TestEngines.runtime().newManager()) {
            NDArray out = m.zeros(new Shape(2, NET.outputs()));
            out.setRequiresGradient(true);
            List<PolicyDecision> zoomer = List.of(decision(PolicyNetwork.ACTION_ZOOM, 5, -1),
                    decision(PolicyNetwork.ACTION_ANSWER, -1, 2));
            try (GradientCollector gc = Engine.getEngine(io.pixelstudio.bridge.engine.DjlRuntime.ENGINE_NAME)
                    .newGradientCollector()) {
                gc.backward(PolicyGradientLoss.loss(NET, out, zoomer, new double[]{advantage, advantage}));
            }
            return out.getGradient().getFloat(0, PolicyNetwork.ACTION_ZOOM);
        }
    }

    private static PolicyDecision decision(int action, int cell, int answer) {
        return new PolicyDecision(new float[PolicyInput.CHANNELS], action, cell, answer);
    }
}
