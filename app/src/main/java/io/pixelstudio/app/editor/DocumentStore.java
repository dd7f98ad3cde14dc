package io.pixelstudio.app.editor;

import io.pixelstudio.app.studio.document.TraceDocument;
import io.pixelstudio.trace.progress.ProgressListener;

import java.io.IOException;
import java.util.Optional;

/**
 * Where the studio keeps an open document safe: the recovery journal that records every accepted
 * edit, and the atomic save. An interface so the {@link DocumentLifecycle}'s flow (ask, save in the
 * background, mark clean, drop the journal) is independent of the file formats that implement it.
 */
public interface DocumentStore {

    /** Unsaved edits of a document found from an earlier run (after a crash or kill). */
    interface Recovery {

        /** Re-applies the edits to the open document as one undo step. */
        void restore(TraceDocument document) throws Exception;

        /** Deletes the recovered edits. */
        void discard() throws IOException;
    }

    /**
     * A document was opened: looks for unsaved edits of an earlier run (returned, not yet applied)
     * and starts recording this session's edits.
     */
    Optional<Recovery> opened(TraceDocument document) throws IOException;

    /**
     * Writes the document atomically (temp file, fsync, rename; the previous version kept as .bak) and
     * then drops its recorded edits, which the file now holds. Off the FX thread; edits wait meanwhile.
     */
    void save(TraceDocument document, ProgressListener progress) throws Exception;

    /** The document is closed; {@code keepEdits} false when the user chose to discard its unsaved edits. */
    void closed(TraceDocument document, boolean keepEdits) throws IOException;
}
