package io.pixelstudio.app.rollouts;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.app.studio.task.BackgroundTasks;
import io.pixelstudio.app.studio.task.TaskHandle;
import io.pixelstudio.trace.rollout.RolloutGroup;
import io.pixelstudio.trace.rollout.reward.GroupReward;
import io.pixelstudio.trace.rollout.reward.RewardParameters;
import io.pixelstudio.trace.rollout.stats.QuestionHealth;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rollout screen's state, free of controls so it is tested without a window: the loaded dump,
 * its scoring under the loaded parameters (the best-matching profile's defaults) and under the
 * current what-if parameters, the filtered question list, the chosen question and step, and the
 * cards of that group. Loading and every re-scoring run through {@link BackgroundTasks}; a newer
 * what-if cancels an older one and only the latest request's result is applied. The selection is
 * kept across a what-if (same question, same step). All properties live on the FX thread.
 */
public final class RolloutsViewModel {

    private final BackgroundTasks tasks;
    private final DumpLoader loader;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<LoadedDump> dump = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Scoring> baseline = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Scoring> scoring = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<RewardParameters> parameters = new SimpleObjectProperty<>(RewardParameters.REFERENCE_CODE);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final BooleanProperty collapsedOnly = new SimpleBooleanProperty();
    private final BooleanProperty allFailOnly = new SimpleBooleanProperty();
    private final ObservableList<QuestionRow> allQuestions = FXCollections.observableArrayList();
    private final ObservableList<QuestionRow> questions = FXCollections.observableArrayList();
    private final ObjectProperty<QuestionRow> selectedQuestion = new SimpleObjectProperty<>();
    private final ObservableList<Integer> steps = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> selectedStep = new SimpleObjectProperty<>();
    private final ObservableList<RolloutCard> cards = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper signChanges = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private TaskHandle rescoring = TaskHandle.DONE;
    private long generation;
    private int running;

    public RolloutsViewModel(BackgroundTasks tasks, DumpLoader loader, Messages messages) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.loader = Objects.requireNonNull(loader, "loader");
        this.messages = Objects.requireNonNull(messages, "messages");
        filterText.addListener((o, a, b) -> refilter());
        collapsedOnly.addListener((o, a, b) -> refilter());
        allFailOnly.addListener((o, a, b) -> refilter());
        selectedQuestion.addListener((o, old, row) -> questionChosen(row));
        selectedStep.addListener((o, old, step) -> updateCards());
        parameters.addListener((o, old, now) -> rescore(now));
    }

    /** Loads {@code file} in the background; on success it replaces the current dump. */
    public void load(Path file) {
        Objects.requireNonNull(file, "file");
        begin();
        tasks.submit(messages.get("rollouts.task.load", file.getFileName()), progress -> {
            LoadedDump loaded = loader.load(file, progress);
            return new Loaded(loaded, Scoring.of(loaded.groups(), loaded.profile().profile().defaults()));
        }, this::loaded, this::end);
    }

    private void loaded(Loaded result) {
        rescoring.cancel();
        generation++;
        dump.set(result.dump());
        baseline.set(result.scoring());
        scoring.set(result.scoring());
        parameters.set(result.scoring().parameters());
        signChanges.set(0);
        rebuildQuestions(null, null);
    }

    private void rescore(RewardParameters wanted) {
        LoadedDump current = dump.get();
        if (wanted == null || current == null || (scoring.get() != null && scoring.get().parameters().equals(wanted))) {
            return;
        }
        rescoring.cancel();
        long mine = ++generation;
        begin();
        rescoring = tasks.submit(messages.get("rollouts.task.whatIf"),
                progress -> Scoring.of(current.groups(), wanted),
                result -> {
                    if (mine == generation && dump.get() == current) {
                        scoring.set(result);
                        signChanges.set(result.signChangesAgainst(baseline.get()));
                        QuestionRow row = selectedQuestion.get();
                        rebuildQuestions(row == null ? null : row.qid(), selectedStep.get());
                    }
                }, this::end);
    }

    private void rebuildQuestions(String keepQid, Integer keepStep) {
        Map<String, List<RolloutGroup>> byQid = new LinkedHashMap<>();
        for (RolloutGroup group : dump.get().groups()) {
            byQid.computeIfAbsent(group.qid(), q -> new ArrayList<>()).add(group);
        }
        List<QuestionRow> rows = new ArrayList<>();
        for (QuestionHealth health : scoring.get().health()) {
            List<RolloutGroup> groups = new ArrayList<>(byQid.get(health.qid()));
            groups.sort((a, b) -> Integer.compare(a.step(), b.step()));
            rows.add(new QuestionRow(health, groups));
        }
        allQuestions.setAll(rows);
        refilter();
        QuestionRow keep = keepQid == null ? null
                : questions.stream().filter(r -> r.qid().equals(keepQid)).findFirst().orElse(null);
        if (keep == null && !questions.isEmpty()) {
            keep = questions.get(0);
        }
        selectedQuestion.set(keep);
        questionChosen(keep);
        if (keep != null && keepStep != null && keep.steps().contains(keepStep)) {
            selectedStep.set(keepStep);
        }
        updateCards();
    }

    private void refilter() {
        QuestionFilter filter = new QuestionFilter(filterText.get() == null ? "" : filterText.get(),
                collapsedOnly.get(), allFailOnly.get());
        questions.setAll(allQuestions.stream().filter(filter::test).toList());
    }

    private void questionChosen(QuestionRow row) {
        List<Integer> now = row == null ? List.of() : row.steps();
        if (!steps.equals(now)) {
            steps.setAll(now);
        }
        Integer step = selectedStep.get();
        if (step == null || !now.contains(step)) {
            selectedStep.set(now.isEmpty() ? null : now.get(now.size() - 1));
        }
        updateCards();
    }

    private void updateCards() {
        RolloutGroup group = selectedGroup();
        if (group == null || scoring.get() == null) {
            cards.clear();
            return;
        }
        GroupReward scored = scoring.get().of(group);
        List<RolloutCard> now = new ArrayList<>();
        for (int i = 0; i < scored.breakdowns().size(); i++) {
            now.add(new RolloutCard(i, scored.breakdowns().get(i)));
        }
        cards.setAll(now);
    }

    /** The group of the chosen question at the chosen step, or null. */
    public RolloutGroup selectedGroup() {
        QuestionRow row = selectedQuestion.get();
        Integer step = selectedStep.get();
        return row == null || step == null ? null : row.groupAt(step);
    }

    /** The chosen group's scoring under the current parameters, or null. */
    public GroupReward selectedGroupReward() {
        RolloutGroup group = selectedGroup();
        return group == null || scoring.get() == null ? null : scoring.get().of(group);
    }

    private void begin() {
        running++;
        busy.set(true);
    }

    private void end() {
        running--;
        busy.set(running > 0);
    }

    /** The loaded dump, or null. */
    public ReadOnlyObjectProperty<LoadedDump> dumpProperty() {
        return dump.getReadOnlyProperty();
    }

    /** The scoring under the parameters the dump was loaded with (the best-matching profile's defaults). */
    public ReadOnlyObjectProperty<Scoring> baselineProperty() {
        return baseline.getReadOnlyProperty();
    }

    /** The scoring under the current parameters (the latest finished what-if). */
    public ReadOnlyObjectProperty<Scoring> scoringProperty() {
        return scoring.getReadOnlyProperty();
    }

    /** The what-if parameters; setting them re-scores every loaded group in the background. */
    public ObjectProperty<RewardParameters> parametersProperty() {
        return parameters;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public BooleanProperty collapsedOnlyProperty() {
        return collapsedOnly;
    }

    public BooleanProperty allFailOnlyProperty() {
        return allFailOnly;
    }

    /** The questions that pass the filter, in dump order. */
    public ObservableList<QuestionRow> questions() {
        return questions;
    }

    /** Every question of the dump. */
    public ObservableList<QuestionRow> allQuestions() {
        return allQuestions;
    }

    public ObjectProperty<QuestionRow> selectedQuestionProperty() {
        return selectedQuestion;
    }

    /** The chosen question's steps, ascending. */
    public ObservableList<Integer> steps() {
        return steps;
    }

    /** The chosen step (the question's latest when a question is chosen). */
    public ObjectProperty<Integer> selectedStepProperty() {
        return selectedStep;
    }

    /** The cards of the chosen group, in group order. */
    public ObservableList<RolloutCard> cards() {
        return cards;
    }

    /** Rollouts whose advantage sign differs between the current and the loaded parameters. */
    public ReadOnlyIntegerProperty signChangesProperty() {
        return signChanges.getReadOnlyProperty();
    }

    /** True while a dump loads or a what-if is being scored. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    private record Loaded(LoadedDump dump, Scoring scoring) {
    }
}
