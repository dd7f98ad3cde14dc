package io.pixelstudio.app.rollouts;

import io.pixelstudio.app.studio.document.TraceDocument;
import io.pixelstudio.app.studio.state.StudioState;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.pixelreasoner.PixelReasonerRlFormat;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Opens rollouts in the studio's main window: the group's traces become an in-memory document
 * (validated with the RL rules, media resolved against the dump's folder) and the chosen one is
 * selected, then the main window comes to the front.
 */
public final class StudioRolloutOpener implements RolloutOpener {

    private final StudioState state;
    private final Runnable toFront;

    public StudioRolloutOpener(StudioState state, Runnable toFront) {
        this.state = Objects.requireNonNull(state, "state");
        this.toFront = Objects.requireNonNull(toFront, "toFront");
    }

    @Override
    public void open(Path dump, Path mediaFolder, List<Trace> traces, int index) {
        TraceDocument document = TraceDocument.inMemory(dump, mediaFolder, traces,
                state.formats().require(PixelReasonerRlFormat.ID));
        state.showDocument(document, index);
        toFront.run();
    }
}
