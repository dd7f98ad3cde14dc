package io.pixelstudio.app.editor;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.app.studio.task.CurrentThreadTasks;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.edit.EditException;
import io.pixelstudio.trace.edit.TraceEdit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Edits computed in the background land as one undo step, or report why they could not. */
class BackgroundEditSinkTest {

    private final List<String> reports = new ArrayList<>();
    private StudioFixture studio;
    private BackgroundEditSink sink;

    @BeforeEach
    void setUp() {
        studio = new StudioFixture();
        studio.select("street-bakery-hours");
        sink = new BackgroundEditSink(studio.state.editor(), studio.state.selectedIndexProperty(),
                new CurrentThreadTasks(), Messages.load(), reports::add);
    }

    @AfterEach
    void tearDown() {
        studio.close();
    }

    private static TraceEdit asking(String suffix) {
        return new TraceEdit() {
            @Override
            public Trace apply(Trace before) {
                return new Trace(before.id(), before.source(), before.question() + suffix, before.media(),
                        before.answers(), before.evidence(), before.turns(), before.review(), before.extras());
            }

            @Override
            public String description() {
                return "ask " + suffix;
            }
        };
    }

    @Test
    void aComputedEditIsRecordedAsOneUndoStep() throws Exception {
        String question = studio.state.loadedProperty().get().trace().question();
        sink.apply(asking("!"));

        assertThat(studio.state.loadedProperty().get().trace().question()).isEqualTo(question + "!");
        assertThat(studio.state.editor().undoTextProperty().get()).isEqualTo("ask !");
        assertThat(sink.pending()).isFalse();
        studio.state.editor().undo();
        assertThat(studio.state.loadedProperty().get().trace().question()).isEqualTo(question);
    }

    @Test
    void anEditRefusedInTheBackgroundIsReportedAndChangesNothing() throws Exception {
        sink.apply(new TraceEdit() {
            @Override
            public Trace apply(Trace before) throws EditException {
                throw new EditException("turn 2, bbox_2d: x2 lies outside the image");
            }

            @Override
            public String description() {
                return "move";
            }
        });

        assertThat(reports).singleElement().asString().contains("turn 2, bbox_2d");
        assertThat(studio.state.editor().undoTextProperty().get()).isEmpty();
    }

    @Test
    void aResultIsNotAppliedToATraceThatChangedMeanwhile() throws Exception {
        Trace before = studio.state.loadedProperty().get().trace();
        Trace after = asking("?").apply(before);
        studio.state.editor().edit(asking("!"));

        assertThatThrownBy(() -> studio.state.editor().edit(new PrecomputedEdit(before, after, "late")))
                .isInstanceOf(EditException.class).hasMessageContaining("changed while");
    }
}
