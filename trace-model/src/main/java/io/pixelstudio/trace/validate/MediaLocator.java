package io.pixelstudio.trace.validate;

import io.pixelstudio.trace.media.MediaPathException;
import io.pixelstudio.trace.media.MediaResolver;

import java.nio.file.Path;

/**
 * Turns a media path as written in a data file into a file, refusing paths that leave the dataset
 * folder. An interface so that validation tests can stand in for the file system; production code
 * uses {@link #forDataFile(Path)}, backed by {@link MediaResolver}.
 */
@FunctionalInterface
public interface MediaLocator {

    /**
     * The file {@code writtenPath} names.
     *
     * @throws MediaPathException when the path is refused (escapes the dataset folder, empty)
     */
    Path resolve(String writtenPath) throws MediaPathException;

    /** Resolves relative paths against the folder of {@code dataFile}, as the reference data expects. */
    static MediaLocator forDataFile(Path dataFile) {
        Path folder = dataFile.toAbsolutePath().getParent();
        return new MediaResolver(folder)::resolve;
    }
}
