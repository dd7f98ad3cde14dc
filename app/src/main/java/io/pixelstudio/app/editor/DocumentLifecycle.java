package io.pixelstudio.app.editor;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.app.studio.document.TraceDocument;
import io.pixelstudio.app.studio.state.StudioState;
import io.pixelstudio.app.studio.task.BackgroundTasks;
import io.pixelstudio.app.studio.task.ErrorReporter;
import io.pixelstudio.trace.edit.EditException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The open document's life from the user's side: when it opens, unsaved edits of an earlier run are
 * offered back (Restore = one undo step, or Discard; dismissing the question restores, so nothing
 * is lost unasked) and this session's edits are journalled; Save
 * writes it in the background (edits wait meanwhile, so what is written is what was shown) and then
 * marks it clean (the store drops the journal); leaving it with unsaved changes
 * asks Save / Discard / Cancel. Also the window title with the dirty mark.
 */
public final class DocumentLifecycle {

    private final StudioState state;
    private final BackgroundTasks tasks;
    private final Executor later;
    private final DocumentStore store;
    private final Prompt prompt;
    private final Messages messages;
    private final ErrorReporter errors;
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving", false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private long revision;
    private boolean discardOnClose;

    /**
     * @param later where the recovery question is asked once an opened document is fully shown
     *              ({@code Platform::runLater} in the studio)
     */
    public DocumentLifecycle(StudioState state, BackgroundTasks tasks, Executor later, DocumentStore store,
                             Prompt prompt, Messages messages, ErrorReporter errors) {
        this.state = Objects.requireNonNull(state, "state");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.later = Objects.requireNonNull(later, "later");
        this.store = Objects.requireNonNull(store, "store");
        this.prompt = Objects.requireNonNull(prompt, "prompt");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.errors = Objects.requireNonNull(errors, "errors");
        state.documentProperty().addListener((obs, old, now) -> switched(old, now));
        state.editor().dirtyProperty().addListener((obs, old, now) -> updateTitle());
        updateTitle();
    }

    /** The window title: the document, marked with • while it has unsaved changes. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** True while a save runs (edits are refused meanwhile). */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** Throws while a save runs, so no edit lands between what was written and what is marked saved. */
    public void checkEditable() throws EditException {
        if (saving.get()) {
            throw new EditException(messages.get("editor.save.busy"));
        }
    }

    /** Saves the open document in the background; {@code then} runs on the FX thread after a successful save. */
    public void save(Runnable then) {
        Objects.requireNonNull(then, "then");
        TraceDocument doc = state.documentProperty().get();
        if (doc == null || saving.get()) {
            return;
        }
        long at = revision;
        saving.set(true);
        tasks.submit(messages.get("editor.save.task", doc.path().getFileName()), progress -> {
            store.save(doc, progress);
            return doc;
        }, saved -> {
            if (revision == at && state.documentProperty().get() == doc) {
                state.editor().markSaved();
            }
            then.run();
        }, () -> saving.set(false));
    }

    /**
     * Runs {@code proceed} (close the window, open another file) once the open document's unsaved
     * changes are saved or discarded; does nothing when the user cancels.
     */
    public void confirmLeave(Runnable proceed) {
        Objects.requireNonNull(proceed, "proceed");
        TraceDocument doc = state.documentProperty().get();
        if (doc == null || !state.editor().dirtyProperty().get()) {
            proceed.run();
            return;
        }
        int choice = prompt.choose(messages.get("editor.unsaved.title"),
                messages.get("editor.unsaved.header", doc.path().getFileName()), messages.get("editor.unsaved.content"),
                List.of(messages.get("editor.unsaved.save"), messages.get("editor.unsaved.discard"),
                        messages.get("editor.unsaved.cancel")));
        if (choice == 0) {
            save(proceed);
        } else if (choice == 1) {
            discardOnClose = true;
            proceed.run();
        }
    }

    private void switched(TraceDocument old, TraceDocument now) {
        if (old != null) {
            try {
                store.closed(old, !discardOnClose);
            } catch (IOException e) {
                errors.report(messages.get("editor.recovery.title"), e);
            }
        }
        discardOnClose = false;
        updateTitle();
        if (now == null) {
            return;
        }
        Optional<DocumentStore.Recovery> found;
        try {
            found = store.opened(now);
        } catch (IOException e) {
            errors.report(messages.get("editor.recovery.title"), e);
            return;
        } finally {
            now.session().addListener((step, direction) -> revision++);
        }
        found.ifPresent(recovery -> later.execute(() -> offer(now, recovery)));
    }

    private void offer(TraceDocument doc, DocumentStore.Recovery recovery) {
        if (state.documentProperty().get() != doc) {
            return;
        }
        int choice = prompt.choose(messages.get("editor.recovery.title"),
                messages.get("editor.recovery.header", doc.path().getFileName()), messages.get("editor.recovery.content"),
                List.of(messages.get("editor.recovery.restore"), messages.get("editor.recovery.discard")));
        try {
            if (choice == 1) {
                recovery.discard();
            } else {
                recovery.restore(doc);
            }
        } catch (Exception e) {
            errors.report(messages.get("editor.recovery.title"), e);
        }
    }

    private void updateTitle() {
        TraceDocument doc = state.documentProperty().get();
        String base = doc == null ? messages.get("studio.title") : messages.get("studio.title.file", doc.path());
        title.set(doc != null && state.editor().dirtyProperty().get() ? messages.get("editor.title.dirty", base) : base);
    }
}
