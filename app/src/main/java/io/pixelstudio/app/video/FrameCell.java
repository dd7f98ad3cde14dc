package io.pixelstudio.app.video;

import io.pixelstudio.app.i18n.Messages;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * One frame in the strip: its thumbnail (or "loading" / the decode error), its label under it, and
 * for a frame chosen by {@code select_frames} a coloured border and a badge. The current frame is
 * the list's selection. Reused by the virtual flow, so every update resets everything it shows.
 */
final class FrameCell extends ListCell<Integer> {

    static final PseudoClass MARKED = PseudoClass.getPseudoClass("marked");
    static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    private final FrameStrip strip;
    private final StripThumbnails thumbnails;
    private final Messages text;
    private final ImageView image = new ImageView();
    private final Label placeholder = new Label();
    private final Label badge = new Label();
    private final Label caption = new Label();
    private int shown = -1;

    FrameCell(FrameStrip strip, StripThumbnails thumbnails, Messages text, double thumbW, double thumbH) {
        this.strip = strip;
        this.thumbnails = thumbnails;
        this.text = text;
        getStyleClass().add("frame-cell");
        image.setFitWidth(thumbW);
        image.setFitHeight(thumbH);
        image.setPreserveRatio(true);
        image.setSmooth(true);
        placeholder.getStyleClass().add("frame-placeholder");
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(thumbW);
        badge.getStyleClass().add("frame-badge");
        badge.setText(text.get("marked.badge"));
        StackPane.setAlignment(badge, Pos.TOP_LEFT);
        StackPane picture = new StackPane(image, placeholder, badge);
        picture.getStyleClass().add("frame-picture");
        picture.setMinSize(thumbW, thumbH);
        picture.setPrefSize(thumbW, thumbH);
        picture.setMaxSize(thumbW, thumbH);
        caption.getStyleClass().add("frame-caption");
        VBox box = new VBox(2, picture, caption);
        box.setAlignment(Pos.TOP_CENTER);
        setGraphic(box);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setOnMouseClicked(event -> {
            if (!isEmpty() && getItem() != null && !(event.isShortcutDown() && strip.toggleFrame(getItem()))) {
                strip.openFrame(getItem());
            }
        });
    }

    @Override
    protected void updateItem(Integer index, boolean empty) {
        super.updateItem(index, empty);
        if (shown >= 0) {
            thumbnails.unwant(shown);
            shown = -1;
        }
        boolean present = !empty && index != null && index < strip.frameCount();
        getGraphic().setVisible(present);
        pseudoClassStateChanged(MARKED, present && strip.markedFrames().contains(index));
        if (!present) {
            image.setImage(null);
            caption.setText(null);
            setTooltip(null);
            pseudoClassStateChanged(FAILED, false);
            return;
        }
        shown = index;
        caption.setText(strip.label(index));
        badge.setVisible(strip.markedFrames().contains(index));
        thumbnails.want(index);
        Image ready = thumbnails.request(index);
        if (ready != null) {
            showImage(ready);
        } else if (thumbnails.failure(index) != null) {
            showFailure(thumbnails.failure(index));
        } else {
            image.setImage(null);
            placeholder.setText(text.get("thumbnail.loading"));
            placeholder.setVisible(true);
            pseudoClassStateChanged(FAILED, false);
            setTooltip(null);
        }
    }

    /** The frame this cell shows now, or -1. */
    int shownFrame() {
        return shown;
    }

    /** The displayed thumbnail, for tests. */
    Image thumbnail() {
        return image.getImage();
    }

    void showImage(Image thumbnail) {
        image.setImage(thumbnail);
        placeholder.setVisible(false);
        pseudoClassStateChanged(FAILED, false);
        setTooltip(null);
    }

    void showFailure(String message) {
        image.setImage(null);
        placeholder.setText(text.get("thumbnail.failed"));
        placeholder.setVisible(true);
        pseudoClassStateChanged(FAILED, true);
        setTooltip(new Tooltip(message));
    }
}
