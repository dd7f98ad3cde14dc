package io.pixelstudio.app.rollouts;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.app.studio.task.BackgroundTasks;
import io.pixelstudio.app.studio.task.TaskHandle;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.TilePane;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The G rollout cards of the chosen (question, step) as a grid. Numbers update at once when the
 * model's cards change (a what-if); pictures are decoded and replayed off the UI thread once per
 * group, and a newer group supersedes an older one. Keys while the grid has focus: arrows move the
 * selection among cards (up/down by a row), Enter opens the selected rollout; a double-click opens
 * the clicked one.
 */
final class GroupGridPane extends BorderPane {

    private final RolloutsViewModel model;
    private final BackgroundTasks tasks;
    private final RolloutPictures pictures;
    private final Messages messages;
    private final Supplier<Path> mediaFolder;
    private final TilePane tiles = new TilePane(10, 10);
    private final Label empty = new Label();
    private final List<RolloutCardView> views = new ArrayList<>();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final ObjectProperty<Consumer<RolloutCard>> onOpen = new SimpleObjectProperty<>(card -> { });
    private Object shownGroup;
    private TaskHandle loading = TaskHandle.DONE;
    private long request;

    GroupGridPane(RolloutsViewModel model, BackgroundTasks tasks, RolloutPictures pictures, Messages messages,
                  Supplier<Path> mediaFolder) {
        this.model = model;
        this.tasks = tasks;
        this.pictures = pictures;
        this.messages = messages;
        this.mediaFolder = mediaFolder;
        setId("rollouts-grid");
        tiles.setPadding(new Insets(10));
        tiles.setPrefColumns(4);
        ScrollPane scroll = new ScrollPane(tiles);
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        empty.setText(messages.get("rollouts.grid.empty"));
        setCenter(scroll);
        setFocusTraversable(true);
        model.cards().addListener((ListChangeListener<RolloutCard>) c -> rebuild());
        selected.addListener((o, old, now) -> highlight());
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        setOnMouseClicked(e -> requestFocus());
        rebuild();
    }

    /** Index of the selected card, -1 for none. */
    IntegerProperty selectedProperty() {
        return selected;
    }

    /** Called with the card to open (double-click or Enter). */
    ObjectProperty<Consumer<RolloutCard>> onOpenProperty() {
        return onOpen;
    }

    List<RolloutCardView> cardViews() {
        return views;
    }

    /** Columns of the grid as laid out now (at least 1). */
    int columns() {
        if (views.isEmpty() || views.get(0).getWidth() <= 0) {
            return Math.max(1, tiles.getPrefColumns());
        }
        double usable = tiles.getWidth() - tiles.getPadding().getLeft() - tiles.getPadding().getRight() + tiles.getHgap();
        return Math.max(1, (int) Math.floor(usable / (tiles.getTileWidth() + tiles.getHgap())));
    }

    /** Moves the selection by {@code delta} cards, clamped. */
    void move(int delta) {
        if (views.isEmpty()) {
            return;
        }
        int from = Math.max(0, selected.get());
        selected.set(Math.max(0, Math.min(views.size() - 1, from + delta)));
    }

    /** Opens the selected card. */
    void openSelected() {
        int i = selected.get();
        if (i >= 0 && i < views.size()) {
            onOpen.get().accept(views.get(i).card());
        }
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case LEFT -> move(-1);
            case RIGHT -> move(1);
            case UP -> move(-columns());
            case DOWN -> move(columns());
            case ENTER -> openSelected();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void rebuild() {
        List<RolloutCard> cards = List.copyOf(model.cards());
        Object group = model.selectedGroup();
        boolean sameGroup = group == shownGroup && views.size() == cards.size();
        if (sameGroup) {
            for (int i = 0; i < cards.size(); i++) {
                views.get(i).show(cards.get(i));
            }
            return;
        }
        shownGroup = group;
        views.clear();
        tiles.getChildren().clear();
        for (RolloutCard card : cards) {
            RolloutCardView view = new RolloutCardView(messages);
            view.setId("rollout-card-" + card.position());
            view.show(card);
            int index = views.size();
            view.setOnMouseClicked(e -> {
                requestFocus();
                selected.set(index);
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                    openSelected();
                }
                e.consume();
            });
            views.add(view);
        }
        tiles.getChildren().setAll(views.isEmpty() ? List.of(empty) : views);
        selected.set(views.isEmpty() ? -1 : 0);
        highlight();
        loadPictures(cards);
    }

    private void loadPictures(List<RolloutCard> cards) {
        loading.cancel();
        long mine = ++request;
        if (cards.isEmpty()) {
            return;
        }
        Path folder = mediaFolder.get();
        List<RolloutCardView> targets = List.copyOf(views);
        loading = tasks.submit(messages.get("rollouts.task.pictures", cards.size()), progress -> {
            progress.start(messages.get("rollouts.task.pictures", cards.size()), cards.size());
            List<RolloutPictures.Picture> out = new ArrayList<>();
            for (RolloutCard card : cards) {
                if (progress.isCancelled()) {
                    throw new java.util.concurrent.CancellationException();
                }
                out.add(pictures.picture(card.rollout().trace(), folder));
                progress.progress(out.size());
            }
            progress.finish();
            return out;
        }, done -> {
            if (mine == request) {
                for (int i = 0; i < done.size() && i < targets.size(); i++) {
                    targets.get(i).showPicture(done.get(i));
                }
            }
        });
    }

    private void highlight() {
        for (int i = 0; i < views.size(); i++) {
            views.get(i).setSelected(i == selected.get());
        }
    }
}
