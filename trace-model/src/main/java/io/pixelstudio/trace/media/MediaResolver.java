package io.pixelstudio.trace.media;

import java.nio.file.Path;

/**
 * Resolves media paths written in a data file: relative ones against the file's folder, absolute
 * ones as they are. A relative path that climbs out of the dataset folder is refused.
 */
public final class MediaResolver {

    private final Path baseDir;

    public MediaResolver(Path baseDir) {
        this.baseDir = baseDir.toAbsolutePath().normalize();
    }

    /** The dataset folder relative paths are resolved against. */
    public Path baseDir() {
        return baseDir;
    }

    /**
     * The file {@code path} names.
     *
     * @throws MediaPathException when a relative path escapes {@link #baseDir()}
     */
    public Path resolve(String path) throws MediaPathException {
        throw new UnsupportedOperationException("MediaResolver is being implemented");
    }
}
