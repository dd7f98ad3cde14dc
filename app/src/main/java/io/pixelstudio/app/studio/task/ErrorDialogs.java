package io.pixelstudio.app.studio.task;

import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Supplier;

/**
 * Shows a failure as a dialog: the message first (what the user can act on, e.g. the file and line
 * of a malformed record), the stack trace in the expandable details for bug reports.
 */
public final class ErrorDialogs implements ErrorReporter {

    private final Supplier<Window> owner;

    public ErrorDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void report(String title, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.setContentText(messageOf(error));
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        TextArea details = new TextArea(trace.toString());
        details.setEditable(false);
        alert.getDialogPane().setExpandableContent(details);
        alert.show();
    }

    /** The most useful message of {@code error}: its own, or its cause's when it has none. */
    public static String messageOf(Throwable error) {
        Throwable current = error;
        while (current.getMessage() == null && current.getCause() != null) {
            current = current.getCause();
        }
        return current.getMessage() == null ? current.getClass().getSimpleName() : current.getMessage();
    }
}
