package io.pixelstudio.trace.edit;

import io.pixelstudio.trace.Extras;
import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EditSessionApplyStatesTest {

    private static Trace trace(String id, String answer) {
        return new Trace(id, "test", "q", List.of(), List.of(), List.of(), List.of(Turn.text(Role.ASSISTANT, answer)),
                Review.none(), Extras.empty());
    }

    private final EditSession session = EditFixtures.session(trace("a", "1"), trace("b", "2"));

    @Test
    void statesReplaceAndAppendAsOneUndoStepLeavingEqualTracesOut() throws Exception {
        var step = session.applyStates("Restore unsaved edits",
                Map.of(0, trace("a", "1"), 1, trace("b", "changed"), 2, trace("c", "new"), 3, trace("d", "new")));

        assertThat(step).get().satisfies(s -> assertThat(s.changes()).extracting(TraceChange::index).containsExactly(1, 2, 3));
        assertThat(session.size()).isEqualTo(4);
        assertThat(session.trace(1).turns().get(0).text()).isEqualTo("changed");
        session.undo();
        assertThat(session.size()).isEqualTo(2);
        assertThat(session.trace(1).turns().get(0).text()).isEqualTo("2");
        session.redo();
        assertThat(session.trace(3).id()).isEqualTo("d");
    }

    @Test
    void statesEqualToTheSessionChangeNothing() throws Exception {
        assertThat(session.applyStates("Restore unsaved edits", Map.of(0, trace("a", "1")))).isEmpty();
        assertThat(session.isDirty()).isFalse();
    }

    @Test
    void anAppendedIndexBeyondAGapIsRefused() {
        assertThatThrownBy(() -> session.applyStates("Restore", Map.of(3, trace("x", "y"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gap");
        assertThat(session.size()).isEqualTo(2);
    }
}
