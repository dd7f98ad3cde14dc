package io.pixelstudio.app.curation;

import io.pixelstudio.trace.query.SavedView;
import io.pixelstudio.trace.query.SavedViews;
import io.pixelstudio.trace.query.SavedViewsFile;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The open document's saved views: read when a document opens, and written (atomically, beside the
 * document or in its project folder) after every change, so a view is never only in memory. The
 * files are a few hundred bytes, so they are read and written on the calling thread. FX thread only.
 */
public final class SavedViewsModel {

    private final SavedViewsFile file;
    private final ReadOnlyObjectWrapper<SavedViews> views = new ReadOnlyObjectWrapper<>(this, "views",
            SavedViews.builtInOnly());
    private Path document;

    public SavedViewsModel(SavedViewsFile file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    /** The views of the open document (built-in ones only when none is open). */
    public ReadOnlyObjectProperty<SavedViews> viewsProperty() {
        return views.getReadOnlyProperty();
    }

    /**
     * Follows a newly opened document (null: none).
     *
     * @throws IOException when its views file cannot be read; the built-in views are shown then
     */
    public void open(Path opened) throws IOException {
        document = opened;
        views.set(SavedViews.builtInOnly());
        if (opened != null) {
            views.set(file.read(opened));
        }
    }

    /** Saves {@code query} as {@code name} (replacing a user view of that name). */
    public void save(String name, String query) throws IOException {
        store(views.get().with(SavedView.of(name, query)));
    }

    /** Renames the user view {@code from}. */
    public void rename(String from, String to) throws IOException {
        store(views.get().renamed(from, to));
    }

    /** Deletes the user view {@code name}. */
    public void delete(String name) throws IOException {
        store(views.get().without(name));
    }

    private void store(SavedViews next) throws IOException {
        if (document == null) {
            throw new IOException("no document is open");
        }
        file.write(document, next);
        views.set(next);
    }
}
