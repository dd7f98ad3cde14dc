package io.pixelstudio.app.editor;

import io.pixelstudio.app.studio.document.TraceDocument;
import io.pixelstudio.trace.edit.persist.DocumentSaver;
import io.pixelstudio.trace.edit.persist.DocumentSource;
import io.pixelstudio.trace.edit.persist.RecoveryJournal;
import io.pixelstudio.trace.edit.persist.UnsavedEdits;
import io.pixelstudio.trace.progress.ProgressListener;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The studio's {@link DocumentStore} over trace-model's persistence: a {@link RecoveryJournal} listens
 * to each open document's session from the moment it opens (so every accepted edit is on disk before
 * the gesture returns; the journal file exists only while there are unsaved edits), the
 * {@link DocumentSaver} writes the document atomically with {@code .bak} and its review sidecar, and
 * a journal left by an earlier run is offered back unless the document already holds its edits.
 * Documents shown from memory (a rollout group) have no file: they are neither journalled nor saved.
 * Journals live in the user's data folder ({@link JournalLocations}), never beside the document.
 */
public final class JournalDocumentStore implements DocumentStore {

    private final Map<TraceDocument, RecoveryJournal> journals = new ConcurrentHashMap<>();
    private final JournalLocations locations;

    public JournalDocumentStore(JournalLocations locations) {
        this.locations = Objects.requireNonNull(locations, "locations");
    }

    @Override
    public Optional<Recovery> opened(TraceDocument document) throws IOException {
        if (document.isInMemory()) {
            return Optional.empty();
        }
        Optional<UnsavedEdits> found = RecoveryJournal.find(document.path(), locations.of(document.path()));
        RecoveryJournal journal = RecoveryJournal.start(document.path(), locations.of(document.path()));
        journals.put(document, journal);
        document.session().addListener(journal);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        UnsavedEdits edits = found.get();
        if (edits.state() == UnsavedEdits.State.ALREADY_SAVED) {
            edits.discard();
            return Optional.empty();
        }
        return Optional.of(new Recovery() {
            @Override
            public void restore(TraceDocument target) throws Exception {
                edits.restore(target.session());
            }

            @Override
            public void discard() throws IOException {
                edits.discard();
            }
        });
    }

    @Override
    public void save(TraceDocument document, ProgressListener progress) throws Exception {
        if (document.isInMemory()) {
            throw new IOException(document.path() + " is not a file of its own (traces shown in memory); nothing to save");
        }
        try (DocumentSource source = DocumentSource.open(document.path(), document.format(), progress)) {
            new DocumentSaver(source, document.mediaFolder()).save(document.session(), journals.get(document), progress);
        }
    }

    @Override
    public void closed(TraceDocument document, boolean keepEdits) throws IOException {
        RecoveryJournal journal = journals.remove(document);
        if (journal == null) {
            return;
        }
        document.session().removeListener(journal);
        if (keepEdits) {
            journal.close();
        } else {
            journal.discard();
            journal.close();
        }
    }
}
