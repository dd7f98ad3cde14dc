package io.pixelstudio.app.rollouts;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.trace.rollout.stats.QuestionHealth;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The left column: a filter box and the "RaPR collapsed" / "all fail" toggles over the question
 * list (qid, question, steps, RaPR first → last, accuracy, flags), and the step selector of the
 * chosen question. Selection in the list and the selector is the model's selection.
 */
final class QuestionListPane extends VBox {

    private final RolloutsViewModel model;
    private final Messages messages;
    private final TextField filter = new TextField();
    private final CheckBox collapsed = new CheckBox();
    private final CheckBox allFail = new CheckBox();
    private final Label count = new Label();
    private final ListView<QuestionRow> list = new ListView<>();
    private final ComboBox<Integer> step = new ComboBox<>();
    private boolean syncing;

    QuestionListPane(RolloutsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setSpacing(6);
        setStyle("-fx-padding: 6;");
        filter.setId("rollouts-filter");
        filter.setPromptText(messages.get("rollouts.filter.prompt"));
        filter.textProperty().bindBidirectional(model.filterTextProperty());
        collapsed.setId("rollouts-collapsed");
        collapsed.setText(messages.get("rollouts.filter.collapsed"));
        collapsed.selectedProperty().bindBidirectional(model.collapsedOnlyProperty());
        allFail.setId("rollouts-allfail");
        allFail.setText(messages.get("rollouts.filter.allFail"));
        allFail.selectedProperty().bindBidirectional(model.allFailOnlyProperty());
        count.setId("rollouts-count");
        list.setId("rollouts-questions");
        list.setItems(model.questions());
        list.setCellFactory(v -> new QuestionCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> {
            if (!syncing && row != null) {
                model.selectedQuestionProperty().set(row);
            }
        });
        model.selectedQuestionProperty().addListener((o, old, row) -> selectInList(row));
        model.questions().addListener((ListChangeListener<QuestionRow>) c -> {
            updateCount();
            selectInList(model.selectedQuestionProperty().get());
        });
        model.allQuestions().addListener((ListChangeListener<QuestionRow>) c -> updateCount());
        step.setId("rollouts-step");
        step.setItems(model.steps());
        step.valueProperty().bindBidirectional(model.selectedStepProperty());
        HBox toggles = new HBox(10, collapsed, allFail);
        HBox steps = new HBox(6, new Label(messages.get("rollouts.step.label")), step);
        steps.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(filter, toggles, count, list, steps);
        updateCount();
    }

    TextField filterField() {
        return filter;
    }

    ListView<QuestionRow> list() {
        return list;
    }

    ComboBox<Integer> stepBox() {
        return step;
    }

    Label count() {
        return count;
    }

    private void selectInList(QuestionRow row) {
        syncing = true;
        try {
            if (row == null || !list.getItems().contains(row)) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(row);
                list.scrollTo(row);
            }
        } finally {
            syncing = false;
        }
    }

    private void updateCount() {
        count.setText(messages.get("rollouts.questions.count", model.questions().size(), model.allQuestions().size()));
    }

    /** The text of one question line (also used by tests). */
    static String describe(QuestionRow row, Messages messages) {
        QuestionHealth h = row.health();
        StringBuilder flags = new StringBuilder();
        if (h.collapsed()) {
            flags.append("  ").append(messages.get("rollouts.flag.collapsed"));
        }
        if (h.allFail()) {
            flags.append("  ").append(messages.get("rollouts.flag.allFail"));
        }
        String question = h.question().replace('\n', ' ');
        if (question.length() > 90) {
            question = question.substring(0, 89) + "\u2026";
        }
        return messages.get("rollouts.question.line", row.qid(), h.steps().size(), RolloutText.rapr(h.firstRapr()),
                RolloutText.rapr(h.lastRapr()), RolloutText.percent(h.accuracy()), flags.toString()) + "\n" + question;
    }

    private final class QuestionCell extends ListCell<QuestionRow> {
        @Override
        protected void updateItem(QuestionRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(empty || row == null ? null : describe(row, messages));
        }
    }
}
