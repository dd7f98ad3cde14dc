package io.pixelstudio.app.studio.main;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The recently opened files, newest first, kept in {@link java.util.prefs} under an injected node
 * (the user's node in the application, a throw-away node in tests) so they survive restarts.
 */
public final class RecentFiles {

    /** How many files are remembered by default. */
    public static final int DEFAULT_MAX = 10;
    private static final String KEY = "recent.";

    private final Preferences node;
    private final int max;

    public RecentFiles(Preferences node, int max) {
        this.node = Objects.requireNonNull(node, "node");
        if (max < 1) {
            throw new IllegalArgumentException("max must be >= 1: " + max);
        }
        this.max = max;
    }

    public RecentFiles(Preferences node) {
        this(node, DEFAULT_MAX);
    }

    /** The remembered files, newest first. */
    public List<Path> list() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < max; i++) {
            String value = node.get(KEY + i, null);
            if (value == null) {
                break;
            }
            files.add(Path.of(value));
        }
        return files;
    }

    /** Remembers {@code file} as the newest (moving it up when already listed; the oldest falls off). */
    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> files = list();
        files.remove(absolute);
        files.add(0, absolute);
        store(files.subList(0, Math.min(max, files.size())));
    }

    /** Forgets every file. */
    public void clear() {
        store(List.of());
    }

    private void store(List<Path> files) {
        for (int i = 0; i < max; i++) {
            if (i < files.size()) {
                node.put(KEY + i, files.get(i).toString());
            } else {
                node.remove(KEY + i);
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            org.slf4j.LoggerFactory.getLogger(RecentFiles.class).warn("could not save recent files", e);
        }
    }
}
