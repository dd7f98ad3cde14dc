package io.pixelstudio.app.curation;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.app.studio.document.TraceRow;
import io.pixelstudio.app.studio.state.StudioState;
import io.pixelstudio.app.studio.state.TraceLoader;
import io.pixelstudio.app.studio.task.CurrentThreadTasks;
import io.pixelstudio.app.testing.SampleData;
import io.pixelstudio.trace.ReviewStatus;
import io.pixelstudio.trace.format.TraceFormats;
import io.pixelstudio.trace.media.ImageLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Triage on the sample project through the studio state, without a window. */
class TriageViewModelTest {

    private StudioState state;
    private final List<TraceRow> selection = new ArrayList<>();
    private TriageViewModel triage;

    @BeforeEach
    void openSample() {
        state = new StudioState(new CurrentThreadTasks(), Runnable::run, TraceFormats.discover(),
                new TraceLoader(new ImageLoader()), Messages.load());
        state.open(SampleData.project());
        triage = new TriageViewModel(state.editor(), state.selectedIndexProperty(), state.traceList()::visibleRows,
                () -> selection, state.traceList()::rowAt, Messages.load());
    }

    @AfterEach
    void close() {
        state.close();
    }

    private ReviewStatus status(int index) {
        return state.traceList().rowAt(index).orElseThrow().status();
    }

    @Test
    void aVerdictIsOneEditAndAdvancesToTheNextShownRow() throws Exception {
        state.selectedIndexProperty().set(0);
        triage.verdict(ReviewStatus.REJECTED);
        assertThat(status(0)).isEqualTo(ReviewStatus.REJECTED);
        assertThat(state.selectedIndexProperty().get()).isEqualTo(1);
        triage.verdict(ReviewStatus.NEEDS_FIX);
        assertThat(state.selectedIndexProperty().get()).isEqualTo(2);
        assertThat(state.editor().undoTextProperty().get()).isEqualTo("Mark needs-fix");
        state.editor().undo();
        assertThat(status(1)).isEqualTo(ReviewStatus.ACCEPTED);
        assertThat(status(0)).isEqualTo(ReviewStatus.REJECTED);
    }

    @Test
    void underAFilterThatHidesTheJudgedRowTheRowAfterItIsSelected() throws Exception {
        state.traceList().filterTextProperty().set("status:unreviewed");
        assertThat(state.traceList().visibleRows()).extracting(TraceRow::index).containsExactly(2, 6, 8);
        state.selectedIndexProperty().set(2);
        triage.verdict(ReviewStatus.ACCEPTED);
        assertThat(state.traceList().visibleRows()).extracting(TraceRow::index).containsExactly(6, 8);
        assertThat(state.selectedIndexProperty().get()).isEqualTo(6);
    }

    @Test
    void confirmingTheStatusATraceHasAdvancesWithoutAnEdit() throws Exception {
        state.selectedIndexProperty().set(3);
        triage.verdict(ReviewStatus.REJECTED);
        assertThat(state.selectedIndexProperty().get()).isEqualTo(4);
        assertThat(state.editor().dirtyProperty().get()).isFalse();
        state.selectedIndexProperty().set(3);
        triage.addTags("No-Tool");
        assertThat(state.editor().undoTextProperty().get()).isEmpty();
    }

    @Test
    void theLastRowStaysSelectedAfterItsVerdict() throws Exception {
        state.selectedIndexProperty().set(11);
        triage.verdict(ReviewStatus.ACCEPTED);
        assertThat(state.selectedIndexProperty().get()).isEqualTo(11);
        assertThat(status(11)).isEqualTo(ReviewStatus.ACCEPTED);
    }

    @Test
    void bulkActionsOnASelectionAreOneUndoStepEach() throws Exception {
        state.selectedIndexProperty().set(4);
        selection.addAll(List.of(row(4), row(2), row(9)));
        triage.addTags("bulk, Zoom");
        for (int i : new int[]{2, 4, 9}) {
            assertThat(row(i).tags()).contains("bulk").filteredOn("zoom"::equalsIgnoreCase).hasSize(1);
        }
        assertThat(state.editor().undoTextProperty().get()).isEqualTo("Add tag bulk, Zoom to 3 traces");
        triage.verdict(ReviewStatus.REJECTED);
        assertThat(List.of(status(2), status(4), status(9))).containsOnly(ReviewStatus.REJECTED);
        assertThat(state.selectedIndexProperty().get()).isEqualTo(4);
        state.editor().undo();
        assertThat(status(4)).isEqualTo(ReviewStatus.ACCEPTED);
        assertThat(row(9).tags()).contains("bulk");
        state.editor().undo();
        assertThat(row(2).tags()).containsExactly("zoom", "multi-zoom");
        assertThat(row(9).tags()).doesNotContain("bulk");
    }

    @Test
    void removingTagsAndSettingANoteEditTheSelectedTrace() throws Exception {
        state.selectedIndexProperty().set(1);
        triage.removeTags("self-correction");
        assertThat(row(1).tags()).containsExactly("zoom");
        assertThat(triage.currentNote()).startsWith("First zoom lands");
        triage.setNote("checked twice");
        assertThat(row(1).note()).isEqualTo("checked twice");
        assertThat(state.loadedProperty().get().trace().review().note()).isEqualTo("checked twice");
    }

    @Test
    void knownTagsAreTheDocumentsTagsSorted() {
        assertThat(TriageViewModel.knownTags(state.traceList().rows())).startsWith("arithmetic", "chart")
                .contains("self-correction", "video").doesNotHaveDuplicates();
    }

    private TraceRow row(int index) {
        return state.traceList().rowAt(index).orElseThrow();
    }
}
