package io.pixelstudio.app.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the studio opens when it is started without a file: the most recently opened file that
 * still exists, else the bundled sample project. On a fresh installation there are no recent
 * files, so the first start shows the sample; later starts continue where the user left off.
 */
public final class StartupChoice {

    private StartupChoice() {
    }

    /**
     * @param recent newest first (as {@code RecentFiles.list()} returns them)
     * @param sample the bundled sample project, if found (asked only when no recent file exists)
     * @return the file or folder to open; empty when there is neither (the studio opens empty)
     */
    public static Optional<Path> withoutArguments(List<Path> recent, Supplier<Optional<Path>> sample) {
        Objects.requireNonNull(recent, "recent");
        Objects.requireNonNull(sample, "sample");
        return recent.stream().filter(Files::exists).findFirst().or(sample);
    }
}
