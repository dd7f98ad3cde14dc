package io.pixelstudio.trace.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Resolves media paths written in a data file: relative ones against the file's folder, absolute
 * ones as they are. A relative path that climbs out of the dataset folder is refused.
 *
 * <p>Why: the reference data ships relative paths next to the JSON file, and users rewrite them to
 * absolute paths after unzipping; both must work. A relative path such as {@code ../../etc/passwd}
 * in a downloaded data file must not make the studio read (or, when exporting, write) outside the
 * folder the user opened, so it is refused after normalisation, and again after following symbolic
 * links when the file (or one of its parent folders) exists and can be checked.
 */
public final class MediaResolver {

    private final Path baseDir;

    public MediaResolver(Path baseDir) {
        this.baseDir = Objects.requireNonNull(baseDir, "baseDir").toAbsolutePath().normalize();
    }

    /** The dataset folder relative paths are resolved against. */
    public Path baseDir() {
        return baseDir;
    }

    /**
     * The file {@code path} names.
     *
     * @throws MediaPathException when the path is empty or not a valid path, or when a relative
     *     path escapes {@link #baseDir()} lexically or through a symbolic link
     */
    public Path resolve(String path) throws MediaPathException {
        Objects.requireNonNull(path, "path");
        if (path.isBlank()) {
            throw new MediaPathException("empty media path (dataset folder " + baseDir + ")");
        }
        Path given;
        try {
            given = Path.of(path);
        } catch (InvalidPathException e) {
            throw new MediaPathException("invalid media path '" + path + "' (dataset folder "
                    + baseDir + "): " + e.getReason());
        }
        if (given.isAbsolute()) {
            return given;
        }
        Path resolved = baseDir.resolve(given).normalize();
        if (!resolved.startsWith(baseDir)) {
            throw new MediaPathException("media path '" + path + "' escapes the dataset folder "
                    + baseDir + " (it resolves to " + resolved + ")");
        }
        checkLinksStayInside(path, resolved);
        return resolved;
    }

    /**
     * The local file {@code path} names, normalised, or empty when it names none to check: an
     * empty path, a URL ({@code scheme://...}) or a path that is not valid on this system. This is
     * the rule for code that rewrites paths (project save, export): it keeps those as written and
     * refuses only what {@link #resolve(String)} refuses.
     *
     * @throws MediaPathException when a relative path escapes {@link #baseDir()}, or is blank
     */
    public Optional<Path> resolveLocal(String path) throws MediaPathException {
        Objects.requireNonNull(path, "path");
        if (path.isEmpty() || path.contains("://")) {
            return Optional.empty();
        }
        try {
            Path.of(path);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        return Optional.of(resolve(path).normalize());
    }

    /**
     * Follows symbolic links on the longest existing prefix of {@code resolved} and refuses the
     * path when the real location lies outside the real dataset folder.
     */
    private void checkLinksStayInside(String path, Path resolved) throws MediaPathException {
        Path existing = resolved;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null || !existing.startsWith(baseDir)) {
            return;
        }
        try {
            Path realBase = baseDir.toRealPath();
            Path real = existing.toRealPath();
            if (!real.startsWith(realBase)) {
                throw new MediaPathException("media path '" + path + "' escapes the dataset folder "
                        + baseDir + " through a symbolic link (" + existing + " is really " + real + ")");
            }
        } catch (IOException e) {
            throw new MediaPathException("media path '" + path + "' in dataset folder " + baseDir
                    + " cannot be checked: " + e.getMessage());
        }
    }
}
