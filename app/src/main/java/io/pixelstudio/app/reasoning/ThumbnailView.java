package io.pixelstudio.app.reasoning;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;

import java.util.Objects;

/**
 * One observation thumbnail in a turn cell: the image once loaded, a small placeholder while it
 * loads, or the reason it could not be shown. Follows the loader's state until {@link #dispose()},
 * which a cell calls when it is reused for another turn.
 */
final class ThumbnailView extends StackPane {

    private final ObservableValue<Thumbnail> state;
    private final ChangeListener<Thumbnail> listener = (obs, old, now) -> render(now);
    private final ReasoningText text;
    private final String path;

    ThumbnailView(String path, ObservableValue<Thumbnail> state, ReasoningText text) {
        this.path = Objects.requireNonNull(path, "path");
        this.state = Objects.requireNonNull(state, "state");
        this.text = Objects.requireNonNull(text, "text");
        getStyleClass().add("turn-thumbnail");
        Tooltip.install(this, new Tooltip(path));
        state.addListener(listener);
        render(state.getValue());
    }

    /** The path the thumbnail shows, as written in the trace. */
    String path() {
        return path;
    }

    /** Stops following the loader. */
    void dispose() {
        state.removeListener(listener);
    }

    private void render(Thumbnail thumbnail) {
        if (thumbnail instanceof Thumbnail.Ready ready) {
            ImageView view = new ImageView(ready.image());
            view.setSmooth(true);
            getChildren().setAll(view);
        } else if (thumbnail instanceof Thumbnail.Failed failed) {
            Label error = new Label(text.get("thumbnail.failed", path, failed.message()));
            error.getStyleClass().add("thumbnail-error");
            error.setWrapText(true);
            error.setMaxWidth(240);
            getChildren().setAll(error);
        } else {
            Label loading = new Label(text.get("thumbnail.loading"));
            loading.getStyleClass().add("thumbnail-loading");
            getChildren().setAll(loading);
        }
    }
}
