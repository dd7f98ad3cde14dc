package io.pixelstudio.app.editor;

import io.pixelstudio.app.studio.document.TraceDocument;
import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.edit.DeleteTurn;
import io.pixelstudio.trace.edit.EditException;
import io.pixelstudio.trace.edit.EditTurnText;
import io.pixelstudio.trace.edit.FileObservationRenderer;
import io.pixelstudio.trace.edit.InsertTurn;
import io.pixelstudio.trace.edit.MoveTurn;
import io.pixelstudio.trace.edit.MoveZoomBox;
import io.pixelstudio.trace.edit.ObservationRenderer;
import io.pixelstudio.trace.edit.SelectFramesEdit;
import io.pixelstudio.trace.edit.TraceEdit;
import io.pixelstudio.trace.media.ImageLoader;
import io.pixelstudio.trace.media.MediaResolver;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The studio's edits: trace-model's concrete commands, with re-executed crops and frames read from
 * and written to the open document's media folder (new crops go to its {@code edited-crops/}).
 */
public final class StudioEditCommands implements EditCommands {

    private final Supplier<TraceDocument> document;
    private final ImageLoader images;

    /** @param document the open document, read when an edit runs (null when none: the edit then fails) */
    public StudioEditCommands(Supplier<TraceDocument> document, ImageLoader images) {
        this.document = Objects.requireNonNull(document, "document");
        this.images = Objects.requireNonNull(images, "images");
    }

    @Override
    public TraceEdit moveZoomBox(int turnIndex, Box normalized) {
        return new MoveZoomBox(turnIndex, normalized, renderer());
    }

    @Override
    public TraceEdit selectFrames(int turnIndex, List<Integer> frames1Based) {
        return new SelectFramesEdit(turnIndex, frames1Based, renderer());
    }

    @Override
    public TraceEdit editText(int turnIndex, int contentIndex, String text) {
        return new EditTurnText(turnIndex, contentIndex, text);
    }

    @Override
    public TraceEdit insertTurn(int at, Turn turn) {
        return new InsertTurn(at, turn);
    }

    @Override
    public TraceEdit deleteTurn(int turnIndex) {
        return new DeleteTurn(turnIndex);
    }

    @Override
    public TraceEdit moveTurn(int from, int to) {
        return new MoveTurn(from, to);
    }

    /** A renderer over the open document's media folder, resolved when the edit applies. */
    private ObservationRenderer renderer() {
        return new ObservationRenderer() {
            @Override
            public BufferedImage load(String path) throws EditException {
                return current().load(path);
            }

            @Override
            public String store(BufferedImage image) throws EditException {
                return current().store(image);
            }
        };
    }

    private ObservationRenderer current() throws EditException {
        TraceDocument doc = document.get();
        if (doc == null) {
            throw new EditException("no document is open");
        }
        return new FileObservationRenderer(doc.mediaFolder(), new MediaResolver(doc.mediaFolder()), images);
    }
}
