package io.pixelstudio.app.reasoning;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.DoubleExpression;
import javafx.css.PseudoClass;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Draws one turn: role badge, text (one line for a collapsed system prompt), the tool-call chip with
 * the replay's error under it, the validation flags, and observation thumbnails. The cell whose
 * index is the current turn carries the {@code :current} pseudo-class.
 */
final class TurnCell extends ListCell<TurnItem> {

    /** Set on the cell of the current turn. */
    static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    /** Set on a turn with a validation flag or a red chip. */
    static final PseudoClass FLAGGED = PseudoClass.getPseudoClass("flagged");

    private final ReasoningViewModel model;
    private final ReasoningText text;
    private final ThumbnailLoader thumbnails;

    private final Label badge = new Label();
    private final Label number = new Label();
    private final Hyperlink toggle = new Hyperlink();
    private final Label body = new Label();
    private final Label chip = new Label();
    private final Label callProblem = new Label();
    private final VBox flags = new VBox(2);
    private final FlowPane observations = new FlowPane(6, 6);
    private final VBox root = new VBox(4);
    private final List<ThumbnailView> shown = new ArrayList<>();
    private final InvalidationListener refresh = o -> refreshState();

    TurnCell(ReasoningViewModel model, ReasoningText text, ThumbnailLoader thumbnails, DoubleExpression listWidth) {
        this.model = Objects.requireNonNull(model, "model");
        this.text = Objects.requireNonNull(text, "text");
        this.thumbnails = Objects.requireNonNull(thumbnails, "thumbnails");
        getStyleClass().add("turn-cell");
        setPrefWidth(0);
        badge.getStyleClass().add("role-badge");
        number.getStyleClass().add("turn-number");
        toggle.getStyleClass().add("turn-toggle");
        toggle.setOnAction(e -> model.toggleExpanded(getIndex()));
        body.getStyleClass().add("turn-text");
        body.setMinHeight(Region.USE_PREF_SIZE);
        body.maxWidthProperty().bind(listWidth.subtract(48));
        body.setOnMouseClicked(e -> model.toggleExpanded(getIndex()));
        chip.getStyleClass().add("call-chip");
        chip.setWrapText(true);
        chip.setMinHeight(Region.USE_PREF_SIZE);
        chip.maxWidthProperty().bind(body.maxWidthProperty());
        callProblem.getStyleClass().add("call-problem");
        callProblem.setWrapText(true);
        callProblem.setMinHeight(Region.USE_PREF_SIZE);
        callProblem.maxWidthProperty().bind(body.maxWidthProperty());
        observations.prefWrapLengthProperty().bind(body.maxWidthProperty());
        root.getStyleClass().add("turn");
        setOnMouseClicked(e -> {
            if (!isEmpty()) {
                model.currentTurnProperty().set(getIndex());
            }
        });
        model.currentTurnProperty().addListener(new WeakInvalidationListener(refresh));
        model.expandedTurns().addListener(new WeakInvalidationListener(refresh));
    }

    @Override
    protected void updateItem(TurnItem item, boolean empty) {
        super.updateItem(item, empty);
        shown.forEach(ThumbnailView::dispose);
        shown.clear();
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            pseudoClassStateChanged(CURRENT, false);
            pseudoClassStateChanged(FLAGGED, false);
            return;
        }
        badge.setText(text.role(item.role()));
        badge.getStyleClass().removeIf(c -> c.startsWith("role-") && !c.equals("role-badge"));
        badge.getStyleClass().add("role-" + item.role().wireName());
        number.setText(text.get("turn", String.valueOf(item.index())));
        HBox header = new HBox(8, badge, number);
        if (item.collapsible()) {
            header.getChildren().add(toggle);
        }
        root.getChildren().setAll(header, body);
        item.call().ifPresent(call -> addCall(call));
        flags.getChildren().clear();
        for (String flag : item.flags()) {
            Label label = new Label(flag);
            label.getStyleClass().add("turn-flag");
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            label.maxWidthProperty().bind(body.maxWidthProperty());
            flags.getChildren().add(label);
        }
        if (!flags.getChildren().isEmpty()) {
            root.getChildren().add(flags);
        }
        observations.getChildren().clear();
        for (String path : item.observationPaths()) {
            ThumbnailView view = new ThumbnailView(path, thumbnails.request(path), text);
            shown.add(view);
            observations.getChildren().add(view);
        }
        if (!shown.isEmpty()) {
            root.getChildren().add(observations);
        }
        setGraphic(root);
        refreshState();
    }

    private void addCall(CallChip call) {
        chip.setText(call.label());
        chip.setTooltip(new Tooltip(call.json().strip()));
        chip.getStyleClass().remove("call-chip-flagged");
        if (call.flagged()) {
            chip.getStyleClass().add("call-chip-flagged");
        }
        root.getChildren().add(chip);
        String problem = call.failure().map(f -> text.get("failure", f))
                .or(() -> call.notExecuted().map(n -> text.get("notExecuted", n)))
                .orElse(null);
        if (problem != null) {
            callProblem.setText(problem);
            root.getChildren().add(callProblem);
        }
    }

    private void refreshState() {
        TurnItem item = getItem();
        boolean filled = !isEmpty() && item != null;
        pseudoClassStateChanged(CURRENT, filled && getIndex() == model.currentTurnProperty().get());
        pseudoClassStateChanged(FLAGGED, filled && item.flagged());
        if (!filled) {
            return;
        }
        boolean expanded = model.isExpanded(item.index());
        body.setWrapText(expanded);
        body.setTextOverrun(OverrunStyle.ELLIPSIS);
        body.setText(expanded ? item.text() : item.firstLine());
        toggle.setText(text.get(expanded ? "system.collapse" : "system.expand"));
    }

    @Override
    public void updateIndex(int i) {
        super.updateIndex(i);
        refreshState();
    }
}
