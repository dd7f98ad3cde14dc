package io.pixelstudio.trace.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A document's views: the built-in ones (Accepted, Needs fix, Unreviewed, Invalid) followed by the
 * user's, in the order saved. Immutable; each change returns a new instance which
 * {@link SavedViewsFile} writes. Names are unique case-insensitively, and every stored query parses.
 */
public final class SavedViews {

    /** The views every document has. */
    public static final List<SavedView> BUILT_IN = List.of(
            new SavedView("Accepted", "status:accepted", true),
            new SavedView("Needs fix", "status:needs-fix", true),
            new SavedView("Unreviewed", "status:unreviewed", true),
            new SavedView("Invalid", "invalid", true));

    private static final SavedViews EMPTY = new SavedViews(List.of());

    private final List<SavedView> user;

    private SavedViews(List<SavedView> user) {
        this.user = List.copyOf(user);
    }

    /** Only the built-in views. */
    public static SavedViews builtInOnly() {
        return EMPTY;
    }

    /** The built-in views and {@code user} ones (checked as {@link #with} checks them). */
    public static SavedViews of(List<SavedView> user) {
        SavedViews views = EMPTY;
        for (SavedView view : user) {
            views = views.with(view);
        }
        return views;
    }

    /** Built-in views first, then the user's. */
    public List<SavedView> all() {
        List<SavedView> all = new ArrayList<>(BUILT_IN);
        all.addAll(user);
        return all;
    }

    /** The user's views, in order. */
    public List<SavedView> user() {
        return user;
    }

    /** The view named {@code name} (case-insensitive). */
    public Optional<SavedView> find(String name) {
        Objects.requireNonNull(name, "name");
        return all().stream().filter(v -> v.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /**
     * These views with {@code view} added, or replacing the user view of the same name.
     *
     * @throws IllegalArgumentException when the name is a built-in view's
     * @throws QueryException           when the query does not parse
     */
    public SavedViews with(SavedView view) {
        Objects.requireNonNull(view, "view");
        if (view.builtIn()) {
            throw new IllegalArgumentException("built-in views cannot be stored: " + view.name());
        }
        requireNotBuiltIn(view.name());
        view.parse();
        List<SavedView> next = new ArrayList<>(user);
        int at = indexOf(view.name());
        if (at >= 0) {
            next.set(at, view);
        } else {
            next.add(view);
        }
        return new SavedViews(next);
    }

    /** These views without the user view {@code name}. */
    public SavedViews without(String name) {
        requireNotBuiltIn(name);
        int at = indexOf(name);
        if (at < 0) {
            throw new IllegalArgumentException("no view named '" + name + "'");
        }
        List<SavedView> next = new ArrayList<>(user);
        next.remove(at);
        return new SavedViews(next);
    }

    /** These views with the user view {@code from} renamed to {@code to}, in place. */
    public SavedViews renamed(String from, String to) {
        requireNotBuiltIn(from);
        requireNotBuiltIn(to);
        int at = indexOf(from);
        if (at < 0) {
            throw new IllegalArgumentException("no view named '" + from + "'");
        }
        int clash = indexOf(to);
        if (clash >= 0 && clash != at) {
            throw new IllegalArgumentException("a view named '" + to + "' exists already");
        }
        List<SavedView> next = new ArrayList<>(user);
        next.set(at, SavedView.of(to, user.get(at).query()));
        return new SavedViews(next);
    }

    private int indexOf(String name) {
        for (int i = 0; i < user.size(); i++) {
            if (user.get(i).name().equalsIgnoreCase(name.strip())) {
                return i;
            }
        }
        return -1;
    }

    private static void requireNotBuiltIn(String name) {
        if (BUILT_IN.stream().anyMatch(v -> v.name().equalsIgnoreCase(name.strip()))) {
            throw new IllegalArgumentException("'" + name.strip() + "' is a built-in view");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SavedViews other && other.user.equals(user);
    }

    @Override
    public int hashCode() {
        return user.hashCode();
    }
}
