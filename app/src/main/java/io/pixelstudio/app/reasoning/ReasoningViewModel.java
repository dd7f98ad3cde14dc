package io.pixelstudio.app.reasoning;

import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.ops.TraceReplay;
import io.pixelstudio.trace.validate.Finding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The reasoning pane's state: the displayed turns of one trace, the current turn the studio steps
 * through, and which collapsible (system) turns are expanded. Holds no controls, so stepping and the
 * derived turns are tested without a window.
 */
public final class ReasoningViewModel {

    private final TurnItemFactory factory;
    private final ObservableList<TurnItem> items = FXCollections.observableArrayList();
    private final ObservableList<TurnItem> readOnlyItems = FXCollections.unmodifiableObservableList(items);
    private final IntegerProperty currentTurn = new SimpleIntegerProperty(this, "currentTurn", -1);
    private final ObservableSet<Integer> expanded = FXCollections.observableSet();
    private final ObservableSet<Integer> readOnlyExpanded = FXCollections.unmodifiableObservableSet(expanded);

    public ReasoningViewModel(TurnItemFactory factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /**
     * Shows {@code trace}: the turns are rebuilt, every collapsible turn is collapsed and the first
     * turn becomes current.
     *
     * @param replayOrNull the trace's replay, or null when it is not available
     */
    public void show(Trace trace, TraceReplay.Replay replayOrNull, List<Finding> findings) {
        List<TurnItem> built = factory.items(trace, replayOrNull, findings);
        expanded.clear();
        items.setAll(built);
        currentTurn.set(built.isEmpty() ? -1 : 0);
    }

    /** Shows nothing. */
    public void clear() {
        expanded.clear();
        items.clear();
        currentTurn.set(-1);
    }

    /** The displayed turns, one per trace turn, in order. */
    public ObservableList<TurnItem> items() {
        return readOnlyItems;
    }

    /** Index into the trace's turns of the current turn; -1 when nothing is shown. */
    public IntegerProperty currentTurnProperty() {
        return currentTurn;
    }

    /** The current turn, when it is a valid index. */
    public Optional<TurnItem> currentItem() {
        int index = currentTurn.get();
        return index >= 0 && index < items.size() ? Optional.of(items.get(index)) : Optional.empty();
    }

    /** Moves to the next turn; stays on the last one. */
    public void next() {
        if (!items.isEmpty()) {
            currentTurn.set(clamp(currentTurn.get() + 1));
        }
    }

    /** Moves to the previous turn; stays on the first one. */
    public void previous() {
        if (!items.isEmpty()) {
            currentTurn.set(clamp(currentTurn.get() - 1));
        }
    }

    private int clamp(int index) {
        return Math.max(0, Math.min(items.size() - 1, index));
    }

    /** The indices of collapsible turns currently shown in full. */
    public ObservableSet<Integer> expandedTurns() {
        return readOnlyExpanded;
    }

    /** True when the turn is shown in full (always, for a turn that does not collapse). */
    public boolean isExpanded(int index) {
        return index < 0 || index >= items.size() || !items.get(index).collapsible() || expanded.contains(index);
    }

    /** Expands a collapsed turn or collapses an expanded one; turns that do not collapse are left alone. */
    public void toggleExpanded(int index) {
        if (index < 0 || index >= items.size() || !items.get(index).collapsible()) {
            return;
        }
        if (!expanded.remove(index)) {
            expanded.add(index);
        }
    }
}
