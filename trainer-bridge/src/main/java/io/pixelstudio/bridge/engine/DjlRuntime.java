package io.pixelstudio.bridge.engine;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The PyTorch engine, loaded strictly offline. Why a class of its own: DJL reads its settings from
 * system properties the first time an engine loads, and would otherwise fetch native libraries from
 * the network when they are missing. The studio ships the CPU natives and the JNI library as Maven
 * artifacts, so offline mode is always on: a missing native is an error, never a download.
 *
 * <p>The properties are process-wide: the first runtime created in a JVM fixes the cache folder.
 */
public final class DjlRuntime {

    /** DJL's switch that forbids every download. */
    public static final String OFFLINE_PROPERTY = "ai.djl.offline";
    /** DJL's cache folder property (natives are extracted from the jars into it). */
    public static final String CACHE_PROPERTY = "DJL_CACHE_DIR";
    /** The engine the studio embeds. */
    public static final String ENGINE_NAME = "PyTorch";

    private final Engine engine;

    private DjlRuntime(Engine engine) {
        this.engine = engine;
    }

    /**
     * Loads the PyTorch engine offline.
     *
     * @param cacheFolder where DJL extracts the natives from the jars; null keeps DJL's default
     *                    ({@code DJL_CACHE_DIR}, else {@code ~/.djl.ai}). Ignored once an engine is loaded.
     * @throws ai.djl.engine.EngineException when the natives are not on the class path
     */
    public static synchronized DjlRuntime offline(Path cacheFolder) {
        System.setProperty(OFFLINE_PROPERTY, "true");
        if (cacheFolder != null && System.getProperty(CACHE_PROPERTY) == null) {
            System.setProperty(CACHE_PROPERTY, cacheFolder.toAbsolutePath().toString());
        }
        return new DjlRuntime(Engine.getEngine(ENGINE_NAME));
    }

    /** The loaded engine. */
    public Engine engine() {
        return engine;
    }

    /** A new root manager on the engine's default device; close it when done. */
    public NDManager newManager() {
        return engine.newBaseManager();
    }

    /** The engine's version string (the PyTorch version of the natives). */
    public String version() {
        return Objects.requireNonNullElse(engine.getVersion(), "unknown");
    }
}
