package io.pixelstudio.trace.edit.persist;

import com.fasterxml.jackson.databind.JsonNode;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.edit.EditSession;
import io.pixelstudio.trace.edit.EditStep;
import io.pixelstudio.trace.format.AtomicFiles;
import io.pixelstudio.trace.format.FormatException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a {@link RecoveryJournal} left behind, read back for the next start to offer: the final
 * state of every trace the unsaved edits touched, and whether they still apply to the document on
 * disk. A torn last line (the process killed mid-append) is ignored; the lines before it are kept.
 */
public final class UnsavedEdits {

    /** How the journal relates to the document as it is on disk now. */
    public enum State {
        /** The document is the version the edits were made on: restoring brings them back. */
        UNSAVED,
        /** The document is the version a save of these edits produced: nothing to restore. */
        ALREADY_SAVED,
        /** The document changed in another way since: restoring would apply edits to another version. */
        STALE
    }

    /** The restore step's description (its Undo menu text). */
    public static final String DESCRIPTION = "Restore unsaved edits";

    private final Path journal;
    private final State state;
    private final Map<Integer, Trace> traces;
    private final int tornLines;
    private boolean restored;

    private UnsavedEdits(Path journal, State state, Map<Integer, Trace> traces, int tornLines) {
        this.journal = journal;
        this.state = state;
        this.traces = Collections.unmodifiableMap(traces);
        this.tornLines = tornLines;
    }

    static UnsavedEdits read(Path document, Path journal) throws IOException {
        String[] raw = new String(Files.readAllBytes(journal), StandardCharsets.UTF_8).split("\n", -1);
        List<JsonNode> lines = new ArrayList<>();
        int torn = raw[raw.length - 1].isEmpty() ? 0 : 1;
        for (int i = 0; i < raw.length - 1; i++) {
            JsonNode node = JournalLines.parse(raw[i]);
            if (node == null) {
                if (i < raw.length - 2 && !allBlank(raw, i + 1)) {
                    throw new IOException(journal + ":" + (i + 1) + ": corrupt journal line before the last one");
                }
                torn++;
                break;
            }
            lines.add(node);
        }
        if (lines.isEmpty() || !lines.get(0).path("pixelstudioJournal").isInt()) {
            return new UnsavedEdits(journal, State.STALE, new TreeMap<>(), torn);
        }
        JsonNode header = lines.get(0);
        if (header.get("pixelstudioJournal").intValue() != RecoveryJournal.VERSION) {
            throw new IOException(journal + ":1: journal version " + header.get("pixelstudioJournal")
                    + " is not " + RecoveryJournal.VERSION + "; it was written by another version of the studio");
        }
        DocumentFingerprint now = Files.exists(document) ? DocumentFingerprint.of(document) : null;
        int from = 1;
        State state = now != null && now.equals(DocumentFingerprint.readFrom(header)) ? State.UNSAVED : State.STALE;
        for (int i = 1; i < lines.size(); i++) {
            JsonNode saving = lines.get(i).get("saving");
            if (saving != null && now != null && now.equals(DocumentFingerprint.readFrom(saving))) {
                state = State.ALREADY_SAVED;
                from = i + 1;
            }
        }
        Map<Integer, Trace> finals = finalStates(journal, lines, state == State.STALE ? 1 : from);
        if (state == State.ALREADY_SAVED && !finals.isEmpty()) {
            state = State.UNSAVED;
        }
        return new UnsavedEdits(journal, state, finals, torn);
    }

    private static boolean allBlank(String[] raw, int from) {
        for (int i = from; i < raw.length; i++) {
            if (!raw[i].isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static Map<Integer, Trace> finalStates(Path journal, List<JsonNode> lines, int from) throws IOException {
        JournalLines decoder = new JournalLines();
        Map<Integer, Trace> finals = new TreeMap<>();
        for (int i = from; i < lines.size(); i++) {
            JsonNode line = lines.get(i);
            if (!line.has("index")) {
                continue;
            }
            int index = line.get("index").intValue();
            if (line.path("removed").asBoolean(false)) {
                finals.remove(index);
                continue;
            }
            try {
                finals.put(index, decoder.trace(line, index));
            } catch (FormatException e) {
                throw new IOException(journal + ":" + (i + 1) + ": trace " + index + " does not decode: "
                        + e.getMessage(), e);
            }
        }
        return finals;
    }

    /** The journal file. */
    public Path journal() {
        return journal;
    }

    /** Whether restoring applies to the document as it is now. */
    public State state() {
        return state;
    }

    /** The final state of each trace the unsaved edits changed, by index. */
    public Map<Integer, Trace> traces() {
        return traces;
    }

    /** Lines at the end that a kill tore and that were ignored (0 or 1). */
    public int tornLines() {
        return tornLines;
    }

    /**
     * Re-applies the final state of each trace to {@code session} (opened on the document) as one undo
     * step, {@value #DESCRIPTION}; empty when the session already holds them. The session's journal,
     * if attached, records the step, so the edits are safe again before this returns.
     *
     * @throws IOException when the journal is {@link State#STALE}: it was written for another version
     */
    public Optional<EditStep> restore(EditSession session) throws IOException, FormatException {
        if (state == State.STALE) {
            throw new IOException("the journal " + journal + " was written for another version of the document"
                    + " (its size, time or first megabyte differ); open it as text, or discard it");
        }
        Optional<EditStep> step = session.applyStates(DESCRIPTION, traces);
        restored = true;
        return step;
    }

    /**
     * Deletes the journal because the user chose not to restore. After {@link #restore} the session's
     * own journal owns the file (and deletes it when the document is saved), so this refuses.
     */
    public void discard() throws IOException {
        if (restored) {
            throw new IllegalStateException("the edits were restored; the session's journal now keeps " + journal);
        }
        Files.deleteIfExists(journal);
        Files.deleteIfExists(AtomicFiles.backupOf(journal));
    }
}
