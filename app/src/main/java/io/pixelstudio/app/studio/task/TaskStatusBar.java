package io.pixelstudio.app.studio.task;

import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The status bar: a status text on the left and, while background work runs, the newest task's
 * step, its progress and a cancel button on the right.
 */
public final class TaskStatusBar extends HBox {

    private final Label status = new Label();
    private final Label taskLabel = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button();

    public TaskStatusBar(FxBackgroundTasks tasks, String cancelText) {
        setId("status-bar");
        setSpacing(8);
        setPadding(new Insets(2, 8, 2, 8));
        setAlignment(Pos.CENTER_LEFT);
        cancel.setText(cancelText);
        cancel.setId("task-cancel");
        progress.setPrefWidth(160);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().addAll(status, gap, taskLabel, progress, cancel);
        tasks.running().addListener((ListChangeListener<RunningTask>) change -> showNewest(tasks));
        showNewest(tasks);
    }

    /** The status text on the left (e.g. trace counts). */
    public StringProperty statusTextProperty() {
        return status.textProperty();
    }

    private void showNewest(FxBackgroundTasks tasks) {
        boolean busy = !tasks.running().isEmpty();
        taskLabel.textProperty().unbind();
        progress.progressProperty().unbind();
        taskLabel.setVisible(busy);
        progress.setVisible(busy);
        cancel.setVisible(busy);
        if (busy) {
            RunningTask newest = tasks.running().get(tasks.running().size() - 1);
            taskLabel.textProperty().bind(newest.messageProperty());
            progress.progressProperty().bind(newest.progressProperty());
            cancel.setOnAction(e -> newest.cancel());
        } else {
            taskLabel.setText("");
            cancel.setOnAction(null);
        }
    }
}
