package io.pixelstudio.app.reasoning;

import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.ops.TraceReplay;
import io.pixelstudio.trace.validate.Finding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The reasoning pane: a trace's turns in a virtualized list, with the current turn highlighted and
 * scrolled into view. The studio steps through a trace by moving {@link #currentTurnProperty()}
 * (J/K and ↑/↓ here, or its own shortcuts); the viewer, crop panel and frame strip follow it.
 * Observation thumbnails load on the injected background executor.
 */
public final class ReasoningPane extends BorderPane {

    /** Thumbnails are scaled to at most this many pixels high. */
    public static final int THUMBNAIL_HEIGHT = 96;
    private static final int THUMBNAIL_CACHE = 512;

    private final ReasoningViewModel model;
    private final ThumbnailLoader thumbnails;
    private final ListView<TurnItem> list = new ListView<>();
    private final ObjectProperty<Runnable> onEditTurn = new SimpleObjectProperty<>(this, "onEditTurn");

    public ReasoningPane(Executor background, Function<String, BufferedImage> imageLoader) {
        this(background, imageLoader, ReasoningText.load());
    }

    ReasoningPane(Executor background, Function<String, BufferedImage> imageLoader, ReasoningText text) {
        Objects.requireNonNull(text, "text");
        this.model = new ReasoningViewModel(new TurnItemFactory(text));
        this.thumbnails = new ThumbnailLoader(background, imageLoader, THUMBNAIL_HEIGHT, THUMBNAIL_CACHE);
        getStyleClass().add("reasoning-pane");
        getStylesheets().add(Objects.requireNonNull(getClass().getResource("reasoning.css"), "reasoning.css").toExternalForm());
        list.getStyleClass().add("reasoning-list");
        list.setItems(model.items());
        list.setPlaceholder(new Label(text.get("empty")));
        list.setCellFactory(v -> new TurnCell(model, text, thumbnails, list.widthProperty()));
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        list.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (now.intValue() >= 0) {
                model.currentTurnProperty().set(now.intValue());
            }
        });
        model.currentTurnProperty().addListener((obs, old, now) -> follow(now.intValue()));
        model.expandedTurns().addListener((SetChangeListener<Integer>) change -> list.refresh());
        setCenter(list);
    }

    /**
     * Shows {@code trace}; its first turn becomes current.
     *
     * @param replayOrNull the trace's replay, or null when there is none (calls are then shown
     *                     without the environment's answers)
     * @param findings     the trace's validation findings; ERROR and WARNING findings at a turn flag it
     */
    public void show(Trace trace, TraceReplay.Replay replayOrNull, List<Finding> findings) {
        thumbnails.forgetFailures();
        model.show(trace, replayOrNull, findings);
        follow(model.currentTurnProperty().get());
    }

    /** Index into {@code trace.turns()} of the highlighted turn; setting it scrolls to it. */
    public IntegerProperty currentTurnProperty() {
        return model.currentTurnProperty();
    }

    /** Run by Enter on the current turn when set (the studio opens its turn editor); else Enter expands it. */
    public ObjectProperty<Runnable> onEditTurnProperty() {
        return onEditTurn;
    }

    /** Moves to the next turn (stays on the last). */
    public void next() {
        model.next();
    }

    /** Moves to the previous turn (stays on the first). */
    public void previous() {
        model.previous();
    }

    /** The state behind the pane. */
    ReasoningViewModel viewModel() {
        return model;
    }

    /** The list of turns (for tests). */
    ListView<TurnItem> listView() {
        return list;
    }

    private void onKey(KeyEvent event) {
        KeyCode code = event.getCode();
        if (event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        if (code == KeyCode.J || code == KeyCode.DOWN) {
            model.next();
            event.consume();
        } else if (code == KeyCode.K || code == KeyCode.UP) {
            model.previous();
            event.consume();
        } else if (code == KeyCode.ENTER && onEditTurn.get() != null) {
            onEditTurn.get().run();
            event.consume();
        } else if (code == KeyCode.ENTER || code == KeyCode.SPACE) {
            model.currentItem().ifPresent(item -> model.toggleExpanded(item.index()));
            event.consume();
        }
    }

    private void follow(int index) {
        if (index < 0 || index >= list.getItems().size()) {
            list.getSelectionModel().clearSelection();
            return;
        }
        if (list.getSelectionModel().getSelectedIndex() != index) {
            list.getSelectionModel().clearAndSelect(index);
        }
        list.getFocusModel().focus(index);
        if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(index);
        } else {
            list.scrollTo(index);
        }
    }
}
