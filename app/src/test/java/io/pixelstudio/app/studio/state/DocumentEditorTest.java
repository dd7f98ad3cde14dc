package io.pixelstudio.app.studio.state;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.app.studio.document.TraceRow;
import io.pixelstudio.app.studio.task.CurrentThreadTasks;
import io.pixelstudio.app.testing.SampleData;
import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.ReviewStatus;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.edit.EditException;
import io.pixelstudio.trace.edit.TraceEdit;
import io.pixelstudio.trace.format.TraceFormats;
import io.pixelstudio.trace.media.ImageLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Edits through the studio state keep the list, the shown trace and the undo state in step. */
class DocumentEditorTest {

    private StudioState state;

    @BeforeEach
    void openSample() {
        state = new StudioState(new CurrentThreadTasks(), Runnable::run, TraceFormats.discover(),
                new TraceLoader(new ImageLoader()), Messages.load());
        state.open(SampleData.project());
    }

    @AfterEach
    void close() {
        state.close();
    }

    @Test
    void anEditOfTheSelectedTraceUpdatesItsRowAndTheShownTraceButKeepsTheTurn() throws Exception {
        state.selectedIndexProperty().set(2);
        state.nextTurn();
        state.nextTurn();

        ReviewStatus other = state.loadedProperty().get().trace().review().status() == ReviewStatus.REJECTED
                ? ReviewStatus.NEEDS_FIX : ReviewStatus.REJECTED;

        state.editor().edit(verdict(other));

        assertThat(state.traceList().rowAt(2)).map(TraceRow::status).contains(other);
        assertThat(state.loadedProperty().get().trace().review().status()).isEqualTo(other);
        assertThat(state.currentTurnProperty().get()).isEqualTo(2);
        assertThat(state.editor().dirtyProperty().get()).isTrue();
        assertThat(state.editor().undoTextProperty().get()).isEqualTo("verdict " + other);
    }

    @Test
    void undoRestoresTheRowsAndTheCleanState() throws Exception {
        ReviewStatus first = state.traceList().rowAt(0).orElseThrow().status();
        ReviewStatus seventh = state.traceList().rowAt(6).orElseThrow().status();
        state.editor().editAll("flag two", Map.of(0, verdict(ReviewStatus.NEEDS_FIX), 6, verdict(ReviewStatus.NEEDS_FIX)));
        assertThat(state.traceList().rowAt(6)).map(TraceRow::status).contains(ReviewStatus.NEEDS_FIX);

        state.editor().undo();

        assertThat(state.traceList().rowAt(0)).map(TraceRow::status).contains(first);
        assertThat(state.traceList().rowAt(6)).map(TraceRow::status).contains(seventh);
        assertThat(state.editor().dirtyProperty().get()).isFalse();
        assertThat(state.editor().redoTextProperty().get()).isEqualTo("flag two");
    }

    @Test
    void anAppendedTraceIsListedSelectedAndGoneAfterUndo() throws Exception {
        Trace copy = state.loadedProperty().get().trace();
        Trace added = new Trace("added", copy.source(), copy.question(), copy.media(), copy.answers(), copy.evidence(),
                copy.turns(), Review.none(), copy.extras());

        int index = state.editor().append(added, "synthesize");

        assertThat(index).isEqualTo(12);
        assertThat(state.traceList().rows()).hasSize(13);
        assertThat(state.selectedIndexProperty().get()).isEqualTo(12);
        assertThat(state.loadedProperty().get().trace().id()).isEqualTo("added");
        state.editor().undo();
        assertThat(state.traceList().rows()).hasSize(12);
        assertThat(state.selectedIndexProperty().get()).isEqualTo(11);
    }

    @Test
    void aFailingEditChangesNothing() {
        TraceEdit broken = new TraceEdit() {
            @Override
            public Trace apply(Trace before) throws EditException {
                throw new EditException("turn 40: no such turn");
            }

            @Override
            public String description() {
                return "broken";
            }
        };
        assertThatThrownBy(() -> state.editor().edit(broken)).hasMessageContaining("turn 40");
        assertThat(state.editor().dirtyProperty().get()).isFalse();
        assertThat(state.editor().undoTextProperty().get()).isEmpty();
    }

    private static TraceEdit verdict(ReviewStatus status) {
        return new TraceEdit() {
            @Override
            public Trace apply(Trace before) {
                return before.withReview(new Review(status, before.review().tags(), before.review().note()));
            }

            @Override
            public String description() {
                return "verdict " + status;
            }
        };
    }
}
