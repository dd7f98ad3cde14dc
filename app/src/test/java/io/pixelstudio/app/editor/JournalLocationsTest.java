package io.pixelstudio.app.editor;

import io.pixelstudio.app.studio.document.TraceDocument;
import io.pixelstudio.app.testing.SampleData;
import io.pixelstudio.trace.ReviewStatus;
import io.pixelstudio.trace.curation.SetVerdict;
import io.pixelstudio.trace.format.TraceFormats;
import io.pixelstudio.trace.progress.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Journals go to the studio's data folder, never beside the document (which may be read-only). */
class JournalLocationsTest {

    @TempDir
    Path temp;

    @Test
    void twoDocumentsWithTheSameNameGetDifferentJournalsInTheFolder() {
        JournalLocations locations = new JournalLocations(temp.resolve("journals"));

        Path a = locations.of(Path.of("/data/a/traces.json"));
        Path b = locations.of(Path.of("/data/b/traces.json"));

        assertThat(a.getParent()).isEqualTo(temp.resolve("journals"));
        assertThat(a.getFileName().toString()).startsWith("traces.json-").endsWith(".pixelstudio-journal.jsonl");
        assertThat(a).isNotEqualTo(b);
        assertThat(locations.of(Path.of("/data/a/../a/traces.json"))).isEqualTo(a);
    }

    @Test
    void anEditIsJournalledInTheDataFolderAndNothingIsWrittenBesideTheDocument() throws Exception {
        Path documentFolder = Files.createDirectories(temp.resolve("docs"));
        Path file = documentFolder.resolve("one.json");
        Files.copy(SampleData.sftFile(), file);
        JournalLocations locations = new JournalLocations(temp.resolve("data/journals"));
        JournalDocumentStore store = new JournalDocumentStore(locations);
        try (TraceDocument document = TraceDocument.open(file, TraceFormats.discover(), ProgressListener.NONE)) {
            assertThat(store.opened(document)).isEmpty();
            ReviewStatus other = document.session().trace(0).review().status() == ReviewStatus.REJECTED
                    ? ReviewStatus.ACCEPTED : ReviewStatus.REJECTED;
            document.session().apply(0, new SetVerdict(other));

            assertThat(locations.of(file)).exists();
            try (var beside = Files.list(documentFolder)) {
                assertThat(beside).containsExactly(file);
            }
            store.closed(document, true);
        }
        try (TraceDocument reopened = TraceDocument.open(file, TraceFormats.discover(), ProgressListener.NONE)) {
            assertThat(store.opened(reopened)).as("the journal offers the edit back").isPresent();
        }
    }
}
