package io.pixelstudio.app.curation;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.trace.export.ExportTarget;
import io.pixelstudio.trace.query.SavedView;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The export dialog (Shortcut+E): which traces (accepted, a saved view, the current filter, the
 * selected rows), which formats, which folder. Every control is reachable with Tab; Enter exports.
 */
public final class ExportDialog extends Dialog<ExportChoice> {

    private final ComboBox<ExportChoice.Scope> scope = new ComboBox<>();
    private final ComboBox<String> view = new ComboBox<>();
    private final Map<ExportTarget, CheckBox> formats = new EnumMap<>(ExportTarget.class);
    private final TextField folder = new TextField();

    /**
     * @param filter    the current filter text (shown in its choice)
     * @param selected  how many rows are selected
     * @param views     the document's views
     * @param suggested the folder proposed
     */
    public ExportDialog(Window owner, Messages messages, String filter, int selected, List<SavedView> views,
                        Path suggested) {
        initOwner(owner);
        setTitle(messages.get("curation.export.title"));
        setResizable(true);
        ButtonType export = new ButtonType(messages.get("curation.export.run"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);
        getDialogPane().setId("export-dialog");
        scope.setId("export-scope");
        scope.setItems(FXCollections.observableArrayList(ExportChoice.Scope.values()));
        scope.setCellFactory(l -> scopeCell(messages, filter, selected));
        scope.setButtonCell(scopeCell(messages, filter, selected));
        scope.getSelectionModel().select(ExportChoice.Scope.ACCEPTED);
        view.setId("export-view");
        view.setItems(FXCollections.observableArrayList(views.stream().map(SavedView::name).toList()));
        view.getSelectionModel().selectFirst();
        view.disableProperty().bind(scope.valueProperty().isNotEqualTo(ExportChoice.Scope.VIEW));
        HBox boxes = new HBox(12);
        for (ExportTarget target : ExportTarget.values()) {
            CheckBox box = new CheckBox(target.id());
            box.setId("export-format-" + target.id());
            box.setSelected(target == ExportTarget.PIXELREASONER_SFT);
            formats.put(target, box);
            boxes.getChildren().add(box);
        }
        folder.setId("export-folder");
        folder.setText(suggested.toString());
        folder.setPrefColumnCount(36);
        Button browse = new Button(messages.get("curation.export.browse"));
        browse.setOnAction(e -> browse(messages));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label(messages.get("curation.export.scope")), scope, view);
        grid.addRow(1, new Label(messages.get("curation.export.formats")), boxes);
        GridPane.setColumnSpan(boxes, 2);
        grid.addRow(2, new Label(messages.get("curation.export.folder")), folder, browse);
        getDialogPane().setContent(grid);
        getDialogPane().lookupButton(export).disableProperty().bind(folder.textProperty().isEmpty());
        setResultConverter(button -> button == export ? choice() : null);
    }

    private ExportChoice choice() {
        List<ExportTarget> chosen = new ArrayList<>();
        formats.forEach((target, box) -> {
            if (box.isSelected()) {
                chosen.add(target);
            }
        });
        return new ExportChoice(scope.getValue(), view.getValue() == null ? "" : view.getValue(), chosen,
                Path.of(folder.getText().strip()));
    }

    private void browse(Messages messages) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("curation.export.folder"));
        File current = new File(folder.getText());
        if (current.getParentFile() != null && current.getParentFile().isDirectory()) {
            chooser.setInitialDirectory(current.getParentFile());
        }
        File chosen = chooser.showDialog(getOwner());
        if (chosen != null) {
            folder.setText(chosen.getPath());
        }
    }

    private static ListCell<ExportChoice.Scope> scopeCell(Messages messages, String filter, int selected) {
        return new ListCell<>() {
            @Override
            protected void updateItem(ExportChoice.Scope item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : switch (item) {
                    case ACCEPTED -> messages.get("curation.export.scope.accepted");
                    case VIEW -> messages.get("curation.export.scope.view");
                    case FILTER -> messages.get("curation.export.scope.filter", filter.isBlank() ? "—" : filter);
                    case SELECTION -> messages.get("curation.export.scope.selection", selected);
                });
            }
        };
    }
}
