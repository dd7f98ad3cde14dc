package io.pixelstudio.app.viewer;

import io.pixelstudio.app.i18n.NumberForms;
import io.pixelstudio.trace.VisualOperation;
import io.pixelstudio.trace.media.ImageSize;
import io.pixelstudio.trace.ops.OperationResult;
import io.pixelstudio.trace.ops.ReplayStep;
import io.pixelstudio.trace.ops.SmartResize;
import io.pixelstudio.trace.ops.ToolCall;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What one replayed tool call gave the model, exactly: the returned image(s) at 1:1 with no
 * smoothing (every pixel as the trace-model operation produced it), each with its size and visual
 * token count, the zoom box in the three conventions, or why the call failed or was not run.
 * Researchers use it to see whether the crop really contained what the model then claimed.
 * Use on the FX thread.
 */
public final class CropPanel extends BorderPane {

    private final ViewerText text;
    private final Label title = label("crop-title");
    private final Label caption = label("crop-caption");
    private final Label boxes = label("crop-boxes");
    private final Label message = label("crop-message");
    private final HBox images = new HBox(8);
    private final List<Image> shown = new ArrayList<>();

    public CropPanel() {
        this(ViewerText.load());
    }

    public CropPanel(ViewerText text) {
        this.text = Objects.requireNonNull(text, "text");
        getStyleClass().add("crop-panel");
        title.setStyle("-fx-font-weight: bold;");
        message.setWrapText(true);
        message.setStyle("-fx-text-fill: #d70015;");
        VBox header = new VBox(2, title, caption, boxes, message);
        header.setPadding(new Insets(4, 6, 4, 6));
        setTop(header);
        images.setPadding(new Insets(6));
        ScrollPane scroll = new ScrollPane(images);
        scroll.setPannable(true);
        setCenter(scroll);
        show(null);
    }

    /** Shows {@code step}'s result; {@code null} clears the panel. */
    public void show(ReplayStep step) {
        shown.clear();
        images.getChildren().clear();
        setText(caption, "");
        setText(boxes, "");
        setText(message, "");
        if (step == null) {
            setText(title, text.get("crop.empty"));
            return;
        }
        setText(title, title(step.call()));
        step.boxes().ifPresent(b -> setText(boxes, String.join("\n",
                text.get("crop.box.normalized", NumberForms.exact(b.normalized())),
                text.get("crop.box.modelInput", ViewerText.pixels(b.modelInputPixels())),
                text.get("crop.box.original", ViewerText.pixels(b.originalPixels()), b.originalSource() + 1))));
        OperationResult result = step.result().orElse(null);
        if (!step.executed() || result == null) {
            setText(message, text.get("crop.notExecuted", step.note()));
            return;
        }
        if (result instanceof OperationResult.Failure failure) {
            setText(message, text.get("crop.failed", failure.errorText()));
        } else if (result instanceof OperationResult.Success success) {
            showImages(step, success.images());
        }
        if (!step.note().isEmpty()) {
            String note = text.get("crop.note", step.note());
            setText(message, message.getText().isEmpty() ? note : message.getText() + "\n" + note);
        }
    }

    /** The first image shown (the crop, or the first selected frame), or null. */
    public Image displayedImage() {
        return shown.isEmpty() ? null : shown.get(0);
    }

    /** All images shown, in order. */
    public List<Image> displayedImages() {
        return List.copyOf(shown);
    }

    /** The caption of the first image, e.g. {@code 448×336 px · 192 visual tokens}; empty when none. */
    public String caption() {
        return caption.getText();
    }

    /** The error or note shown; empty when none. */
    public String message() {
        return message.getText();
    }

    /** The box in the three conventions, one per line; empty when the step has no box. */
    public String boxesText() {
        return boxes.getText();
    }

    private void showImages(ReplayStep step, List<BufferedImage> returned) {
        List<Integer> frames = step.call() instanceof ToolCall.Valid valid
                && valid.operation() instanceof VisualOperation.SelectFrames select ? select.frames() : List.of();
        for (int i = 0; i < returned.size(); i++) {
            BufferedImage awt = returned.get(i);
            Image fx = FxImages.toFx(awt);
            shown.add(fx);
            ImageView view = new ImageView(fx);
            view.setSmooth(false);
            view.setPreserveRatio(true);
            String size = sizeCaption(awt);
            VBox cell = new VBox(2, view);
            if (returned.size() > 1) {
                String frame = i < frames.size() ? text.get("crop.frame", frames.get(i)) : "";
                cell.getChildren().add(new Label(frame.isEmpty() ? size : frame + " \u00b7 " + size));
            }
            images.getChildren().add(cell);
        }
        if (!returned.isEmpty()) {
            setText(caption, sizeCaption(returned.get(0)));
        }
    }

    private String sizeCaption(BufferedImage image) {
        ImageSize size = new ImageSize(image.getWidth(), image.getHeight());
        return text.caption(size.width(), size.height(), SmartResize.visualTokens(size));
    }

    private String title(ToolCall call) {
        if (call instanceof ToolCall.Valid valid) {
            if (valid.operation() instanceof VisualOperation.ZoomIn zoom) {
                return text.get("crop.title.zoom", zoom.targetImage());
            }
            VisualOperation.SelectFrames select = (VisualOperation.SelectFrames) valid.operation();
            return text.get("crop.title.select", select.frames().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        return text.get("crop.title.invalid");
    }

    private static void setText(Label label, String value) {
        label.setText(value);
        label.setManaged(!value.isEmpty());
        label.setVisible(!value.isEmpty());
    }

    private static Label label(String id) {
        Label label = new Label();
        label.setId(id);
        return label;
    }
}
