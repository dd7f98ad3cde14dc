package io.pixelstudio.trace.edit.persist;

import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.edit.EditSession;
import io.pixelstudio.trace.format.ReadResult;
import io.pixelstudio.trace.progress.ProgressListener;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves the save and the journal against {@code kill -9}: a child JVM edits a generated document
 * of 3,000 traces and is killed with SIGKILL ({@link Process#destroyForcibly()}) at several points of
 * the save. Whatever the point, the document is the complete old file or the complete new one, a
 * leftover temporary file harms nothing, and opening it again (restoring the journal when offered)
 * shows every one of the edits.
 */
class KillDuringSaveTest {

    private static final int TRACES = 3000;
    private static final int EDITS = 25;

    @TempDir
    Path folder;

    @ParameterizedTest(name = "killed at {0}")
    @CsvSource({
            "before-save, EDITED, old",
            "saving, SAVING, either",
            "record:300, AT 300, old",
            "record:3000, AT 3000, old",
            "renamed, RENAMED, new"})
    void aKillAnywhereInTheSaveLosesNoEditAndLeavesAWholeDocument(String point, String marker, String expected)
            throws Exception {
        Path doc = folder.resolve("data.json");
        PersistFixtures.writeDocument(doc, TRACES);
        byte[] old = Files.readAllBytes(doc);

        killChildAt(doc, point, "MARK " + marker);
        if (point.startsWith("record:")) {
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files.map(p -> p.getFileName().toString()))
                        .as("the kill left the half-written temporary file behind")
                        .anyMatch(n -> n.startsWith(".data.json.") && n.endsWith(".tmp"));
            }
        }

        ReadResult reread = PersistFixtures.SFT.read(doc, ProgressListener.NONE);
        assertThat(reread.findings()).as("the document parses completely").isEmpty();
        assertThat(reread.traces()).hasSize(TRACES);
        boolean isOld = Arrays.equals(Files.readAllBytes(doc), old);
        boolean isNew = hasAllEdits(reread.traces());
        assertThat(isOld || isNew).as("old file intact or new file complete").isTrue();
        if (expected.equals("old")) {
            assertThat(isOld).isTrue();
        } else if (expected.equals("new")) {
            assertThat(isNew).isTrue();
        }

        try (DocumentSource source = DocumentSource.open(doc, PersistFixtures.SFT, ProgressListener.NONE);
             RecoveryJournal journal = RecoveryJournal.start(doc)) {
            EditSession session = new EditSession(source);
            session.addListener(journal);
            UnsavedEdits unsaved = RecoveryJournal.find(doc).orElseThrow();
            assertThat(unsaved.state()).isEqualTo(isOld ? UnsavedEdits.State.UNSAVED : UnsavedEdits.State.ALREADY_SAVED);
            if (unsaved.state() == UnsavedEdits.State.UNSAVED) {
                assertThat(unsaved.traces()).hasSize(EDITS);
                unsaved.restore(session);
            } else {
                unsaved.discard();
            }
            for (int e = 0; e < EDITS; e++) {
                assertThat(session.trace(PersistFixtures.editedTrace(e, TRACES)).turns().get(4).text())
                        .isEqualTo(PersistFixtures.editedText(e));
            }
            new DocumentSaver(source, folder).save(session, journal, ProgressListener.NONE);
        }
        assertThat(hasAllEdits(PersistFixtures.SFT.read(doc, ProgressListener.NONE).traces())).isTrue();
        assertThat(RecoveryJournal.find(doc)).isEmpty();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")))
                    .containsExactlyInAnyOrder("data.json", "data.json.bak");
        }
    }

    private static boolean hasAllEdits(List<Trace> traces) {
        for (int e = 0; e < EDITS; e++) {
            if (!traces.get(PersistFixtures.editedTrace(e, TRACES)).turns().get(4).text()
                    .equals(PersistFixtures.editedText(e))) {
                return false;
            }
        }
        return true;
    }

    /** Runs the child and SIGKILLs it as soon as it prints {@code marker}. */
    private static void killChildAt(Path doc, String point, String marker) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(java, "-cp", classPath, KillDuringSaveChild.class.getName(),
                doc.toString(), Integer.toString(EDITS), point).redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                output.add(line);
                if (line.equals(marker)) {
                    child.destroyForcibly();
                    break;
                }
            }
        } finally {
            if (!child.waitFor(60, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        }
        assertThat(output).as("child output").contains(marker);
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
    }
}
