package io.pixelstudio.app.studio.tracelist;

import io.pixelstudio.app.studio.document.TraceRow;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;

/**
 * The status column's cell: the review status as a coloured chip, so accepted / rejected /
 * needs-fix rows stand out while triaging a long list.
 */
final class StatusChipCell extends TableCell<TraceRow, String> {

    private final Label chip = new Label();

    StatusChipCell() {
        chip.getStyleClass().add("status-chip");
    }

    @Override
    protected void updateItem(String status, boolean empty) {
        super.updateItem(status, empty);
        if (empty || status == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        chip.setText(status);
        chip.setStyle("-fx-background-radius: 8; -fx-padding: 0 6 0 6; -fx-text-fill: white; -fx-background-color: "
                + colour(status) + ";");
        setText(null);
        setGraphic(chip);
    }

    private static String colour(String status) {
        return switch (status) {
            case "accepted" -> "#2e7d32";
            case "rejected" -> "#c62828";
            case "needs-fix" -> "#ef6c00";
            default -> "#757575";
        };
    }
}
