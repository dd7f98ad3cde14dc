package io.pixelstudio.app.studio.main;

import io.pixelstudio.app.i18n.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The keyboard help shown over the main window (F1 or ?): one row per {@link StudioAction} with
 * its keys, name and description, generated from the enum so it can never miss a shortcut. Esc,
 * F1 or a click hides it.
 */
public final class HelpOverlay extends StackPane {

    private final GridPane grid = new GridPane();

    public HelpOverlay(Messages messages) {
        setId("help-overlay");
        setStyle("-fx-background-color: rgba(0,0,0,0.55);");
        grid.setHgap(18);
        grid.setVgap(6);
        Label title = new Label(messages.get("studio.help.title"));
        title.setStyle("-fx-font-size: 16px; -fx-font-weight: bold;");
        grid.addRow(0, header(messages.get("studio.help.column.keys")), header(messages.get("studio.help.column.action")),
                header(messages.get("studio.help.column.description")));
        int row = 1;
        for (StudioAction action : StudioAction.withShortcuts()) {
            Label keys = new Label(action.displayShortcuts());
            keys.setStyle("-fx-font-family: monospace; -fx-font-weight: bold;");
            grid.addRow(row++, keys, new Label(action.text(messages)), new Label(action.description(messages)));
        }
        VBox card = new VBox(10, title, grid);
        card.setPadding(new Insets(16));
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        card.setStyle("-fx-background-color: -fx-base; -fx-background-radius: 6; -fx-effect: dropshadow(gaussian, black, 12, 0.2, 0, 2);");
        StackPane.setAlignment(card, Pos.CENTER);
        getChildren().add(card);
        setVisible(false);
        setOnMouseClicked(e -> hide());
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.F1) {
                hide();
                e.consume();
            }
        });
    }

    /** Number of shortcut rows (for tests). */
    public int rowCount() {
        return StudioAction.withShortcuts().size();
    }

    /** Shows or hides the overlay. */
    public void toggle() {
        if (isVisible()) {
            hide();
        } else {
            setVisible(true);
            requestFocus();
        }
    }

    /** Hides the overlay. */
    public void hide() {
        setVisible(false);
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-weight: bold;");
        return label;
    }
}
