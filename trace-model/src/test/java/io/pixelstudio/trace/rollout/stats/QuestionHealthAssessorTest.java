package io.pixelstudio.trace.rollout.stats;

import io.pixelstudio.trace.rollout.RolloutGroup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.pixelstudio.trace.rollout.RolloutFixtures.group;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class QuestionHealthAssessorTest {

    private final QuestionHealthAssessor assessor = new QuestionHealthAssessor(0.3);

    /** A group of four: {@code used} of them call an operation, {@code right} of them are correct. */
    private static RolloutGroup g(String qid, int step, int used, int right) {
        double[] correctness = new double[4];
        int[] calls = new int[4];
        for (int i = 0; i < 4; i++) {
            correctness[i] = i < right ? 1 : 0;
            calls[i] = i < used ? 1 : 0;
        }
        return group(qid, step, correctness, calls);
    }

    private QuestionHealth only(RolloutGroup... groups) {
        List<QuestionHealth> health = assessor.assess(List.of(groups));
        assertThat(health).hasSize(1);
        return health.get(0);
    }

    @Test
    void raprThatFellBelowTheThresholdAndStayedThereIsACollapse() {
        QuestionHealth q = only(g("q", 0, 2, 1), g("q", 1, 1, 1), g("q", 2, 1, 2));

        assertThat(q.collapsed()).isTrue();
        assertThat(q.firstRapr()).isEqualTo(0.5);
        assertThat(q.lastRapr()).isEqualTo(0.25);
        assertThat(q.steps()).extracting(QuestionHealth.Point::rapr).containsExactly(0.5, 0.25, 0.25);
    }

    @Test
    void raprThatWasNeverAtTheThresholdHasNotCollapsed() {
        assertThat(only(g("q", 0, 1, 1), g("q", 1, 1, 1)).collapsed()).isFalse();
    }

    @Test
    void raprThatEndsAtZeroAfterBeingAboveZeroHasCollapsedEvenBelowTheThreshold() {
        assertThat(only(g("q", 0, 1, 1), g("q", 1, 0, 1)).collapsed()).isTrue();
    }

    @Test
    void raprThatRecoveredHasNotCollapsed() {
        assertThat(only(g("q", 0, 2, 1), g("q", 1, 1, 1), g("q", 2, 2, 1)).collapsed()).isFalse();
    }

    @Test
    void oneStepIsNeverACollapse() {
        assertThat(only(g("q", 0, 0, 1)).collapsed()).isFalse();
    }

    @Test
    void allFailLooksAtTheLatestStepOnly() {
        QuestionHealth forgotten = only(g("q", 0, 2, 4), g("q", 1, 2, 0));
        QuestionHealth learnt = only(g("q", 0, 2, 0), g("q", 1, 2, 1));

        assertThat(forgotten.allFail()).isTrue();
        assertThat(learnt.allFail()).isFalse();
    }

    @Test
    void accuracyIsOverEveryRolloutOfTheQuestionAndStepsAreAscending() {
        QuestionHealth q = only(g("q", 5, 2, 3), g("q", 2, 2, 1));

        assertThat(q.accuracy()).isCloseTo(4 / 8.0, within(1e-12));
        assertThat(q.steps()).extracting(QuestionHealth.Point::step).containsExactly(2, 5);
        assertThat(q.steps()).extracting(QuestionHealth.Point::accuracy).containsExactly(0.25, 0.75);
        assertThat(q.lastStep()).isEqualTo(5);
    }

    @Test
    void questionsComeInOrderOfTheirFirstGroupWithTheThresholdApplied() {
        QuestionHealthAssessor strict = new QuestionHealthAssessor(0.6);
        List<QuestionHealth> health = strict.assess(List.of(g("b", 0, 2, 1), g("a", 0, 3, 1), g("b", 1, 2, 1),
                g("a", 1, 2, 1)));

        assertThat(health).extracting(QuestionHealth::qid).containsExactly("b", "a");
        assertThat(health.get(0).collapsed()).as("0.5 → 0.5 never reached 0.6").isFalse();
        assertThat(health.get(1).collapsed()).as("0.75 → 0.5 fell below 0.6").isTrue();
    }
}
