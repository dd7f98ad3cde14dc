package io.pixelstudio.app.rollouts;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.app.studio.task.BackgroundTasks;
import io.pixelstudio.app.studio.task.CurrentThreadTasks;
import io.pixelstudio.app.studio.task.TaskHandle;
import io.pixelstudio.trace.progress.ProgressListener;
import io.pixelstudio.trace.rollout.Rollout;
import io.pixelstudio.trace.rollout.RolloutGroup;
import io.pixelstudio.trace.rollout.importer.RolloutImporters;
import io.pixelstudio.trace.rollout.importer.StudioRolloutsFormat;
import io.pixelstudio.trace.rollout.reward.CuriosityReward;
import io.pixelstudio.trace.rollout.reward.GroupReward;
import io.pixelstudio.trace.rollout.reward.RewardParameters;
import io.pixelstudio.trace.rollout.reward.RewardProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RolloutsViewModelTest {

    @TempDir
    Path dir;

    private final Messages messages = Messages.load();

    private static Rollout rollout(String qid, int step, int sample, double correctness, int calls, Double stored) {
        return new Rollout(qid, step, sample, qid.equals("q-cat") ? "What colour is the cat?" : "How many cars?",
                false, List.of("A"), "answer \\boxed{A}", Optional.empty(), correctness, calls, 0,
                stored == null ? OptionalDouble.empty() : OptionalDouble.of(stored), Map.of());
    }

    /**
     * q-cat: step 1 RaPR 0.5 (two users, both right), step 2 RaPR 0.25 (one user, right): collapsed at H 0.3.
     * q-car: step 2 only, RaPR 0.5, nobody right: all fail. Stored rewards follow the reference code except
     * q-cat step 1 sample 3.
     */
    private Path dump() throws Exception {
        List<Rollout> rollouts = List.of(
                rollout("q-cat", 1, 0, 1, 1, 1.0), rollout("q-cat", 1, 1, 1, 2, 0.95),
                rollout("q-cat", 1, 2, 0, 0, 0.0), rollout("q-cat", 1, 3, 0, 0, 0.5),
                rollout("q-cat", 2, 0, 1, 1, 1.025), rollout("q-cat", 2, 1, 0, 0, 0.0),
                rollout("q-cat", 2, 2, 0, 0, 0.0), rollout("q-cat", 2, 3, 1, 0, 1.0),
                rollout("q-car", 2, 0, 0, 1, null), rollout("q-car", 2, 1, 0, 0, null));
        Path file = dir.resolve("hand.jsonl");
        new StudioRolloutsFormat().write(file, rollouts);
        return file;
    }

    private RolloutsViewModel loaded(BackgroundTasks tasks) throws Exception {
        RolloutsViewModel model = new RolloutsViewModel(tasks, new DumpLoader(new RolloutImporters(0)), messages);
        model.load(dump());
        return model;
    }

    @Test
    void loadingGroupsTheDumpPicksTheProfileThatReproducesItAndShowsTheFirstQuestionsLatestStep() throws Exception {
        RolloutsViewModel model = loaded(new CurrentThreadTasks());

        LoadedDump dump = model.dumpProperty().get();
        assertThat(dump.groups()).extracting(RolloutGroup::qid, RolloutGroup::step)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("q-cat", 1), org.assertj.core.groups.Tuple.tuple("q-cat", 2),
                        org.assertj.core.groups.Tuple.tuple("q-car", 2));
        assertThat(dump.profile().profile()).isEqualTo(RewardProfile.REFERENCE_CODE);
        assertThat(dump.profile().matched()).isEqualTo(7);
        assertThat(dump.profile().compared()).isEqualTo(8);
        assertThat(model.questions()).extracting(QuestionRow::qid).containsExactly("q-cat", "q-car");
        assertThat(model.selectedQuestionProperty().get().qid()).isEqualTo("q-cat");
        assertThat(model.steps()).containsExactly(1, 2);
        assertThat(model.selectedStepProperty().get()).isEqualTo(2);
        assertThat(model.cards()).hasSize(4);
    }

    @Test
    void cardsCarryTheRecomputedTermsOfTheChosenGroupAndMarkStoredDisagreements() throws Exception {
        RolloutsViewModel model = loaded(new CurrentThreadTasks());
        model.selectedStepProperty().set(1);

        RolloutGroup group = model.selectedGroup();
        GroupReward expected = CuriosityReward.of(RewardProfile.REFERENCE_CODE).score(group);
        assertThat(model.cards()).extracting(c -> c.breakdown().total())
                .containsExactlyElementsOf(expected.breakdowns().stream().map(b -> b.total()).toList());
        assertThat(model.cards()).extracting(c -> c.breakdown().advantage())
                .containsExactlyElementsOf(expected.breakdowns().stream().map(b -> b.advantage()).toList());
        assertThat(model.cards().get(1).breakdown().penalty()).isCloseTo(-0.05, within(1e-12));
        assertThat(model.cards()).extracting(RolloutCard::storedDisagrees).containsExactly(false, false, false, true);
        assertThat(model.cards()).extracting(RolloutCard::answer).containsOnly("A");
    }

    @Test
    void theFlagsFilterTheQuestionListAndTheTextFilterMatchesQidAndQuestion() throws Exception {
        RolloutsViewModel model = loaded(new CurrentThreadTasks());

        assertThat(model.allQuestions()).extracting(r -> r.health().collapsed()).containsExactly(true, false);
        assertThat(model.allQuestions()).extracting(r -> r.health().allFail()).containsExactly(false, true);
        model.collapsedOnlyProperty().set(true);
        assertThat(model.questions()).extracting(QuestionRow::qid).containsExactly("q-cat");
        model.collapsedOnlyProperty().set(false);
        model.allFailOnlyProperty().set(true);
        assertThat(model.questions()).extracting(QuestionRow::qid).containsExactly("q-car");
        model.allFailOnlyProperty().set(false);
        model.filterTextProperty().set("CARS how");
        assertThat(model.questions()).extracting(QuestionRow::qid).containsExactly("q-car");
        model.filterTextProperty().set("q-cat");
        assertThat(model.questions()).extracting(QuestionRow::qid).containsExactly("q-cat");
    }

    @Test
    void aWhatIfRescoresEveryGroupKeepsTheSelectionAndCountsAdvantageSignChanges() throws Exception {
        RolloutsViewModel model = loaded(new CurrentThreadTasks());
        model.selectedStepProperty().set(1);
        RewardParameters wanted = RewardParameters.REFERENCE_CODE.withCuriosityThreshold(0.6);

        model.parametersProperty().set(wanted);

        assertThat(model.scoringProperty().get().parameters()).isEqualTo(wanted);
        assertThat(model.selectedQuestionProperty().get().qid()).isEqualTo("q-cat");
        assertThat(model.selectedStepProperty().get()).isEqualTo(1);
        // q-cat step 1: RaPR 0.5, curiosity 0.25 · (0.6 − 0.5) / 2 / 0.5 = 0.025 for the two tool users
        assertThat(model.cards()).extracting(c -> c.breakdown().curiosity())
                .satisfiesExactly(c -> assertThat(c).isCloseTo(0.025, within(1e-12)),
                        c -> assertThat(c).isCloseTo(0.025, within(1e-12)), c -> assertThat(c).isZero(),
                        c -> assertThat(c).isZero());
        // q-car: totals 0, 0 (advantages 0, 0) become 0.025, 0 (advantages +, −); q-cat's signs stay
        assertThat(model.signChangesProperty().get()).isEqualTo(2);
        // with H 0.6, q-cat's 0.5 → 0.25 never reached the threshold: no longer collapsed
        assertThat(model.allQuestions().get(0).health().collapsed()).isFalse();
    }

    @Test
    void onlyTheLatestWhatIfIsAppliedWhenResultsArriveOutOfOrder() throws Exception {
        QueuedTasks tasks = new QueuedTasks();
        RolloutsViewModel model = new RolloutsViewModel(tasks, new DumpLoader(new RolloutImporters(0)), messages);
        model.load(dump());
        tasks.runAll();
        RewardParameters first = RewardParameters.REFERENCE_CODE.withPenaltyWeight(0.5);
        RewardParameters second = RewardParameters.REFERENCE_CODE.withPenaltyWeight(0.2);

        model.parametersProperty().set(first);
        model.parametersProperty().set(second);
        tasks.runLastFirst();

        assertThat(model.scoringProperty().get().parameters()).isEqualTo(second);
        assertThat(model.busyProperty().get()).isFalse();
    }

    /** Holds submitted work until the test runs it, in the order it chooses. */
    private static final class QueuedTasks implements BackgroundTasks {
        private final List<Runnable> queue = new ArrayList<>();

        @Override
        public <T> TaskHandle submit(String title, Work<T> work, Consumer<? super T> onSuccess, Runnable onEnd) {
            queue.add(() -> {
                try {
                    onSuccess.accept(work.run(ProgressListener.NONE));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    onEnd.run();
                }
            });
            return TaskHandle.DONE;
        }

        void runAll() {
            List<Runnable> now = new ArrayList<>(queue);
            queue.clear();
            now.forEach(Runnable::run);
        }

        void runLastFirst() {
            List<Runnable> now = new ArrayList<>(queue);
            queue.clear();
            for (int i = now.size() - 1; i >= 0; i--) {
                now.get(i).run();
            }
        }
    }
}
