package io.pixelstudio.app.runs;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.bridge.recipe.RecipeSettings;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Edits where this machine's trainers are installed (interpreter and each recipe's installation). */
final class RecipeSettingsDialog {

    private RecipeSettingsDialog() {
    }

    static void edit(Window owner, RecipeSettingsStore store, Messages messages) {
        RecipeSettings now = store.load();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("runs.settings.title"));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        TextField python = new TextField(now.python());
        python.setPrefColumnCount(40);
        grid.addRow(0, new Label(messages.get("runs.settings.python")), python);
        Map<String, TextField> fields = new LinkedHashMap<>();
        int row = 1;
        for (String recipe : RecipeSettingsStore.recipes()) {
            TextField field = new TextField(now.installation(recipe).map(Path::toString).orElse(""));
            field.setPrefColumnCount(40);
            fields.put(recipe, field);
            grid.addRow(row++, new Label(messages.get("runs.settings.installation", recipe)), field);
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> {
            Map<String, String> installations = new LinkedHashMap<>();
            fields.forEach((recipe, field) -> installations.put(recipe, field.getText()));
            store.save(python.getText(), installations);
        });
    }
}
