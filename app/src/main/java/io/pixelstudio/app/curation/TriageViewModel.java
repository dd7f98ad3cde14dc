package io.pixelstudio.app.curation;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.app.studio.document.TraceRow;
import io.pixelstudio.app.studio.state.DocumentEditor;
import io.pixelstudio.trace.ReviewStatus;
import io.pixelstudio.trace.curation.AddTags;
import io.pixelstudio.trace.curation.RemoveTags;
import io.pixelstudio.trace.curation.SetNote;
import io.pixelstudio.trace.curation.SetVerdict;
import io.pixelstudio.trace.curation.Tags;
import io.pixelstudio.trace.edit.EditException;
import io.pixelstudio.trace.edit.TraceEdit;
import javafx.beans.property.IntegerProperty;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * What the triage keys do, without controls: a verdict on the selected trace is one edit and the
 * selection then moves to the row that followed it in the list as shown (found before the edit, so
 * a filter such as {@code status:unreviewed} that hides the judged row still advances to the right
 * one); with several rows selected, a verdict or tag change applies to all of them as ONE undo step
 * and the selection stays. Traces an action would not change are left out of it, so confirming a
 * verdict just advances. FX thread only.
 */
public final class TriageViewModel {

    private final DocumentEditor editor;
    private final IntegerProperty selectedIndex;
    private final Supplier<List<TraceRow>> displayed;
    private final Supplier<List<TraceRow>> selected;
    private final IntFunction<Optional<TraceRow>> rowAt;
    private final Messages messages;

    /**
     * @param displayed the rows in the order the list shows them
     * @param selected  the rows selected in the list
     * @param rowAt     the current row of a document index (shown or not)
     */
    public TriageViewModel(DocumentEditor editor, IntegerProperty selectedIndex, Supplier<List<TraceRow>> displayed,
                           Supplier<List<TraceRow>> selected, IntFunction<Optional<TraceRow>> rowAt, Messages messages) {
        this.editor = Objects.requireNonNull(editor, "editor");
        this.selectedIndex = Objects.requireNonNull(selectedIndex, "selectedIndex");
        this.displayed = Objects.requireNonNull(displayed, "displayed");
        this.selected = Objects.requireNonNull(selected, "selected");
        this.rowAt = Objects.requireNonNull(rowAt, "rowAt");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /**
     * Sets {@code status} on the target traces; a single trace then advances to the next shown row.
     * Traces that already have the status are left alone (confirming a verdict only advances).
     */
    public void verdict(ReviewStatus status) throws EditException {
        List<Integer> targets = targets();
        List<Integer> changing = targets.stream().filter(i -> rowAt.apply(i).map(r -> r.status() != status).orElse(true))
                .toList();
        if (targets.size() > 1) {
            if (!changing.isEmpty()) {
                bulk(changing, messages.get("curation.bulk.verdict", SetVerdict.statusName(status), changing.size()),
                        i -> new SetVerdict(status));
            }
            return;
        }
        Optional<TraceRow> next = nextRow();
        if (!changing.isEmpty()) {
            editor.edit(new SetVerdict(status));
        }
        next.ifPresent(row -> selectedIndex.set(row.index()));
    }

    /** Adds the comma-separated {@code input} tags to the target traces (one undo step). */
    public void addTags(String input) throws EditException {
        List<String> tags = Tags.parse(input);
        List<Integer> targets = targets().stream().filter(i -> rowAt.apply(i).map(r -> tags.stream()
                .anyMatch(t -> r.tags().stream().noneMatch(t::equalsIgnoreCase))).orElse(true)).toList();
        if (!tags.isEmpty() && !targets.isEmpty()) {
            bulk(targets, messages.get("curation.bulk.addTags", String.join(", ", tags), targets.size()),
                    i -> new AddTags(tags));
        }
    }

    /** Removes the comma-separated {@code input} tags from the target traces (one undo step). */
    public void removeTags(String input) throws EditException {
        List<String> tags = Tags.parse(input);
        List<Integer> targets = targets().stream().filter(i -> rowAt.apply(i).map(r -> tags.stream()
                .anyMatch(t -> r.tags().stream().anyMatch(t::equalsIgnoreCase))).orElse(true)).toList();
        if (!tags.isEmpty() && !targets.isEmpty()) {
            bulk(targets, messages.get("curation.bulk.removeTags", String.join(", ", tags), targets.size()),
                    i -> new RemoveTags(tags));
        }
    }

    /** Replaces the selected trace's note. */
    public void setNote(String note) throws EditException {
        if (!note.strip().equals(currentNote())) {
            editor.edit(new SetNote(note));
        }
    }

    /** The selected trace's note ("" when none or nothing is selected). */
    public String currentNote() {
        return rowAt.apply(selectedIndex.get()).map(TraceRow::note).orElse("");
    }

    /** Every tag used in {@code rows}, sorted case-insensitively: the tag field completes from these. */
    public static List<String> knownTags(List<TraceRow> rows) {
        TreeSet<String> tags = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (TraceRow row : rows) {
            tags.addAll(row.tags());
        }
        return List.copyOf(tags);
    }

    /** The document indices an action applies to: the selected rows, or the selected trace. */
    public List<Integer> targets() {
        List<TraceRow> rows = selected.get();
        if (rows.size() > 1) {
            return rows.stream().map(TraceRow::index).sorted().distinct().toList();
        }
        int index = selectedIndex.get();
        return index < 0 ? List.of() : List.of(index);
    }

    private void bulk(List<Integer> targets, String description, Function<Integer, TraceEdit> edit)
            throws EditException {
        if (targets.isEmpty()) {
            throw new EditException("no trace is selected");
        }
        if (targets.size() == 1 && targets.get(0) == selectedIndex.get()) {
            editor.edit(edit.apply(targets.get(0)));
            return;
        }
        Map<Integer, TraceEdit> edits = new LinkedHashMap<>();
        targets.forEach(i -> edits.put(i, edit.apply(i)));
        editor.editAll(description, edits);
    }

    private Optional<TraceRow> nextRow() {
        List<TraceRow> rows = displayed.get();
        int index = selectedIndex.get();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).index() == index) {
                return i + 1 < rows.size() ? Optional.of(rows.get(i + 1)) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
