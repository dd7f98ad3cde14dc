package io.pixelstudio.trace.edit;

import io.pixelstudio.trace.Extras;
import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.ReviewStatus;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EditSessionTest {

    private final List<Trace> originals = List.of(trace("a"), trace("b"), trace("c"));
    private final EditSession session = new EditSession(new TraceSource() {
        @Override
        public int size() {
            return originals.size();
        }

        @Override
        public Trace load(int index) {
            return originals.get(index);
        }
    });

    @Test
    void anAppliedEditChangesOnlyItsTraceAndMakesTheDocumentDirty() throws Exception {
        session.apply(1, verdict(ReviewStatus.ACCEPTED));

        assertThat(session.trace(1).review().status()).isEqualTo(ReviewStatus.ACCEPTED);
        assertThat(session.trace(0)).isSameAs(originals.get(0));
        assertThat(session.isEdited(1)).isTrue();
        assertThat(session.isEdited(0)).isFalse();
        assertThat(session.isDirty()).isTrue();
    }

    @Test
    void undoingBackToTheSavedPositionMakesTheDocumentCleanAgain() throws Exception {
        session.apply(0, verdict(ReviewStatus.REJECTED));
        session.markSaved();
        session.apply(0, verdict(ReviewStatus.ACCEPTED));
        assertThat(session.isDirty()).isTrue();

        session.undo();

        assertThat(session.isDirty()).isFalse();
        assertThat(session.trace(0).review().status()).isEqualTo(ReviewStatus.REJECTED);
        session.redo();
        assertThat(session.trace(0).review().status()).isEqualTo(ReviewStatus.ACCEPTED);
        assertThat(session.isDirty()).isTrue();
    }

    @Test
    void aNewEditAfterUndoDropsTheRedoBranchAndASaveInsideIt() throws Exception {
        session.apply(0, verdict(ReviewStatus.REJECTED));
        session.markSaved();
        session.undo();
        session.apply(0, verdict(ReviewStatus.NEEDS_FIX));

        assertThat(session.history().peekRedo()).isEmpty();
        session.undo();
        assertThat(session.isDirty()).as("the saved state can no longer be reached").isTrue();
    }

    @Test
    void aBulkEditIsOneUndoStepAndAllOrNothing() throws Exception {
        session.applyAll("accept 3", Map.of(0, verdict(ReviewStatus.ACCEPTED), 2, verdict(ReviewStatus.ACCEPTED)));
        assertThat(session.history().undoDepth()).isEqualTo(1);

        TraceEdit failing = new TraceEdit() {
            @Override
            public Trace apply(Trace before) throws EditException {
                throw new EditException("turn 9 does not exist");
            }

            @Override
            public String description() {
                return "broken";
            }
        };
        assertThatThrownBy(() -> session.applyAll("mixed", Map.of(1, verdict(ReviewStatus.REJECTED), 2, failing)))
                .isInstanceOf(EditException.class).hasMessageContaining("turn 9");
        assertThat(session.trace(1)).isSameAs(originals.get(1));

        session.undo();
        assertThat(session.trace(0).review().status()).isEqualTo(ReviewStatus.UNREVIEWED);
        assertThat(session.trace(2).review().status()).isEqualTo(ReviewStatus.UNREVIEWED);
    }

    @Test
    void appendedTracesFollowTheSourceAndGoAwayOnUndo() throws Exception {
        int index = session.append(trace("new"), "synthesize");
        assertThat(index).isEqualTo(3);
        assertThat(session.size()).isEqualTo(4);
        assertThat(session.trace(3).id()).isEqualTo("new");
        assertThat(session.changedTraces()).containsOnlyKeys(3);

        session.undo();
        assertThat(session.size()).isEqualTo(3);
        session.redo();
        assertThat(session.trace(3).id()).isEqualTo("new");
    }

    @Test
    void listenersHearEveryChangeInOrder() throws Exception {
        List<String> heard = new ArrayList<>();
        session.addListener((step, direction) -> heard.add(direction + " " + step.description()));
        session.apply(0, verdict(ReviewStatus.ACCEPTED));
        session.undo();
        session.redo();

        assertThat(heard).containsExactly("APPLIED verdict ACCEPTED", "UNDONE verdict ACCEPTED",
                "REDONE verdict ACCEPTED");
    }

    @Test
    void anEditThatChangesNothingIsRefusedAndNotRecorded() throws Exception {
        assertThatThrownBy(() -> session.apply(0, verdict(ReviewStatus.UNREVIEWED)))
                .isInstanceOf(EditException.class);
        assertThat(session.history().undoDepth()).isZero();
        assertThat(session.isDirty()).isFalse();
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

    private static Trace trace(String id) {
        return new Trace(id, "test", "q " + id, List.of(), List.of("1"), List.of(),
                List.of(Turn.text(Role.USER, "q " + id)), Review.none(), Extras.empty());
    }
}
