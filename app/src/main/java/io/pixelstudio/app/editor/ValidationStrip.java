package io.pixelstudio.app.editor;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.trace.validate.Finding;
import io.pixelstudio.trace.validate.Severity;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.List;
import java.util.Objects;

/**
 * A one-line strip under the viewer: the live validation of the trace being edited (counts and the
 * first findings, each a link to its turn) and, on the right, why the last edit gesture was refused
 * or failed. It follows every reload, so an edit that breaks a rule shows at once.
 */
public final class ValidationStrip extends HBox {

    /** How many findings are listed. */
    public static final int LISTED = 3;

    private final Messages messages;
    private final IntegerProperty currentTurn;
    private final Label counts = new Label();
    private final HBox links = new HBox(6);
    private final Label editMessage = new Label();
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private ValidationSummary summary = ValidationSummary.of(List.of(), LISTED);

    public ValidationStrip(Messages messages, IntegerProperty currentTurn) {
        super(8);
        this.messages = Objects.requireNonNull(messages, "messages");
        this.currentTurn = Objects.requireNonNull(currentTurn, "currentTurn");
        setId("validation-strip");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(2, 6, 2, 6));
        counts.setId("validation-counts");
        editMessage.setId("edit-message");
        editMessage.setStyle("-fx-text-fill: #c62828;");
        editMessage.textProperty().bind(message);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(counts, links, spacer, editMessage);
        show(List.of());
    }

    /** Shows the findings of the trace now shown. */
    public void show(List<Finding> findings) {
        summary = ValidationSummary.of(findings, LISTED);
        counts.setText(summary.clean() ? messages.get("editor.validation.clean")
                : messages.get("editor.validation.counts", summary.errors(), summary.warnings()));
        links.getChildren().clear();
        for (ValidationSummary.Entry entry : summary.first()) {
            String where = entry.turn().isPresent() ? messages.get("editor.validation.turn", entry.turn().getAsInt()) : "";
            Hyperlink link = new Hyperlink(where + entry.message());
            link.getStyleClass().add(entry.severity() == Severity.ERROR ? "validation-error" : "validation-warning");
            link.setMaxWidth(360);
            link.setFocusTraversable(false);
            entry.turn().ifPresent(turn -> link.setOnAction(e -> currentTurn.set(turn)));
            links.getChildren().add(link);
        }
    }

    /** The summary shown. */
    public ValidationSummary summary() {
        return summary;
    }

    /** The last edit's refusal or failure text, shown on the right ("" hides it). */
    public StringProperty messageProperty() {
        return message;
    }
}
