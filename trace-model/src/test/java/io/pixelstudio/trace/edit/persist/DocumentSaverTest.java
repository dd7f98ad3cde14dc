package io.pixelstudio.trace.edit.persist;

import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.ReviewStatus;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.edit.EditSession;
import io.pixelstudio.trace.edit.EditTurnText;
import io.pixelstudio.trace.format.AtomicFiles;
import io.pixelstudio.trace.format.ReadResult;
import io.pixelstudio.trace.format.TraceFormat;
import io.pixelstudio.trace.format.pixelreasoner.PixelReasonerRlFormat;
import io.pixelstudio.trace.format.project.StudioProjectFormat;
import io.pixelstudio.trace.progress.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentSaverTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"data.json", "data.jsonl"})
    void aStreamedSaveIsByteForByteTheFormatsOwnWriteOfTheEditedTraces(String name) throws Exception {
        Path file = folder.resolve(name);
        PersistFixtures.writeDocument(file, 50);
        byte[] old = Files.readAllBytes(file);
        try (DocumentSource source = DocumentSource.open(file, PersistFixtures.SFT, ProgressListener.NONE)) {
            EditSession session = new EditSession(source);
            session.apply(7, new EditTurnText(4, 0, "A new answer \u2014 \\boxed{C}"));

            DocumentSaver.Result result = new DocumentSaver(source, folder).save(session, null, ProgressListener.NONE);

            assertThat(result.streamed()).isTrue();
            Path expected = folder.resolve("expected-" + name);
            List<Trace> all = Stream.iterate(0, i -> i < session.size(), i -> i + 1).map(i -> trace(session, i)).toList();
            PersistFixtures.SFT.write(all, expected, folder, ProgressListener.NONE);
            assertThat(Files.readAllBytes(file)).isEqualTo(Files.readAllBytes(expected));
            assertThat(Files.readAllBytes(AtomicFiles.backupOf(file))).isEqualTo(old);
            assertThat(session.isDirty()).isFalse();
        }
    }

    @Test
    void theGoldenSftFileSavesUnchangedAndAnEditReopensLosslessly() throws Exception {
        Path file = folder.resolve("sft.json");
        try (InputStream in = getClass().getResourceAsStream("/golden/pixelreasoner/sft.json")) {
            Files.copy(in, file);
        }
        byte[] golden = Files.readAllBytes(file);
        List<Trace> edited;
        try (DocumentSource source = DocumentSource.open(file, PersistFixtures.SFT, ProgressListener.NONE)) {
            EditSession session = new EditSession(source);
            session.apply(0, new EditTurnText(2, 0, "Zooming in.\n<tool_call>\nx\n</tool_call>"));
            session.undo();
            new DocumentSaver(source, folder).save(session, null, ProgressListener.NONE);
            assertThat(Files.readAllBytes(file)).as("nothing edited: the same bytes").isEqualTo(golden);

            session.redo();
            new DocumentSaver(source, folder).save(session, null, ProgressListener.NONE);
            edited = Stream.iterate(0, i -> i < session.size(), i -> i + 1).map(i -> trace(session, i)).toList();
        }
        ReadResult reopened = PersistFixtures.SFT.read(file, ProgressListener.NONE);
        assertThat(reopened.findings()).isEmpty();
        assertThat(reopened.traces()).isEqualTo(edited);
    }

    @Test
    void reviewsOfAnSftDocumentGoToTheSidecarAndComeBackOnOpen() throws Exception {
        Path file = folder.resolve("data.json");
        PersistFixtures.writeDocument(file, 10);
        Review verdict = new Review(ReviewStatus.ACCEPTED, List.of("zoom", "clean"), "crop covers the sign");
        try (DocumentSource source = DocumentSource.open(file, PersistFixtures.SFT, ProgressListener.NONE)) {
            EditSession session = new EditSession(source);
            session.apply(3, PersistFixtures.review(verdict));

            DocumentSaver.Result result = new DocumentSaver(source, folder).save(session, null, ProgressListener.NONE);
            assertThat(result.reviewsInSidecar()).isEqualTo(1);
        }
        assertThat(Files.readString(file)).doesNotContain("crop covers the sign");
        assertThat(Files.readAllLines(ReviewSidecar.pathOf(file), StandardCharsets.UTF_8)).containsExactly(
                "{\"pixelstudioReview\": 1, \"document\": \"data.json\"}",
                "{\"index\": 3, \"id\": \"sft-3\", \"status\": \"accepted\", \"tags\": [\"zoom\", \"clean\"],"
                        + " \"note\": \"crop covers the sign\"}");
        try (DocumentSource reopened = DocumentSource.open(file, PersistFixtures.SFT, ProgressListener.NONE)) {
            assertThat(reopened.load(3).review()).isEqualTo(verdict);
            assertThat(reopened.load(4).review()).isEqualTo(Review.none());
        }
    }

    @Test
    void aProjectHoldsItsReviewsItselfAndGetsNoSidecar() throws Exception {
        TraceFormat project = new StudioProjectFormat();
        Path folderDoc = folder.resolve("proj");
        project.write(PersistFixtures.traces(3), folderDoc, folder, ProgressListener.NONE);
        Review verdict = new Review(ReviewStatus.REJECTED, List.of(), "wrong crop");
        try (DocumentSource source = DocumentSource.open(folderDoc, project, ProgressListener.NONE)) {
            EditSession session = new EditSession(source);
            session.apply(1, PersistFixtures.review(verdict));
            DocumentSaver.Result result = new DocumentSaver(source, folder).save(session, null, ProgressListener.NONE);
            assertThat(result.streamed()).isFalse();
        }
        assertThat(ReviewSidecar.pathOf(folderDoc)).doesNotExist();
        assertThat(project.read(folderDoc, ProgressListener.NONE).traces().get(1).review()).isEqualTo(verdict);
    }

    @Test
    void aParquetDocumentIsSavedThroughTheListWriteAtomicallyWithItsReviewsInTheSidecar() throws Exception {
        TraceFormat rl = new PixelReasonerRlFormat();
        Path json = folder.resolve("rl.json");
        try (InputStream in = getClass().getResourceAsStream("/golden/pixelreasoner/rl.json")) {
            Files.copy(in, json);
        }
        List<Trace> traces = rl.read(json, ProgressListener.NONE).traces();
        Path parquet = folder.resolve("release.parquet");
        rl.write(traces, parquet, folder, ProgressListener.NONE);
        List<Trace> asParquet = rl.read(parquet, ProgressListener.NONE).traces();
        Review verdict = new Review(ReviewStatus.NEEDS_FIX, List.of("ambiguous"), "two answers fit");
        try (DocumentSource source = DocumentSource.open(parquet, rl, ProgressListener.NONE)) {
            EditSession session = new EditSession(source);
            session.apply(1, PersistFixtures.review(verdict));

            DocumentSaver.Result result = new DocumentSaver(source, folder).save(session, null, ProgressListener.NONE);

            assertThat(result.streamed()).isFalse();
            assertThat(result.reviewsInSidecar()).isEqualTo(1);
        }
        assertThat(rl.read(parquet, ProgressListener.NONE).traces()).isEqualTo(asParquet);
        assertThat(AtomicFiles.backupOf(parquet)).exists();
        try (DocumentSource reopened = DocumentSource.open(parquet, rl, ProgressListener.NONE)) {
            assertThat(reopened.load(1).review()).isEqualTo(verdict);
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("rl.json",
                    "release.parquet", "release.parquet.bak", "release.parquet" + ReviewSidecar.SUFFIX);
        }
    }

    @Test
    void saveAsWritesACopyInAnotherLayoutAndLeavesTheSessionDirty() throws Exception {
        Path file = folder.resolve("data.json");
        PersistFixtures.writeDocument(file, 5);
        byte[] original = Files.readAllBytes(file);
        Path copy = folder.resolve("copy.jsonl");
        try (DocumentSource source = DocumentSource.open(file, PersistFixtures.SFT, ProgressListener.NONE)) {
            EditSession session = new EditSession(source);
            session.apply(2, new EditTurnText(4, 0, "in the copy"));

            new DocumentSaver(file, PersistFixtures.SFT, folder, List.of())
                    .saveAs(session, copy, PersistFixtures.SFT, ProgressListener.NONE);

            assertThat(session.isDirty()).isTrue();
            assertThat(PersistFixtures.SFT.read(copy, ProgressListener.NONE).traces().get(2).turns().get(4).text())
                    .isEqualTo("in the copy");
        }
        assertThat(Files.readAllLines(copy)).hasSize(5);
        assertThat(Files.readAllBytes(file)).isEqualTo(original);
    }

    @Test
    void aDocumentWithUnreadableRecordsIsNotSavedOverSoNothingIsDropped() throws Exception {
        Path file = folder.resolve("data.jsonl");
        PersistFixtures.writeDocument(file, 3);
        Files.writeString(file, Files.readString(file) + "{\"message_list\": [ broken\n");
        byte[] before = Files.readAllBytes(file);
        try (DocumentSource source = DocumentSource.open(file, PersistFixtures.SFT, ProgressListener.NONE)) {
            assertThat(source.size()).isEqualTo(3);
            EditSession session = new EditSession(source);
            session.apply(0, new EditTurnText(4, 0, "changed"));

            assertThatThrownBy(() -> new DocumentSaver(source, folder).save(session, null, ProgressListener.NONE))
                    .hasMessageContaining("1 record(s)").hasMessageContaining("would drop them");
            assertThat(session.isDirty()).isTrue();
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aCancelledSaveLeavesTheDocumentAndNoTemporaryFile() throws Exception {
        Path file = folder.resolve("data.json");
        PersistFixtures.writeDocument(file, 20);
        byte[] before = Files.readAllBytes(file);
        ProgressListener cancelHalfway = new ProgressListener() {
            private long done;

            @Override
            public void progress(long d) {
                done = d;
            }

            @Override
            public boolean isCancelled() {
                return done >= 10;
            }
        };
        try (DocumentSource source = DocumentSource.open(file, PersistFixtures.SFT, ProgressListener.NONE)) {
            EditSession session = new EditSession(source);
            session.apply(2, new EditTurnText(4, 0, "changed"));
            assertThatThrownBy(() -> new DocumentSaver(source, folder).save(session, null, cancelHalfway))
                    .isInstanceOf(CancellationException.class);
            assertThat(session.isDirty()).isTrue();
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("data.json");
        }
    }

    private static Trace trace(EditSession session, int index) {
        try {
            return session.trace(index);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
