package io.pixelstudio.app.editor;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.app.studio.document.TraceRow;
import io.pixelstudio.app.studio.state.LoadedTrace;
import io.pixelstudio.app.studio.state.StudioState;
import io.pixelstudio.app.studio.state.TraceLoader;
import io.pixelstudio.app.studio.task.CurrentThreadTasks;
import io.pixelstudio.app.testing.SampleData;
import io.pixelstudio.trace.format.TraceFormats;
import io.pixelstudio.trace.media.ImageLoader;
import io.pixelstudio.trace.ops.ReplayStep;

/**
 * The studio state on the bundled sample project, run on the calling thread: the view models'
 * edits go through its real edit session, so their undo can be checked.
 */
final class StudioFixture implements AutoCloseable {

    final StudioState state = new StudioState(new CurrentThreadTasks(), Runnable::run, TraceFormats.discover(),
            new TraceLoader(new ImageLoader()), Messages.load());

    StudioFixture() {
        this(true);
    }

    /** @param open whether to open the sample project now (else call {@link #open()} later) */
    StudioFixture(boolean open) {
        if (open) {
            open();
        }
    }

    void open() {
        state.open(SampleData.project());
    }

    /** Selects the trace {@code id}. */
    LoadedTrace select(String id) {
        int index = state.traceList().rows().stream().filter(r -> r.id().equals(id)).mapToInt(TraceRow::index)
                .findFirst().orElseThrow(() -> new AssertionError("no trace " + id));
        state.selectedIndexProperty().set(index);
        return state.loadedProperty().get();
    }

    /** Moves to the turn of the first step matching {@code operation} ("zoom" or "select"). */
    ReplayStep stepTo(boolean zoom) {
        for (ReplayStep step : state.loadedProperty().get().steps()) {
            if (step.boxes().isPresent() == zoom) {
                state.currentTurnProperty().set(step.turnIndex());
                return step;
            }
        }
        throw new AssertionError("no such step");
    }

    @Override
    public void close() {
        state.close();
    }
}
