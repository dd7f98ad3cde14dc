package io.pixelstudio.bridge.engine;

import java.nio.file.Path;

/** The one engine runtime of the test JVM, with its natives extracted under {@code target/djl-cache}. */
public final class TestEngines {

    /** The cache folder every engine test shares (the first runtime of a JVM fixes it). */
    public static final Path CACHE = Path.of("target", "djl-cache").toAbsolutePath();

    private TestEngines() {
    }

    public static DjlRuntime runtime() {
        return DjlRuntime.offline(CACHE);
    }
}
