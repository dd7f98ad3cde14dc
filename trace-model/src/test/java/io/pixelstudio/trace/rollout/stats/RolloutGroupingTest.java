package io.pixelstudio.trace.rollout.stats;

import io.pixelstudio.trace.rollout.Rollout;
import io.pixelstudio.trace.rollout.RolloutGroup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.pixelstudio.trace.rollout.RolloutFixtures.rollout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RolloutGroupingTest {

    @Test
    void groupsByQidAndStepInOrderOfFirstAppearance() {
        Rollout b1 = rollout("b", 2, 0, 1, 0);
        Rollout a1 = rollout("a", 2, 0, 0, 1);
        Rollout b2 = rollout("b", 2, 1, 0, 0);
        Rollout a3 = rollout("a", 3, 0, 1, 0);
        Rollout a2 = rollout("a", 2, 1, 1, 2);

        List<RolloutGroup> groups = RolloutGrouping.group(List.of(b1, a1, b2, a3, a2));

        assertThat(groups).extracting(RolloutGroup::qid, RolloutGroup::step)
                .containsExactly(tuple("b", 2), tuple("a", 2),
                        tuple("a", 3));
        assertThat(groups.get(0).rollouts()).containsExactly(b1, b2);
        assertThat(groups.get(1).rollouts()).containsExactly(a1, a2);
        assertThat(groups.get(2).rollouts()).containsExactly(a3);
    }

    @Test
    void noRolloutsGiveNoGroups() {
        assertThat(RolloutGrouping.group(List.of())).isEmpty();
    }
}
