package io.pixelstudio.app.curation;

import io.pixelstudio.app.i18n.Messages;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The small editor under the trace list that T, Shift+T and N open: a tag field completing from the
 * document's tags (the part after the last comma is completed, so several tags can be typed) where
 * Enter applies, or a note area where Shortcut+Enter applies; Escape closes it. Closing hands the
 * focus back to {@code returnFocus} so triage keys work again at once.
 */
public final class CurationBar extends VBox {

    private final Messages messages;
    private final Label label = new Label();
    private final TextField tagField = new TextField();
    private final TextArea noteArea = new TextArea();
    private final Node returnFocus;
    private Supplier<List<String>> knownTags = List::of;
    private Consumer<String> onApply = text -> { };

    public CurationBar(Messages messages, Node returnFocus) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.returnFocus = Objects.requireNonNull(returnFocus, "returnFocus");
        setId("curation-bar");
        setSpacing(2);
        setPadding(new Insets(4));
        tagField.setId("curation-tags");
        tagField.setPromptText(messages.get("curation.tag.prompt"));
        noteArea.setId("curation-note");
        noteArea.setPrefRowCount(3);
        noteArea.setWrapText(true);
        noteArea.setPromptText(messages.get("curation.note.hint"));
        TextFields.bindAutoCompletion(tagField, request -> completions(request.getUserText()));
        tagField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                apply(tagField.getText());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        noteArea.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                apply(noteArea.getText());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        managedProperty().bind(visibleProperty());
        setVisible(false);
    }

    /** Opens the tag field; {@code apply} receives the comma-separated tags on Enter. */
    public void editTags(boolean remove, Supplier<List<String>> known, Consumer<String> apply) {
        knownTags = Objects.requireNonNull(known, "known");
        open(messages.get(remove ? "curation.tag.remove" : "curation.tag.add"), tagField, apply);
        tagField.clear();
    }

    /** Opens the note area with {@code current}; {@code apply} receives the note on Shortcut+Enter. */
    public void editNote(String current, Consumer<String> apply) {
        open(messages.get("curation.note.label"), noteArea, apply);
        noteArea.setText(current);
        noteArea.positionCaret(current.length());
    }

    /** Closes the editor without applying. */
    public void close() {
        setVisible(false);
        getChildren().clear();
        returnFocus.requestFocus();
    }

    /** The tag field (for tests). */
    public TextField tagField() {
        return tagField;
    }

    /** The note area (for tests). */
    public TextArea noteArea() {
        return noteArea;
    }

    private void open(String title, Node editor, Consumer<String> apply) {
        onApply = Objects.requireNonNull(apply, "apply");
        label.setText(title);
        getChildren().setAll(label, editor);
        setVisible(true);
        editor.requestFocus();
    }

    private void apply(String text) {
        Consumer<String> action = onApply;
        close();
        action.accept(text);
    }

    /** Completions for the tag being typed (after the last comma), keeping the earlier ones. */
    private Collection<String> completions(String typed) {
        int comma = typed.lastIndexOf(',');
        String head = comma < 0 ? "" : typed.substring(0, comma + 1) + " ";
        String last = typed.substring(comma + 1).strip().toLowerCase(java.util.Locale.ROOT);
        if (last.isEmpty()) {
            return List.of();
        }
        List<String> already = Arrays.stream(typed.substring(0, Math.max(comma, 0)).split(",")).map(String::strip).toList();
        return knownTags.get().stream()
                .filter(t -> t.toLowerCase(java.util.Locale.ROOT).startsWith(last) && !t.equalsIgnoreCase(last))
                .filter(t -> already.stream().noneMatch(t::equalsIgnoreCase))
                .map(t -> head + t).toList();
    }
}
