package io.pixelstudio.trace.edit;

import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.FormatException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A document being edited: the unchanged {@link TraceSource} plus the traces edits produced (only
 * those are held in memory), with the {@link EditHistory}. Every change goes through
 * {@link #apply}, {@link #applyAll}, {@link #append}, {@link #undo} or {@link #redo}, and every
 * listener (the recovery journal first) hears of it before the call returns. Not thread-safe: one
 * thread (the FX thread in the studio) edits.
 */
public final class EditSession {

    private final TraceSource source;
    private final Map<Integer, Trace> edited = new HashMap<>();
    private final List<Trace> appended = new ArrayList<>();
    private final EditHistory history = new EditHistory();
    private final List<EditListener> listeners = new CopyOnWriteArrayList<>();

    public EditSession(TraceSource source) {
        this.source = Objects.requireNonNull(source, "source");
        history.markSaved();
    }

    /** Number of traces: the source's plus the appended ones. */
    public synchronized int size() {
        return source.size() + appended.size();
    }

    /** Trace {@code index} as edited so far (the source's when untouched). */
    public synchronized Trace trace(int index) throws IOException, FormatException {
        Objects.checkIndex(index, size());
        if (index >= source.size()) {
            return appended.get(index - source.size());
        }
        Trace trace = edited.get(index);
        return trace != null ? trace : source.load(index);
    }

    /** True when trace {@code index} differs from the source (edited or appended). */
    public synchronized boolean isEdited(int index) {
        return index >= source.size() || edited.containsKey(index);
    }

    /** The traces that differ from the source, by index, in index order. */
    public synchronized Map<Integer, Trace> changedTraces() {
        Map<Integer, Trace> changed = new LinkedHashMap<>();
        edited.keySet().stream().sorted().forEach(i -> changed.put(i, edited.get(i)));
        for (int i = 0; i < appended.size(); i++) {
            changed.put(source.size() + i, appended.get(i));
        }
        return changed;
    }

    /** Applies {@code edit} to trace {@code index} as one undo step. */
    public EditStep apply(int index, TraceEdit edit) throws EditException, IOException, FormatException {
        return applyAll(edit.description(), Map.of(index, edit));
    }

    /**
     * Applies several edits as one undo step (a bulk action on a selection). All or nothing: when one
     * edit throws, no trace changes.
     */
    public synchronized EditStep applyAll(String description, Map<Integer, TraceEdit> edits)
            throws EditException, IOException, FormatException {
        List<TraceChange> changes = new ArrayList<>();
        for (var entry : new TreeMap<>(edits).entrySet()) {
            Trace before = trace(entry.getKey());
            Trace after = entry.getValue().apply(before);
            if (!after.equals(before)) {
                changes.add(new TraceChange(entry.getKey(), before, after));
            }
        }
        if (changes.isEmpty()) {
            throw new EditException("nothing to change: " + description);
        }
        EditStep step = new EditStep(description, changes);
        history.push(step);
        changes.forEach(c -> put(c.index(), c.after()));
        fire(step, EditListener.Direction.APPLIED);
        return step;
    }

    /**
     * Sets traces to the given states as one undo step (restoring unsaved edits from a journal):
     * indices below {@link #size()} are replaced, indices from {@link #size()} on, without gaps, are
     * appended. Traces already in that state are left out; empty when nothing differs.
     *
     * @throws IllegalArgumentException when the appended indices leave a gap
     */
    public synchronized Optional<EditStep> applyStates(String description, Map<Integer, Trace> states)
            throws IOException, FormatException {
        Objects.requireNonNull(description, "description");
        List<TraceChange> changes = new ArrayList<>();
        int next = size();
        for (var entry : new TreeMap<>(states).entrySet()) {
            int index = entry.getKey();
            Trace after = Objects.requireNonNull(entry.getValue(), "state of trace " + index);
            if (index < size()) {
                Trace before = trace(index);
                if (!before.equals(after)) {
                    changes.add(new TraceChange(index, before, after));
                }
            } else if (index == next) {
                changes.add(new TraceChange(index, null, after));
                next++;
            } else {
                throw new IllegalArgumentException("trace " + index + " would leave a gap after trace " + (next - 1));
            }
        }
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        EditStep step = new EditStep(description, changes);
        history.push(step);
        for (TraceChange change : changes) {
            if (change.appended()) {
                appended.add(change.after());
            } else {
                put(change.index(), change.after());
            }
        }
        fire(step, EditListener.Direction.APPLIED);
        return Optional.of(step);
    }

    /** Adds {@code trace} at the end of the document as one undo step; returns its index. */
    public synchronized int append(Trace trace, String description) {
        int index = size();
        EditStep step = new EditStep(description, List.of(new TraceChange(index, null, trace)));
        history.push(step);
        appended.add(trace);
        fire(step, EditListener.Direction.APPLIED);
        return index;
    }

    /** Reverts the last step; empty when there is none. */
    public synchronized Optional<EditStep> undo() {
        Optional<EditStep> step = history.undo();
        step.ifPresent(s -> {
            List<TraceChange> changes = s.changes();
            for (int i = changes.size() - 1; i >= 0; i--) {
                TraceChange change = changes.get(i);
                if (change.appended()) {
                    appended.remove(appended.size() - 1);
                } else {
                    put(change.index(), change.before());
                }
            }
            fire(s, EditListener.Direction.UNDONE);
        });
        return step;
    }

    /** Re-applies the last undone step; empty when there is none. */
    public synchronized Optional<EditStep> redo() {
        Optional<EditStep> step = history.redo();
        step.ifPresent(s -> {
            for (TraceChange change : s.changes()) {
                if (change.appended()) {
                    appended.add(change.after());
                } else {
                    put(change.index(), change.after());
                }
            }
            fire(s, EditListener.Direction.REDONE);
        });
        return step;
    }

    /** The history (what undo and redo would do, dirty state). */
    public EditHistory history() {
        return history;
    }

    /** True when there are changes not yet saved. */
    public synchronized boolean isDirty() {
        return history.isDirty();
    }

    /** Called after a successful save of every trace of {@link #trace}: the document is clean. */
    public synchronized void markSaved() {
        history.markSaved();
    }

    /** Adds a listener told of every change from now on. */
    public void addListener(EditListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Removes a listener. */
    public void removeListener(EditListener listener) {
        listeners.remove(listener);
    }

    private void put(int index, Trace trace) {
        if (index >= source.size()) {
            appended.set(index - source.size(), trace);
        } else {
            edited.put(index, trace);
        }
    }

    private void fire(EditStep step, EditListener.Direction direction) {
        listeners.forEach(l -> l.changed(step, direction));
    }
}
