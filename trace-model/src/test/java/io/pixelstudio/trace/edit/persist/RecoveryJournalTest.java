package io.pixelstudio.trace.edit.persist;

import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.ReviewStatus;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.edit.EditSession;
import io.pixelstudio.trace.edit.EditTurnText;
import io.pixelstudio.trace.progress.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecoveryJournalTest {

    @TempDir
    Path folder;

    private Path document() throws Exception {
        Path file = folder.resolve("data.jsonl");
        PersistFixtures.writeDocument(file, 20);
        return file;
    }

    private static UnsavedEdits found(Path document) throws Exception {
        return RecoveryJournal.find(document).orElseThrow();
    }

    @Test
    void everyAcceptedEditIsInTheJournalWhenTheCallReturns() throws Exception {
        Path doc = document();
        try (DocumentSource source = DocumentSource.open(doc, PersistFixtures.SFT, ProgressListener.NONE);
             RecoveryJournal journal = RecoveryJournal.start(doc)) {
            EditSession session = new EditSession(source);
            session.addListener(journal);
            assertThat(RecoveryJournal.find(doc)).as("no journal before the first edit").isEmpty();

            session.apply(4, new EditTurnText(4, 0, "first"));
            assertThat(found(doc).traces()).containsOnlyKeys(4);
            session.apply(9, new EditTurnText(4, 0, "second"));
            session.apply(4, new EditTurnText(4, 0, "third"));

            UnsavedEdits unsaved = found(doc);
            assertThat(unsaved.state()).isEqualTo(UnsavedEdits.State.UNSAVED);
            assertThat(unsaved.traces()).containsOnlyKeys(4, 9);
            assertThat(unsaved.traces().get(4)).isEqualTo(session.trace(4));
            assertThat(unsaved.traces().get(9)).isEqualTo(session.trace(9));
        }
    }

    @Test
    void undoRedoAndAnUndoneAppendAreJournaledAsTheResultingStates() throws Exception {
        Path doc = document();
        try (DocumentSource source = DocumentSource.open(doc, PersistFixtures.SFT, ProgressListener.NONE);
             RecoveryJournal journal = RecoveryJournal.start(doc)) {
            EditSession session = new EditSession(source);
            session.addListener(journal);
            Trace original = session.trace(2);
            session.apply(2, new EditTurnText(4, 0, "changed"));
            session.undo();
            assertThat(found(doc).traces().get(2)).isEqualTo(original);
            session.redo();
            assertThat(found(doc).traces().get(2)).isEqualTo(session.trace(2));

            session.append(PersistFixtures.traces(1).get(0), "synthesize");
            assertThat(found(doc).traces()).containsKey(20);
            session.undo();
            assertThat(found(doc).traces()).doesNotContainKey(20);
        }
    }

    @Test
    void restoringInANewSessionIsOneStepAndTheNewJournalTakesOver() throws Exception {
        Path doc = document();
        Review verdict = new Review(ReviewStatus.ACCEPTED, List.of("ok"), "");
        Trace expected4;
        Trace expectedNew;
        try (DocumentSource source = DocumentSource.open(doc, PersistFixtures.SFT, ProgressListener.NONE)) {
            EditSession session = new EditSession(source);
            RecoveryJournal journal = RecoveryJournal.start(doc);
            session.addListener(journal);
            session.apply(4, new EditTurnText(4, 0, "kept"));
            session.apply(4, PersistFixtures.review(verdict));
            session.append(PersistFixtures.traces(2).get(1), "synthesize");
            expected4 = session.trace(4);
            expectedNew = session.trace(20);
            // the process dies here: the journal is never closed or discarded
        }

        try (DocumentSource source = DocumentSource.open(doc, PersistFixtures.SFT, ProgressListener.NONE);
             RecoveryJournal journal = RecoveryJournal.start(doc)) {
            EditSession session = new EditSession(source);
            session.addListener(journal);
            UnsavedEdits unsaved = found(doc);

            assertThat(unsaved.restore(session)).get()
                    .satisfies(step -> assertThat(step.description()).isEqualTo("Restore unsaved edits"));

            assertThat(session.trace(4)).isEqualTo(expected4);
            assertThat(session.trace(20)).isEqualTo(expectedNew);
            assertThat(session.history().undoDepth()).isEqualTo(1);
            assertThat(session.isDirty()).isTrue();
            assertThat(found(doc).traces()).containsOnlyKeys(4, 20);
            assertThatThrownBy(unsaved::discard).isInstanceOf(IllegalStateException.class);

            new DocumentSaver(source, folder).save(session, journal, ProgressListener.NONE);
            assertThat(RecoveryJournal.find(doc)).as("a save discards the journal").isEmpty();
        }
    }

    @Test
    void aLineTornByAKillIsIgnoredAndTheEarlierLinesKept() throws Exception {
        Path doc = document();
        try (DocumentSource source = DocumentSource.open(doc, PersistFixtures.SFT, ProgressListener.NONE);
             RecoveryJournal journal = RecoveryJournal.start(doc)) {
            EditSession session = new EditSession(source);
            session.addListener(journal);
            session.apply(1, new EditTurnText(4, 0, "safe"));
            Files.writeString(journal.journal(), "{\"step\": 2, \"direction\": \"applied\", \"index\": 3, \"trace\": {\"sch",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);

            UnsavedEdits unsaved = found(doc);
            assertThat(unsaved.tornLines()).isEqualTo(1);
            assertThat(unsaved.traces()).containsOnlyKeys(1);
            assertThat(unsaved.traces().get(1).turns().get(4).text()).isEqualTo("safe");
        }
    }

    @Test
    void aJournalForAnotherVersionOfTheDocumentIsStaleAndNotApplied() throws Exception {
        Path doc = document();
        try (DocumentSource source = DocumentSource.open(doc, PersistFixtures.SFT, ProgressListener.NONE);
             RecoveryJournal journal = RecoveryJournal.start(doc)) {
            EditSession session = new EditSession(source);
            session.addListener(journal);
            session.apply(1, new EditTurnText(4, 0, "edit"));
        }
        PersistFixtures.writeDocument(doc, 21);

        UnsavedEdits unsaved = found(doc);
        assertThat(unsaved.state()).isEqualTo(UnsavedEdits.State.STALE);
        try (DocumentSource source = DocumentSource.open(doc, PersistFixtures.SFT, ProgressListener.NONE)) {
            assertThatThrownBy(() -> unsaved.restore(new EditSession(source)))
                    .hasMessageContaining("another version of the document");
        }
        unsaved.discard();
        assertThat(RecoveryJournal.find(doc)).isEmpty();
    }

    @Test
    void undoingBackToTheSavedStateLeavesNothingToRestore() throws Exception {
        Path doc = document();
        try (DocumentSource source = DocumentSource.open(doc, PersistFixtures.SFT, ProgressListener.NONE);
             RecoveryJournal journal = RecoveryJournal.start(doc)) {
            EditSession session = new EditSession(source);
            session.addListener(journal);
            session.apply(1, new EditTurnText(4, 0, "edit"));
            session.undo();
        }
        try (DocumentSource source = DocumentSource.open(doc, PersistFixtures.SFT, ProgressListener.NONE)) {
            assertThat(found(doc).restore(new EditSession(source))).isEmpty();
        }
    }
}
