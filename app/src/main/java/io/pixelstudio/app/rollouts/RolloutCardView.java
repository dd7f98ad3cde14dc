package io.pixelstudio.app.rollouts;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.app.viewer.ImageViewer;
import io.pixelstudio.app.viewer.ScaledOverlay;
import io.pixelstudio.app.viewer.ZoomBoxOverlay;
import io.pixelstudio.trace.rollout.reward.RewardBreakdown;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * One rollout of the group grid: its image with its zoom boxes (numbered by step, failed calls
 * grey) and its numbers — answer and outcome, operations (failed ones), the recomputed terms, the
 * advantage and the stored reward, marked when it disagrees with the recomputation. Each value is a
 * label with an id ({@code card-total}, …) so tests and screen readers find it.
 */
final class RolloutCardView extends VBox {

    static final double IMAGE_WIDTH = 300;
    static final double IMAGE_HEIGHT = 200;

    private final Messages messages;
    private final ImageViewer viewer = new ImageViewer();
    private final Label notice = new Label();
    private final Label title = new Label();
    private final GridPane values = new GridPane();
    private RolloutCard card;

    RolloutCardView(Messages messages) {
        this.messages = messages;
        getStyleClass().add("rollout-card");
        setSpacing(4);
        setStyle(style(false));
        viewer.setPrefSize(IMAGE_WIDTH, IMAGE_HEIGHT);
        viewer.setMinSize(IMAGE_WIDTH, IMAGE_HEIGHT);
        viewer.setMaxSize(IMAGE_WIDTH, IMAGE_HEIGHT);
        viewer.setMouseTransparent(true);
        notice.setId("card-notice");
        notice.setWrapText(true);
        notice.setMaxWidth(IMAGE_WIDTH - 12);
        notice.setVisible(false);
        title.setId("card-title");
        title.setStyle("-fx-font-weight: bold;");
        values.setHgap(10);
        values.setVgap(1);
        getChildren().addAll(title, new StackPane(viewer, notice), values);
        setFocusTraversable(false);
    }

    /** Shows {@code card}'s numbers (the picture comes separately, once decoded). */
    void show(RolloutCard card) {
        this.card = card;
        RewardBreakdown b = card.breakdown();
        title.setText(messages.get("rollouts.card.title", card.position(), card.rollout().sample()));
        values.getChildren().clear();
        int row = 0;
        row = add(row, "answer", messages.get("rollouts.card.answer"),
                card.answer().isEmpty() ? "\u2014" : card.answer());
        row = add(row, "outcome", messages.get("rollouts.card.outcome"), RolloutText.outcome(messages, card.outcome()));
        row = add(row, "ops", messages.get("rollouts.card.ops"),
                messages.get("rollouts.card.ops.value", card.rollout().toolCalls(), card.rollout().toolFailures()));
        row = add(row, "correctness", messages.get("rollouts.card.correctness"), RolloutText.signed(b.correctness())
                + (b.zeroedAfterFailedCall() ? " " + messages.get(b.flagFromOtherRollout()
                ? "rollouts.card.zeroed.foreign" : "rollouts.card.zeroed") : ""));
        row = add(row, "curiosity", messages.get("rollouts.card.curiosity"), RolloutText.signed(b.curiosity()));
        row = add(row, "penalty", messages.get("rollouts.card.penalty"), RolloutText.signed(b.penalty()));
        row = add(row, "total", messages.get("rollouts.card.total"), RolloutText.signed(b.total()));
        row = add(row, "advantage", messages.get("rollouts.card.advantage"), RolloutText.signed(b.advantage()));
        add(row, "stored", messages.get("rollouts.card.stored"), RolloutText.stored(card.stored())
                + (card.storedDisagrees() ? "  \u26a0 " + messages.get("rollouts.card.disagrees") : ""));
        Label outcome = (Label) lookup("#card-outcome");
        outcome.setStyle("-fx-text-fill: " + switch (card.outcome()) {
            case CORRECT -> "#1a7f37";
            case WRONG -> "#c62828";
            case UNPARSABLE -> "#8a6d00";
        } + "; -fx-font-weight: bold;");
        if (card.storedDisagrees()) {
            lookup("#card-stored").setStyle("-fx-text-fill: #c62828; -fx-font-weight: bold;");
        }
    }

    /** Shows the decoded picture (or why there is none). */
    void showPicture(RolloutPictures.Picture picture) {
        viewer.overlays().clear();
        if (picture.preview().isEmpty()) {
            viewer.imageProperty().set(null);
            notice.setText(switch (picture.problem()) {
                case NO_TRACE -> messages.get("rollouts.card.noTrace");
                case NO_IMAGE -> messages.get("rollouts.card.noImage");
                default -> messages.get("rollouts.card.imageMissing", picture.detail());
            });
            notice.setVisible(true);
            return;
        }
        notice.setVisible(false);
        var image = picture.preview().get();
        viewer.imageProperty().set(image);
        double s = image.getWidth() / picture.width();
        viewer.overlays().setAll(new ScaledOverlay(new ZoomBoxOverlay(picture.boxes(), 0), s, s));
        viewer.fitToWindow();
    }

    void setSelected(boolean selected) {
        setStyle(style(selected));
    }

    RolloutCard card() {
        return card;
    }

    ImageViewer viewer() {
        return viewer;
    }

    Label notice() {
        return notice;
    }

    private int add(int row, String id, String name, String value) {
        Label key = new Label(name);
        key.setStyle("-fx-text-fill: #555;");
        Label val = new Label(value);
        val.setId("card-" + id);
        values.addRow(row, key, val);
        return row + 1;
    }

    private static String style(boolean selected) {
        return selected ? "-fx-border-color: #0a84ff; -fx-border-width: 3; -fx-background-color: #eef5ff; -fx-padding: 6;"
                : "-fx-border-color: #c8c8c8; -fx-border-width: 1; -fx-background-color: white; -fx-padding: 8;";
    }
}
