package io.pixelstudio.trace.rollout.reward;

import io.pixelstudio.trace.rollout.Rollout;
import io.pixelstudio.trace.rollout.RolloutGroup;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;

import static io.pixelstudio.trace.rollout.RolloutFixtures.rollout;
import static io.pixelstudio.trace.rollout.RolloutFixtures.video;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CuriosityRewardPropertiesTest {

    @Provide
    Arbitrary<RolloutGroup> groups() {
        Arbitrary<Rollout> one = Combinators.combine(
                Arbitraries.of(-1.0, 0.0, 1.0), Arbitraries.integers().between(0, 4), Arbitraries.of(false, true))
                .as((c, calls, isVideo) -> {
                    Rollout r = rollout("q", 0, 0, c, calls);
                    return isVideo ? video(r) : r;
                });
        return one.list().ofMinSize(1).ofMaxSize(16).map(rs -> new RolloutGroup("q", 0, new ArrayList<>(rs)));
    }

    @Provide
    Arbitrary<RewardParameters> parameters() {
        return Combinators.combine(Arbitraries.of(RewardProfile.values()),
                        Arbitraries.doubles().between(0.0, 1.0), Arbitraries.of(false, true))
                .as((p, h, std) -> p.defaults().withCuriosityThreshold(h).withNormalizeAdvantageByStd(std));
    }

    @Property
    void advantagesSumToZero(@ForAll("groups") RolloutGroup group, @ForAll("parameters") RewardParameters parameters) {
        GroupReward g = new CuriosityReward(parameters).score(group);
        double sum = g.breakdowns().stream().mapToDouble(RewardBreakdown::advantage).sum();
        assertThat(sum).isCloseTo(0.0, within(1e-6));
    }

    @Property
    void noCuriosityWhenRaprReachesTheThreshold(@ForAll("groups") RolloutGroup group,
                                                @ForAll("parameters") RewardParameters parameters) {
        GroupReward g = new CuriosityReward(parameters).score(group);
        List<RewardBreakdown> bs = g.breakdowns();
        if (g.rapr() >= parameters.curiosityThreshold()) {
            assertThat(bs).allSatisfy(b -> assertThat(b.curiosity()).isZero());
        } else {
            assertThat(bs).allSatisfy(b -> assertThat(b.curiosity() > 0).isEqualTo(b.rollout().usedOperation()));
        }
    }
}
