package io.pixelstudio.app.editor;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Turn editing gestures become the right edit, one undo step each, and the current turn follows. */
class TurnEditModelTest {

    private final RecordingEditCommands commands = new RecordingEditCommands();
    private StudioFixture studio;
    private TurnEditModel model;
    private String question;

    @BeforeEach
    void setUp() {
        studio = new StudioFixture();
        question = studio.select("street-name-self-correction").trace().question();
        model = new TurnEditModel(commands, studio.state.editor()::edit, Messages.load(), this::shown,
                studio.state.currentTurnProperty());
        studio.state.currentTurnProperty().set(2);
    }

    @AfterEach
    void tearDown() {
        studio.close();
    }

    private Trace shown() {
        return studio.state.loadedProperty().get().trace();
    }

    private int firstText(Turn turn) {
        List<Content> content = turn.content();
        for (int i = 0; i < content.size(); i++) {
            if (content.get(i) instanceof Content.Text) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void editingOpensOnTheCurrentTurnsTextAndCommittingMakesOneTextEdit() {
        Turn turn = shown().turns().get(2);
        assertThat(model.begin()).isEqualTo(EditOutcome.APPLIED);
        assertThat(model.editingProperty().get()).isTrue();
        assertThat(model.editingTurnProperty().get()).isEqualTo(2);
        String before = ((Content.Text) turn.content().get(firstText(turn))).text();
        assertThat(model.textProperty().get()).isEqualTo(before);

        model.textProperty().set("I will look again.");
        assertThat(model.commit()).isEqualTo(EditOutcome.APPLIED);

        assertThat(commands.last()).isEqualTo(new RecordingEditCommands.Call("editText",
                List.of(2, firstText(turn), "I will look again.")));
        assertThat(model.editingProperty().get()).isFalse();
        assertThat(studio.state.editor().undoTextProperty().get()).isEqualTo("Edit text of turn 2");
        studio.state.editor().undo();
        assertThat(shown().question()).isEqualTo(question);
        assertThat(studio.state.editor().dirtyProperty().get()).isFalse();
    }

    @Test
    void cancellingOrCommittingUnchangedTextMakesNoEdit() {
        model.begin();
        model.textProperty().set("something else");
        model.cancel();
        assertThat(model.editingProperty().get()).isFalse();
        model.begin();
        assertThat(model.commit()).isEqualTo(EditOutcome.UNCHANGED);
        assertThat(commands.calls).isEmpty();
        assertThat(studio.state.editor().dirtyProperty().get()).isFalse();
    }

    @Test
    void insertingAddsAnEmptyTurnAfterTheCurrentOneMakesItCurrentAndOpensTheEditor() {
        assertThat(model.insertAfter(Role.ASSISTANT)).isEqualTo(EditOutcome.APPLIED);

        assertThat(commands.last()).isEqualTo(new RecordingEditCommands.Call("insertTurn",
                List.of(3, Turn.text(Role.ASSISTANT, ""))));
        assertThat(studio.state.currentTurnProperty().get()).isEqualTo(3);
        assertThat(model.editingTurnProperty().get()).isEqualTo(3);
        assertThat(model.textProperty().get()).isEmpty();
        studio.state.editor().undo();
        assertThat(shown().question()).isEqualTo(question);
    }

    @Test
    void deletingMakesOneDeleteOfTheCurrentTurn() {
        assertThat(model.delete()).isEqualTo(EditOutcome.APPLIED);
        assertThat(commands.last()).isEqualTo(new RecordingEditCommands.Call("deleteTurn", List.of(2)));
        assertThat(studio.state.editor().undoTextProperty().get()).isEqualTo("Delete turn 2");
    }

    @Test
    void movingATurnMovesItAndTheCurrentTurnFollows() {
        assertThat(model.move(1)).isEqualTo(EditOutcome.APPLIED);
        assertThat(commands.last()).isEqualTo(new RecordingEditCommands.Call("moveTurn", List.of(2, 3)));
        assertThat(studio.state.currentTurnProperty().get()).isEqualTo(3);

        assertThat(model.move(-1)).isEqualTo(EditOutcome.APPLIED);
        assertThat(commands.last()).isEqualTo(new RecordingEditCommands.Call("moveTurn", List.of(3, 2)));
        studio.state.editor().undo();
        studio.state.editor().undo();
        assertThat(shown().question()).isEqualTo(question);
    }

    @Test
    void theFirstTurnCannotMoveUpAndTheLastCannotMoveDown() {
        studio.state.currentTurnProperty().set(0);
        assertThat(model.move(-1)).isEqualTo(EditOutcome.REFUSED);
        studio.state.currentTurnProperty().set(shown().turns().size() - 1);
        assertThat(model.move(1)).isEqualTo(EditOutcome.REFUSED);
        assertThat(commands.calls).isEmpty();
        assertThat(model.messageProperty().get()).isNotEmpty();
    }
}
