package io.pixelstudio.app.editor;

import io.pixelstudio.app.i18n.Messages;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Objects;

/**
 * The inline editor of a turn's text, docked in the reasoning pane under the turns while a turn is
 * being edited: a text area bound to the {@link TurnEditModel}, Ctrl+Enter (Shortcut+Enter)
 * applies, Escape cancels. Hidden (and taking no room) otherwise.
 */
public final class TurnTextEditor extends VBox {

    private final TurnEditModel model;
    private final TextArea area = new TextArea();
    private final Label title = new Label();
    private final Label message = new Label();

    public TurnTextEditor(TurnEditModel model, Messages messages) {
        super(4);
        this.model = Objects.requireNonNull(model, "model");
        Objects.requireNonNull(messages, "messages");
        setId("turn-editor");
        setPadding(new Insets(6));
        area.setId("turn-editor-text");
        area.setWrapText(true);
        area.setPrefRowCount(8);
        area.textProperty().bindBidirectional(model.textProperty());
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        message.textProperty().bind(model.messageProperty());
        message.setStyle("-fx-text-fill: #c62828;");
        Button apply = new Button(messages.get("editor.turn.editor.apply"));
        apply.setId("turn-editor-apply");
        apply.setOnAction(e -> model.commit());
        Button cancel = new Button(messages.get("editor.turn.editor.cancel"));
        cancel.setOnAction(e -> model.cancel());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(6, message, spacer, cancel, apply);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        getChildren().addAll(title, area, buttons);
        managedProperty().bind(visibleProperty());
        visibleProperty().bind(model.editingProperty());
        model.editingTurnProperty().addListener((obs, old, turn) ->
                title.setText(messages.get("editor.turn.editor.title", turn)));
        model.editingProperty().addListener((obs, old, open) -> {
            if (open) {
                Platform.runLater(() -> {
                    area.requestFocus();
                    area.end();
                });
            }
        });
    }

    /** The text area (for tests). */
    public TextArea textArea() {
        return area;
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
            model.commit();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            model.cancel();
            e.consume();
        }
    }
}
