package io.pixelstudio.app.editor;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/** A {@link Prompt} shown as a modal alert over the main window; the last option is the cancel button. */
public final class AlertPrompt implements Prompt {

    private final Supplier<Window> owner;

    public AlertPrompt(Supplier<Window> owner) {
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    @Override
    public int choose(String title, String header, String content, List<String> options) {
        List<ButtonType> buttons = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            ButtonBar.ButtonData data = i == 0 ? ButtonBar.ButtonData.YES
                    : i == options.size() - 1 && options.size() > 2 ? ButtonBar.ButtonData.CANCEL_CLOSE
                    : ButtonBar.ButtonData.NO;
            buttons.add(new ButtonType(options.get(i), data));
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, content, buttons.toArray(ButtonType[]::new));
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(header);
        return alert.showAndWait().map(buttons::indexOf).orElse(-1);
    }
}
