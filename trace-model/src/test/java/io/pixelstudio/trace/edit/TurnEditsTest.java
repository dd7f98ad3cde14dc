package io.pixelstudio.trace.edit;

import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Extras;
import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TurnEditsTest {

    private static final Extras TYPED = Extras.empty().with("type", JsonNodeFactory.instance.textNode("text"));

    private final Trace trace = new Trace("t-7", "test", "q", List.of(), List.of(), List.of(), List.of(
            Turn.text(Role.SYSTEM, "sys"),
            new Turn(Role.USER, List.of(new Content.Text("question", TYPED), new Content.Image("a.png"))),
            Turn.text(Role.ASSISTANT, "thinking"),
            Turn.text(Role.ASSISTANT, "\\boxed{A}")), Review.none(), Extras.empty());
    private final EditSession session = EditFixtures.session(trace);

    @Test
    void editingTextReplacesOneItemKeepingItsExtrasAndUndoBringsItBack() throws Exception {
        session.apply(0, new EditTurnText(1, 0, "a better question"));

        Content edited = session.trace(0).turns().get(1).content().get(0);
        assertThat(edited).isEqualTo(new Content.Text("a better question", TYPED));
        assertThat(session.trace(0).turns().get(1).content().get(1)).isEqualTo(new Content.Image("a.png"));
        session.undo();
        assertThat(session.trace(0)).isEqualTo(trace);
    }

    @Test
    void insertingDeletingAndMovingTurnsAreEachOneUndoStep() throws Exception {
        Turn inserted = Turn.text(Role.ASSISTANT, "let me check");
        session.apply(0, new InsertTurn(2, inserted));
        assertThat(session.trace(0).turns()).extracting(Turn::text)
                .containsExactly("sys", "question", "let me check", "thinking", "\\boxed{A}");
        session.apply(0, new MoveTurn(2, 3));
        assertThat(session.trace(0).turns()).extracting(Turn::text)
                .containsExactly("sys", "question", "thinking", "let me check", "\\boxed{A}");
        session.apply(0, new DeleteTurn(2));
        assertThat(session.trace(0).turns()).extracting(Turn::text)
                .containsExactly("sys", "question", "let me check", "\\boxed{A}");
        assertThat(session.history().undoDepth()).isEqualTo(3);

        session.undo();
        assertThat(session.trace(0).turns()).extracting(Turn::text)
                .containsExactly("sys", "question", "thinking", "let me check", "\\boxed{A}");
        session.undo();
        session.undo();
        assertThat(session.trace(0)).isEqualTo(trace);
        assertThat(session.isDirty()).isFalse();
    }

    @Test
    void movingATurnBackwardsShiftsTheOthersDown() throws Exception {
        Trace moved = new MoveTurn(3, 1).apply(trace);
        assertThat(moved.turns()).extracting(Turn::text)
                .containsExactly("sys", "\\boxed{A}", "question", "thinking");
    }

    @Test
    void appendingATurnAtTheEndIsAllowed() throws Exception {
        Trace longer = new InsertTurn(4, Turn.text(Role.USER, "follow-up")).apply(trace);
        assertThat(longer.turns()).hasSize(5).last().extracting(Turn::text).isEqualTo("follow-up");
    }

    @Test
    void badIndicesAreRefusedNamingTheTurnAndItem() {
        assertThatThrownBy(() -> new EditTurnText(1, 1, "x").apply(trace))
                .isInstanceOf(EditException.class).hasMessage("turn 1, content 1: is image, not text");
        assertThatThrownBy(() -> new EditTurnText(1, 5, "x").apply(trace))
                .isInstanceOf(EditException.class).hasMessage("turn 1, content 5: no such item (the turn has 2)");
        assertThatThrownBy(() -> new EditTurnText(7, 0, "x").apply(trace))
                .isInstanceOf(EditException.class).hasMessage("turn 7: no such turn (trace t-7 has 4 turns, 0 to 3)");
        assertThatThrownBy(() -> new InsertTurn(5, Turn.text(Role.USER, "x")).apply(trace))
                .isInstanceOf(EditException.class).hasMessageContaining("turn 5: cannot insert there");
        assertThatThrownBy(() -> new DeleteTurn(-1).apply(trace))
                .isInstanceOf(EditException.class).hasMessageContaining("turn -1: no such turn");
        assertThatThrownBy(() -> new MoveTurn(1, 4).apply(trace))
                .isInstanceOf(EditException.class).hasMessageContaining("turn 4: cannot move turn 1 there");
    }

    @Test
    void movingATurnOntoItselfChangesNothingAndIsNotRecorded() {
        assertThatThrownBy(() -> session.apply(0, new MoveTurn(2, 2))).isInstanceOf(EditException.class)
                .hasMessageContaining("nothing to change");
        assertThat(session.history().undoDepth()).isZero();
    }
}
