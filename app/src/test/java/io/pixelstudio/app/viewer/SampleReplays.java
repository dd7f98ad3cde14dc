package io.pixelstudio.app.viewer;

import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.TraceFormats;
import io.pixelstudio.trace.media.ImageLoader;
import io.pixelstudio.trace.media.MediaDecodeException;
import io.pixelstudio.trace.media.MediaPathException;
import io.pixelstudio.trace.media.MediaResolver;
import io.pixelstudio.trace.ops.ObservedReplay;
import io.pixelstudio.trace.progress.ProgressListener;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** The bundled sample's traces replayed as the studio replays them (ObservedReplay with the real loader). */
final class SampleReplays {

    static final Path SAMPLE = Path.of("../assets/sample/sample-sft.json").toAbsolutePath().normalize();

    private final List<Trace> traces;
    private final MediaResolver resolver = new MediaResolver(SAMPLE.getParent());
    private final ImageLoader images = new ImageLoader();

    SampleReplays() throws IOException {
        traces = TraceFormats.discover().require("pixelreasoner-sft").read(SAMPLE, ProgressListener.NONE).traces();
    }

    Trace trace(String id) {
        return traces.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("sample has no trace " + id));
    }

    BufferedImage load(String path) {
        try {
            return images.load(resolver.resolve(path));
        } catch (MediaPathException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        } catch (MediaDecodeException e) {
            throw new UncheckedIOException(e);
        }
    }

    ObservedReplay.Result replay(String id) {
        return ObservedReplay.bestOf(trace(id), this::load, ObservedReplay.REFERENCE_SETTINGS);
    }
}
