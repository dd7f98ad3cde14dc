package io.pixelstudio.trace.edit.persist;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.edit.EditListener;
import io.pixelstudio.trace.edit.EditStep;
import io.pixelstudio.trace.edit.TraceChange;
import io.pixelstudio.trace.format.AtomicFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Optional;

/**
 * Puts every accepted edit on disk before the edit call returns: as an {@link EditListener} (add it
 * first), it appends the resulting state of each changed trace to
 * {@code <document>.pixelstudio-journal.jsonl} and forces the file to disk. After a crash or
 * {@code kill -9}, {@link #find} reads it back and {@link UnsavedEdits#restore} re-applies the final
 * state of each trace. The journal exists only while there are unsaved edits: it is created
 * (atomically, header and first lines together) at the first change and deleted by {@link #discard}
 * after a successful save. The header names the document's version ({@link DocumentFingerprint}) so a
 * journal for another version is recognised as stale; a save appends the saved version's fingerprint
 * before replacing the document, so a kill between the two is recognised as "already saved".
 *
 * <p>An append that fails is cut back off the file and reported as an {@link UncheckedIOException}
 * from the edit call: the edit is in memory but not safe, and the caller must say so.
 */
public final class RecoveryJournal implements EditListener, AutoCloseable {

    /** Appended to the document's file name. */
    public static final String SUFFIX = ".pixelstudio-journal.jsonl";
    /** The version this code writes and reads. */
    public static final int VERSION = 1;

    private final Path document;
    private final Path journal;
    private final JournalLines lines = new JournalLines();
    private DocumentFingerprint base;
    private FileChannel channel;
    private long counter;

    private RecoveryJournal(Path document, Path journal, DocumentFingerprint base) {
        this.document = document;
        this.journal = journal;
        this.base = base;
    }

    /**
     * A journal for {@code document} as it is on disk now (the version the session was opened on).
     * Nothing is written until the first change.
     */
    public static RecoveryJournal start(Path document) throws IOException {
        return start(document, pathOf(document));
    }

    /**
     * Like {@link #start(Path)}, with the journal kept at {@code journal} — e.g. in the user's data
     * folder, for a document in a folder the user cannot write (an installed sample).
     */
    public static RecoveryJournal start(Path document, Path journal) throws IOException {
        Path absolute = Objects.requireNonNull(document, "document").toAbsolutePath().normalize();
        return new RecoveryJournal(absolute, Objects.requireNonNull(journal, "journal").toAbsolutePath().normalize(),
                DocumentFingerprint.of(absolute));
    }

    /** The journal path of {@code document}. */
    public static Path pathOf(Path document) {
        Path absolute = document.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + SUFFIX);
    }

    /**
     * The unsaved edits a previous session left for {@code document}, if its journal exists.
     *
     * @throws IOException when the journal cannot be read, or is corrupt before its last line
     */
    public static Optional<UnsavedEdits> find(Path document) throws IOException {
        return find(document, pathOf(document));
    }

    /** Like {@link #find(Path)}, for a journal kept at {@code journal}. */
    public static Optional<UnsavedEdits> find(Path document, Path journal) throws IOException {
        Path absolute = Objects.requireNonNull(document, "document").toAbsolutePath().normalize();
        Path file = Objects.requireNonNull(journal, "journal").toAbsolutePath().normalize();
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Optional.of(UnsavedEdits.read(absolute, file));
    }

    @Override
    public synchronized void changed(EditStep step, Direction direction) {
        counter++;
        StringBuilder text = new StringBuilder();
        for (TraceChange change : step.changes()) {
            text.append(lines.change(counter, direction, step.description(), change)).append('\n');
        }
        try {
            append(text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("the edit \"" + step.description() + "\" is applied but could not be"
                    + " written to the recovery journal " + journal + "; save now: " + e.getMessage(), e);
        }
    }

    /**
     * Records that the document is about to be replaced by a file with fingerprint {@code saved}
     * (called by {@link DocumentSaver} after the new file is complete and before it is renamed over
     * the document). Nothing to record when there are no edits in the journal.
     */
    synchronized void savingAs(DocumentFingerprint saved) throws IOException {
        if (channel != null) {
            append(lines.saving(saved) + "\n");
        }
    }

    /** The journal file (it exists only while there are unsaved edits). */
    public Path journal() {
        return journal;
    }

    /**
     * Deletes the journal after a successful save and bases the next one on the saved document, so
     * edits from here on are journaled against the new version.
     */
    public synchronized void discard() throws IOException {
        closeChannel();
        Files.deleteIfExists(journal);
        Files.deleteIfExists(AtomicFiles.backupOf(journal));
        base = DocumentFingerprint.of(document);
    }

    /** Closes the file; the journal stays on disk (the edits in it are still unsaved). */
    @Override
    public synchronized void close() throws IOException {
        closeChannel();
    }

    private void append(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (channel == null) {
            create(bytes);
            return;
        }
        long end = channel.size();
        try {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
        } catch (IOException e) {
            try {
                channel.truncate(end);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /**
     * Writes header and first lines as one atomic file. A journal already there (one restored from,
     * or one a careless caller never looked at) is kept as {@code .bak} until the next save.
     */
    private void create(byte[] first) throws IOException {
        ObjectNode header = DocumentFingerprint.node().put("pixelstudioJournal", VERSION)
                .put("document", document.toString());
        base.writeTo(header);
        byte[] head = (lines.line(header) + "\n").getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(journal.getParent());
        AtomicFiles.write(journal, out -> {
            out.write(head);
            out.write(first);
        });
        channel = FileChannel.open(journal, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    private void closeChannel() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }
}
